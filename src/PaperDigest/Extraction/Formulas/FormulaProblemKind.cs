namespace PaperDigest.Extraction.Formulas;

/// <summary>
/// The kinds of <see cref="FormulaProblem"/>.
/// </summary>
internal enum FormulaProblemKind
{
    /// <summary>An opening delimiter has no closing delimiter; the text after it stays prose.</summary>
    Unterminated,

    /// <summary>A formula's <c>{</c> and <c>}</c> do not balance (escaped <c>\{</c> and <c>\}</c> are ignored).</summary>
    UnbalancedBraces,

    /// <summary>A formula's <c>\left</c> and <c>\right</c> do not pair up.</summary>
    UnpairedLeftRight,
}
