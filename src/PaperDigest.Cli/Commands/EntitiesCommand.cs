using System.Collections.Immutable;
using System.CommandLine;
using PaperDigest.Cli.Input;
using PaperDigest.Cli.Output;
using PaperDigest.Model;

namespace PaperDigest.Cli.Commands;

/// <summary><c>paperdigest entities &lt;file|-&gt;</c>: every entity of any text as a JSON array, in text order.</summary>
internal static class EntitiesCommand
{
    private const string Description = """
        List every entity of any text (no digest structure needed) as a JSON array in text order: arXiv references,
        links, repositories, formulas, affiliations, project pages and custom entities, each with kind, text, span and
        its own fields.
        """;

    /// <summary>The examples shown after the help.</summary>
    public const string Examples = """
        paperdigest entities digest.txt
        echo 'Code: https://github.com/owner/repo, see arXiv:2404.08634v2' | paperdigest entities -
        paperdigest entities notes.md --compact --output entities.json
        """;

    public static Command Create(CliContext context)
    {
        Argument<string> input = CommonOptions.Input();
        Option<string?> output = CommonOptions.Output();
        Option<bool> compact = CommonOptions.Compact();
        Option<bool> lenient = CommonOptions.Lenient();
        var command = new Command("entities", Description) { input, output, compact, lenient };
        command.SetAction(result => Run(
            context, result.GetRequiredValue(input), result.GetValue(output), result.GetValue(compact), result.GetValue(lenient)));
        return command;
    }

    public static int Run(CliContext context, string path, string? output, bool compact, bool lenient)
    {
        if (!CommandInput.TryLoad(context, path, lenient, out DecodedInput? input))
        {
            return ExitCodes.IOError;
        }

        ImmutableArray<Entity> entities = EntityScanner.Scan(input.Text, context.Parser);
        return CommandOutput.WriteUtf8(context, output, stream => EntityJsonWriter.Write(stream, entities, input.Text, indented: !compact));
    }
}
