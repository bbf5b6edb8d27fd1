namespace PaperDigest.Cli.Commands;

/// <summary>The options of one batch run.</summary>
/// <param name="Parallelism">How many files to parse at once (at least 1).</param>
/// <param name="Quiet">Show no progress.</param>
/// <param name="Compact">Write single-line JSON.</param>
/// <param name="Lenient">Replace invalid byte sequences instead of failing the file.</param>
/// <param name="ProgressInterval">How often progress is redrawn or printed; <see langword="null"/> for the default.</param>
internal sealed record BatchSettings(int Parallelism, bool Quiet, bool Compact, bool Lenient, TimeSpan? ProgressInterval = null);
