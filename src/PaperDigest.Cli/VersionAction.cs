using System.CommandLine;
using System.CommandLine.Invocation;

namespace PaperDigest.Cli;

/// <summary>Prints the tool's informational version (the built-in one would print the entry assembly's, a test host's in tests).</summary>
internal sealed class VersionAction(CliContext context) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        context.Out.WriteLine(Cli.Version);
        context.Out.Flush();
        return ExitCodes.Ok;
    }
}
