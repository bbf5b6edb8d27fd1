namespace PaperDigest.Text;

/// <summary>One line of a <see cref="SourceText"/>: its content range and the line break that ends it.</summary>
/// <param name="Index">0-based line index.</param>
/// <param name="Start">Offset of the first character of the line.</param>
/// <param name="Length">Length of the line without its line break.</param>
/// <param name="BreakLength">Length of the line break (0 for the last line, 1 for LF or CR, 2 for CRLF).</param>
public readonly record struct TextLine(int Index, int Start, int Length, int BreakLength)
{
    /// <summary>Gets the offset just past the line's content (where its line break starts).</summary>
    public int End => Start + Length;

    /// <summary>Gets the offset just past the line break.</summary>
    public int EndIncludingBreak => Start + Length + BreakLength;
}
