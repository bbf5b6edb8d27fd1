namespace PaperDigest.Cli;

/// <summary>The streams one run of the command writes to and reads from (the console, or writers in tests).</summary>
/// <param name="Out">Standard output: the command's result.</param>
/// <param name="Error">Standard error: errors, warnings, progress and summaries.</param>
/// <param name="Input">Standard input, read for the file name <c>-</c>; <see langword="null"/> when there is none.</param>
/// <param name="ErrorIsTerminal">Whether <paramref name="Error"/> is an interactive terminal (a redrawn progress bar).</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, Stream? Input, bool ErrorIsTerminal)
{
    /// <summary>The program name that starts every message.</summary>
    public const string ProgramName = "paperdigest";

    /// <summary>The command's parser: all built-in extractors, and HTML and Markdown input detected from the content.</summary>
    private static readonly DigestParser DefaultParser = new DigestParserBuilder().UseHtml().UseMarkdown().Build();

    /// <summary>Gets the parser the commands use (tests swap in their own extractors).</summary>
    public DigestParser Parser { get; init; } = DefaultParser;

    /// <summary>Writes <c>paperdigest: subject: message</c> to standard error.</summary>
    /// <returns><paramref name="exitCode"/>.</returns>
    public int Fail(int exitCode, string subject, string message)
    {
        Error.WriteLine($"{ProgramName}: {subject}: {message}");
        return exitCode;
    }

    /// <summary>Writes <c>paperdigest: warning: subject: message</c> to standard error.</summary>
    public void Warn(string subject, string message) => Error.WriteLine($"{ProgramName}: warning: {subject}: {message}");
}
