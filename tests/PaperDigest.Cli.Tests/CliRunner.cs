using System.Globalization;

namespace PaperDigest.Cli.Tests;

/// <summary>Runs the command in-process with string writers.</summary>
internal static class CliRunner
{
    public static CliResult Run(params string[] args) => Run(stdin: null, args);

    public static CliResult Run(byte[]? stdin, params string[] args) =>
        Run(stdin, terminal: false, parser: null, args);

    public static CliResult Run(byte[]? stdin, bool terminal, DigestParser? parser, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var input = stdin is null ? null : new MemoryStream(stdin);
        var context = new CliContext(stdout, stderr, input, terminal) { Parser = parser ?? DigestParser.Default };

        // The parser's own messages (usage errors) are localized: assert on the English ones whatever the machine's culture.
        CultureInfo culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            int exitCode = Cli.Run(args, context);
            return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
