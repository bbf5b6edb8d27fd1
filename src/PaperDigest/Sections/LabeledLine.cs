namespace PaperDigest.Sections;

/// <summary>A <c>label: value</c> candidate; offsets are relative to the trimmed line.</summary>
internal readonly record struct LabeledLine(int LabelStart, int LabelLength, int ValueStart, int ValueLength);
