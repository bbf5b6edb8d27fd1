using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Reflection;
using PaperDigest.Cli.Commands;

namespace PaperDigest.Cli;

/// <summary>The <c>paperdigest</c> command line, runnable in-process with any writers (the program's entry point and tests).</summary>
internal static class Cli
{
    private const string Description = """
        Parse AI-paper digest articles (Chinese and English weekly roundups of arXiv papers) into structured data.
        Exit codes: 0 ok, 1 content errors (validate) or failed files (batch), 2 usage, 3 I/O or encoding errors.
        """;

    /// <summary>The examples shown after the help.</summary>
    public const string Examples = """
        paperdigest parse digest.txt --format markdown
        paperdigest batch digests/ --out json/
        paperdigest entities - < notes.txt
        paperdigest validate digest.txt
        """;

    /// <summary>Gets the informational version (with the commit when built from git).</summary>
    public static string Version { get; } =
        typeof(Cli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(Cli).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>Runs the command line <paramref name="args"/> and returns the exit code.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Where results and help go.</param>
    /// <param name="stderr">Where errors, warnings, progress and summaries go.</param>
    /// <param name="stdin">The stream read for the file name <c>-</c>, or <see langword="null"/>.</param>
    /// <param name="stderrIsTerminal">Whether <paramref name="stderr"/> is an interactive terminal (progress bar).</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Stream? stdin, bool stderrIsTerminal = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        return Run(args, new CliContext(stdout, stderr, stdin, stderrIsTerminal));
    }

    /// <summary>Runs the command line <paramref name="args"/> with the streams and parser of <paramref name="context"/>.</summary>
    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        TextWriter stdout = context.Out;
        TextWriter stderr = context.Error;
        RootCommand root = CreateRootCommand(context);
        ParseResult result = root.Parse(args);
        if (result.Action is ParseErrorAction)
        {
            foreach (ParseError error in result.Errors)
            {
                stderr.WriteLine($"{CliContext.ProgramName}: {OneLine(error.Message)}");
            }

            stderr.WriteLine($"Run '{CommandPath(result.CommandResult)} --help' for usage.");
            stderr.Flush();
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            ProcessTerminationTimeout = null,
        };
        return result.Invoke(configuration);
    }

    /// <summary>Builds the command tree for one run, bound to <paramref name="context"/>.</summary>
    public static RootCommand CreateRootCommand(CliContext context)
    {
        Command parse = ParseCommand.Create(context);
        Command batch = BatchCommand.Create(context);
        Command entities = EntitiesCommand.Create(context);
        Command validate = ValidateCommand.Create(context);
        var root = new RootCommand(Description) { parse, batch, entities, validate };
        root.HelpName = CliContext.ProgramName;
        var examples = new Dictionary<Command, string>
        {
            [root] = Examples,
            [parse] = ParseCommand.Examples,
            [batch] = BatchCommand.Examples,
            [entities] = EntitiesCommand.Examples,
            [validate] = ValidateCommand.Examples,
        };
        foreach (Option option in root.Options)
        {
            if (option is VersionOption)
            {
                option.Action = new VersionAction(context);
            }
            else if (option is HelpOption { Action: HelpAction help })
            {
                option.Action = new HelpWithExamplesAction(help, context, examples);
            }
        }

        return root;
    }

    /// <summary>Joins a multi-line parser message into one line.</summary>
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string CommandPath(CommandResult? command)
    {
        var names = new Stack<string>();
        for (SymbolResult? current = command; current is not null; current = current.Parent)
        {
            if (current is CommandResult { Command: { } symbol })
            {
                names.Push(symbol is RootCommand ? CliContext.ProgramName : symbol.Name);
            }
        }

        return names.Count == 0 ? CliContext.ProgramName : string.Join(' ', names);
    }
}
