using System.CommandLine;
using PaperDigest.Cli.Input;
using PaperDigest.Cli.Output;
using PaperDigest.Model;
using PaperDigest.Serialization;

namespace PaperDigest.Cli.Commands;

/// <summary><c>paperdigest parse &lt;file|-&gt;</c>: one digest as JSON (the documented contract), Markdown or a text summary.</summary>
internal static class ParseCommand
{
    public const string Json = "json";
    public const string Markdown = "markdown";
    public const string Text = "text";

    private const string Description = """
        Parse one digest and print it as JSON (the contract in docs/json.md), Markdown or a short text summary.
        """;

    /// <summary>The examples shown after the help.</summary>
    public const string Examples = """
        paperdigest parse digest.txt
        paperdigest parse digest.txt --format markdown --output digest.md
        paperdigest parse digest.txt --compact > digest.json
        cat digest.txt | paperdigest parse - --source-name digest.txt
        """;

    public static Command Create(CliContext context)
    {
        Argument<string> input = CommonOptions.Input();
        var format = new Option<string>("--format", "-f")
        {
            Description = "The output format: json (default), markdown or text.",
            DefaultValueFactory = _ => Json,
        };
        format.AcceptOnlyFromAmong(Json, Markdown, Text);
        Option<string?> output = CommonOptions.Output();
        Option<bool> compact = CommonOptions.Compact();
        Option<string?> sourceName = CommonOptions.SourceName();
        Option<bool> lenient = CommonOptions.Lenient();
        var command = new Command("parse", Description) { input, format, output, compact, sourceName, lenient };
        command.SetAction(result => Run(
            context,
            result.GetRequiredValue(input),
            result.GetValue(format) ?? Json,
            result.GetValue(output),
            result.GetValue(compact),
            result.GetValue(sourceName),
            result.GetValue(lenient)));
        return command;
    }

    public static int Run(CliContext context, string path, string format, string? output, bool compact, string? sourceName, bool lenient)
    {
        if (!CommandInput.TryLoad(context, path, lenient, out DecodedInput? input))
        {
            return ExitCodes.IOError;
        }

        Digest digest = context.Parser.Parse(input.Text, sourceName ?? CommandInput.DefaultSourceName(path));
        return format switch
        {
            Markdown => CommandOutput.WriteText(context, output, writer => MarkdownWriter.Write(digest, writer)),
            Text => CommandOutput.WriteText(context, output, writer => SummaryWriter.Write(digest, writer)),
            _ when CommandOutput.IsStdout(output) => WriteJsonToStdout(context, digest, compact),
            _ => CommandOutput.ToFile(context, output!, stream => DigestJson.Serialize(stream, digest, indented: !compact)),
        };
    }

    private static int WriteJsonToStdout(CliContext context, Digest digest, bool compact)
    {
        context.Out.WriteLine(DigestJson.Serialize(digest, indented: !compact));
        context.Out.Flush();
        return ExitCodes.Ok;
    }
}
