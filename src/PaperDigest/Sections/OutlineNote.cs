namespace PaperDigest.Sections;

/// <summary>Something the section detector noticed, turned into a diagnostic by the parser.</summary>
internal readonly record struct OutlineNote(string Code, string Message, int Start, int Length);
