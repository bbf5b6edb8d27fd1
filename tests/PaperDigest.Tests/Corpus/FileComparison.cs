namespace PaperDigest.Tests.Corpus;

/// <summary>How one corpus digest scored: counts per entity kind and a readable line per miss or false positive.</summary>
/// <param name="FileName">The digest's file name.</param>
/// <param name="ExpectedPapers">How many papers the expected file lists.</param>
/// <param name="Scores">Counts per kind (every <see cref="EntityKind"/> is present).</param>
/// <param name="Mistakes">One line per disagreement, prefixed by the paper it concerns.</param>
internal sealed record FileComparison(
    string FileName,
    int ExpectedPapers,
    IReadOnlyDictionary<EntityKind, KindScore> Scores,
    IReadOnlyList<string> Mistakes);
