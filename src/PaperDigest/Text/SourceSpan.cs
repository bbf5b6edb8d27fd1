using System.Text.Json.Serialization;

namespace PaperDigest.Text;

/// <summary>
/// A half-open range <c>[Start, Start + Length)</c> of UTF-16 code units in the parsed input, together with the
/// 1-based line and column of its first character.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. <c>default</c> is the empty span at offset 0 with line and column 0, which marks an
/// element that was not read from any input (for example one built by hand).
/// </remarks>
/// <param name="Start">Offset of the first UTF-16 code unit, from 0.</param>
/// <param name="Length">Number of UTF-16 code units covered.</param>
/// <param name="Line">1-based line of <paramref name="Start"/>.</param>
/// <param name="Column">1-based column (in UTF-16 code units) of <paramref name="Start"/>.</param>
public readonly record struct SourceSpan(int Start, int Length, int Line, int Column)
{
    /// <summary>Gets the offset just past the last code unit covered.</summary>
    [JsonIgnore]
    public int End => Start + Length;

    /// <summary>Returns the covered text of <paramref name="text"/>.</summary>
    /// <param name="text">The input the span was computed for.</param>
    /// <returns>The characters in the span.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie inside <paramref name="text"/>.</exception>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{Start}..{End}) {Line}:{Column}");
}
