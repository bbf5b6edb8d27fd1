using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace PaperDigest.Cli;

/// <summary>Shows the standard help, then the examples of the command it was asked for.</summary>
internal sealed class HelpWithExamplesAction(HelpAction help, CliContext context, IReadOnlyDictionary<Command, string> examples)
    : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        int exitCode = help.Invoke(parseResult);
        if (examples.TryGetValue(parseResult.CommandResult.Command, out string? text))
        {
            context.Out.WriteLine("Examples:");
            foreach (string line in text.ReplaceLineEndings("\n").Split('\n'))
            {
                context.Out.WriteLine(line.Length == 0 ? line : "  " + line);
            }

            context.Out.WriteLine();
        }

        context.Out.Flush();
        return exitCode;
    }
}
