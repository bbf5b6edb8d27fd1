namespace PaperDigest.Cli.Batch;

/// <summary>One input of a batch.</summary>
/// <param name="Source">The path to open.</param>
/// <param name="Display">The path as reported (built from the argument as given).</param>
/// <param name="Output">The output path relative to the output folder, with <c>/</c> separators.</param>
internal sealed record BatchItem(string Source, string Display, string Output);
