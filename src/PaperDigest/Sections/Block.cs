using PaperDigest.Model;

namespace PaperDigest.Sections;

/// <summary>
/// One classified non-blank line of a digest. Ranges are offsets into the input; a range with length 0 is absent.
/// </summary>
/// <param name="Kind">What the line is.</param>
/// <param name="Start">Start of the line's trimmed content.</param>
/// <param name="Length">Length of the line's trimmed content.</param>
/// <param name="Paper">0-based index of the paper the line belongs to, or -1 outside papers.</param>
/// <param name="LabelStart">Field or section label; for a paper heading, the number marker as written.</param>
/// <param name="LabelLength">Length of the label range.</param>
/// <param name="ValueStart">Field value, inline section text, heading title or group name.</param>
/// <param name="ValueLength">Length of the value range.</param>
/// <param name="FieldKind">For a field, what its label means.</param>
/// <param name="Number">For a paper heading, its number.</param>
public readonly record struct Block(
    BlockKind Kind,
    int Start,
    int Length,
    int Paper,
    int LabelStart = 0,
    int LabelLength = 0,
    int ValueStart = 0,
    int ValueLength = 0,
    FieldKind FieldKind = FieldKind.Other,
    int Number = 0)
{
    /// <summary>Gets the offset just past the line's trimmed content.</summary>
    public int End => Start + Length;

    /// <summary>Gets the offset just past the value range.</summary>
    public int ValueEnd => ValueStart + ValueLength;
}
