namespace PaperDigest.Cli.Batch;

/// <summary>What happened to one batch input.</summary>
/// <param name="Item">The input.</param>
/// <param name="Papers">The number of papers, or <see langword="null"/> when it failed.</param>
/// <param name="Diagnostics">The number of diagnostics, or <see langword="null"/> when it failed.</param>
/// <param name="Error">Why it failed, or <see langword="null"/> when it was converted.</param>
internal sealed record BatchOutcome(BatchItem Item, int? Papers, int? Diagnostics, string? Error)
{
    public bool Succeeded => Error is null;
}
