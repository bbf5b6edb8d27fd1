namespace PaperDigest.Tests.Properties.Generation;

/// <summary>What the parser must find for a generated digest.</summary>
public sealed record ExpectedDigest(
    string? Title,
    DateTime? PublishedAt,
    (string Label, string Name)[] Sources,
    string[] Groups,
    ExpectedPaper[] Papers,
    bool HasFooter);
