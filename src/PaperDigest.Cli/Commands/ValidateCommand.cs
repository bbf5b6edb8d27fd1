using System.CommandLine;
using System.Globalization;
using PaperDigest.Cli.Input;
using PaperDigest.Model;

namespace PaperDigest.Cli.Commands;

/// <summary><c>paperdigest validate &lt;file|-&gt;</c>: prints the diagnostics; exit 1 when one is an error.</summary>
internal static class ValidateCommand
{
    private const string Description = """
        Print the diagnostics of a digest, one per line as file:line:column: severity CODE: message.
        Exit 1 when any diagnostic is an error, else 0 (warnings and info do not fail).
        """;

    /// <summary>The examples shown after the help.</summary>
    public const string Examples = """
        paperdigest validate digest.txt
        paperdigest validate - --source-name digest.txt < digest.txt
        """;

    public static Command Create(CliContext context)
    {
        Argument<string> input = CommonOptions.Input();
        Option<string?> sourceName = CommonOptions.SourceName();
        Option<bool> lenient = CommonOptions.Lenient();
        var command = new Command("validate", Description) { input, sourceName, lenient };
        command.SetAction(result => Run(context, result.GetRequiredValue(input), result.GetValue(sourceName), result.GetValue(lenient)));
        return command;
    }

    public static int Run(CliContext context, string path, string? sourceName, bool lenient)
    {
        if (!CommandInput.TryLoad(context, path, lenient, out DecodedInput? input))
        {
            return ExitCodes.IOError;
        }

        Digest digest = context.Parser.Parse(input.Text, sourceName ?? CommandInput.DefaultSourceName(path));
        string file = sourceName ?? CommandInput.DisplayName(path);
        bool failed = false;
        foreach (Diagnostic diagnostic in digest.Diagnostics)
        {
            context.Out.WriteLine(Format(file, diagnostic));
            failed |= diagnostic.Severity == DiagnosticSeverity.Error;
        }

        context.Out.Flush();
        return failed ? ExitCodes.ContentError : ExitCodes.Ok;
    }

    /// <summary>Formats <c>file:line:column: severity CODE: message</c> (severity in lower case).</summary>
    public static string Format(string file, Diagnostic diagnostic) => string.Create(
        CultureInfo.InvariantCulture,
        $"{file}:{diagnostic.Span.Line}:{diagnostic.Span.Column}: {SeverityName(diagnostic.Severity)} {diagnostic.Code}: {diagnostic.Message}");

    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
