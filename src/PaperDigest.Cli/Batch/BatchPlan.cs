namespace PaperDigest.Cli.Batch;

/// <summary>The files a batch converts, and the warnings found while collecting them.</summary>
internal sealed record BatchPlan(IReadOnlyList<BatchItem> Items, IReadOnlyList<string> Warnings);
