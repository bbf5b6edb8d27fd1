namespace PaperDigest.Cli.Tests;

/// <summary>What one in-process run of the command printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error);
