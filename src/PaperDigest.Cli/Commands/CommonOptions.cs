using System.CommandLine;

namespace PaperDigest.Cli.Commands;

/// <summary>Factories for the arguments and options several commands share (each command gets its own instances).</summary>
internal static class CommonOptions
{
    public static Argument<string> Input() => new("file")
    {
        Description = "The digest file to read, or - for standard input.",
    };

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write the result to this file instead of standard output.",
        HelpName = "file",
    };

    public static Option<bool> Compact() => new("--compact")
    {
        Description = "Write JSON on a single line (indented by default).",
    };

    public static Option<bool> Lenient() => new("--lenient")
    {
        Description = "Replace invalid UTF-8/UTF-16 sequences with U+FFFD (and warn) instead of refusing the file.",
    };

    public static Option<string?> SourceName() => new("--source-name")
    {
        Description = "The name recorded as the digest's source (default: the file name; none for standard input).",
        HelpName = "name",
    };
}
