namespace PaperDigest.Sections;

/// <summary>A numbered heading candidate; offsets are relative to the trimmed line.</summary>
internal readonly record struct HeadingMatch(
    NumberingStyle Style, int Number, int MarkerStart, int MarkerLength, int TitleStart, int TitleLength, bool Markdown);
