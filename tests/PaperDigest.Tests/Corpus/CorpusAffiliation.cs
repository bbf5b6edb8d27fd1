namespace PaperDigest.Tests.Corpus;

/// <summary>An affiliation as the report compares it.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Canonical">The gazetteer's canonical name, or <see langword="null"/> when the institution is not in it.</param>
internal sealed record CorpusAffiliation(string Name, string? Canonical);
