using System.Text.Json.Serialization;

namespace PaperDigest.Model;

/// <summary>
/// The delimiters that mark a LaTeX formula in the prose of a digest article.
/// </summary>
public enum FormulaDelimiter
{
    /// <summary>Inline math written as <c>\( … \)</c>.</summary>
    [JsonStringEnumMemberName("parentheses")]
    Parentheses,

    /// <summary>Display math written as <c>\[ … \]</c>.</summary>
    [JsonStringEnumMemberName("brackets")]
    Brackets,

    /// <summary>Inline math written as <c>$ … $</c>.</summary>
    [JsonStringEnumMemberName("dollar")]
    Dollar,

    /// <summary>Display math written as <c>$$ … $$</c>.</summary>
    [JsonStringEnumMemberName("doubleDollar")]
    DoubleDollar,

    /// <summary>
    /// A top-level math environment such as <c>\begin{equation} … \end{equation}</c> or
    /// <c>\begin{align*} … \end{align*}</c>; the environment markers are part of the formula's TeX.
    /// </summary>
    [JsonStringEnumMemberName("environment")]
    Environment,
}
