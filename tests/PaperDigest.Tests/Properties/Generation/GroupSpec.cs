namespace PaperDigest.Tests.Properties.Generation;

/// <summary>
/// A group of papers. The first group of a digest has no name; a later one is headed by <see cref="Name"/>, written
/// plain (<see cref="NameStyle"/> 0), bold (1), with a colon (2) or as a Markdown heading (3), and restarts the
/// numbering at 1 unless <see cref="ContinuesNumbering"/>.
/// </summary>
public sealed record GroupSpec(string? Name, int NameStyle, bool ContinuesNumbering, PaperSpec[] Papers);
