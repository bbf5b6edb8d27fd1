using System.CommandLine;
using System.Globalization;
using PaperDigest.Cli.Batch;
using PaperDigest.Cli.Input;
using PaperDigest.Cli.Output;
using PaperDigest.Model;
using PaperDigest.Serialization;

namespace PaperDigest.Cli.Commands;

/// <summary>
/// <c>paperdigest batch &lt;dir-or-glob&gt;... --out &lt;dir&gt;</c>: converts many digests in parallel to JSON files and an
/// <c>index.json</c>. A file that fails is reported and skipped; the others are still converted.
/// </summary>
internal static class BatchCommand
{
    private const string Description = """
        Parse many digests in parallel: one JSON file per input (same relative path, extension .json) plus index.json
        under --out. A folder means its *.txt and *.md files, recursively; patterns may use * and ** (quote them).
        A file that cannot be read is reported and skipped; the exit code is then 1.
        """;

    /// <summary>The examples shown after the help.</summary>
    public const string Examples = """
        paperdigest batch digests/ --out json/
        paperdigest batch 'archive/**/*.txt' notes/extra.md --out json/ --parallel 4
        paperdigest batch digests/ --out json/ --quiet --compact
        """;

    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Folders, files or glob patterns (* and **) to convert.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out")
        {
            Description = "The folder to write the JSON files and index.json to (created if missing).",
            HelpName = "dir",
            Required = true,
        };
        var parallel = new Option<int>("--parallel", "-p")
        {
            Description = "How many files to parse at once (default: the number of processors).",
            HelpName = "n",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        parallel.Validators.Add(result =>
        {
            // An unparsable value is reported by the parser itself; only check numbers here.
            if (result.Tokens is [{ Value: var text }]
                && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
                && value < 1)
            {
                result.AddError("--parallel must be at least 1.");
            }
        });
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Show no progress." };
        Option<bool> compact = CommonOptions.Compact();
        Option<bool> lenient = CommonOptions.Lenient();
        var command = new Command("batch", Description) { inputs, output, parallel, quiet, compact, lenient };
        command.SetAction(result => Run(
            context,
            result.GetRequiredValue(inputs),
            result.GetRequiredValue(output),
            new BatchSettings(result.GetValue(parallel), result.GetValue(quiet), result.GetValue(compact), result.GetValue(lenient))));
        return command;
    }

    public static int Run(CliContext context, IReadOnlyList<string> inputs, string outputFolder, BatchSettings settings)
    {
        BatchPlan plan = BatchPlanner.Plan(inputs);
        foreach (string warning in plan.Warnings)
        {
            context.Error.WriteLine($"{CliContext.ProgramName}: warning: {warning}");
        }

        if (plan.Items.Count == 0)
        {
            return context.Fail(ExitCodes.IOError, "batch", "no input files found");
        }

        try
        {
            Directory.CreateDirectory(outputFolder);
        }
        catch (Exception exception) when (CommandOutput.DescribeWriteFailure(exception) is { } reason)
        {
            return context.Fail(ExitCodes.IOError, outputFolder, "cannot create the output folder: " + reason);
        }

        var outcomes = new BatchOutcome[plan.Items.Count];
        var progress = new BatchProgress(context.Error, context.ErrorIsTerminal, settings.Quiet, outcomes.Length, settings.ProgressInterval);
        progress.Start();
        Parallel.For(0, outcomes.Length, new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism }, index =>
        {
            BatchItem item = plan.Items[index];
            BatchOutcome outcome = Convert(context.Parser, item, outputFolder, settings, progress);
            outcomes[index] = outcome;
            if (outcome.Error is { } error)
            {
                progress.Message($"{CliContext.ProgramName}: {item.Display}: {error}");
            }

            progress.Completed(outcome.Succeeded);
        });
        progress.Finish();

        string indexPath = Path.Combine(outputFolder, BatchPlanner.IndexFileName);
        int written = CommandOutput.ToFile(context, indexPath, stream => BatchIndexWriter.Write(stream, outcomes));
        if (written != ExitCodes.Ok)
        {
            return written;
        }

        int failed = outcomes.Count(o => !o.Succeeded);
        context.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{CliContext.ProgramName} batch: {DigestFacts.Count(outcomes.Length, "file")}, {outcomes.Length - failed} ok, {failed} failed, {DigestFacts.Count(outcomes.Sum(o => o.Papers ?? 0), "paper")}; index: {indexPath}"));
        context.Error.Flush();
        return failed > 0 ? ExitCodes.ContentError : ExitCodes.Ok;
    }

    private static BatchOutcome Convert(DigestParser parser, BatchItem item, string outputFolder, BatchSettings settings, BatchProgress progress)
    {
        DecodedInput input;
        try
        {
            input = InputReader.ReadFile(item.Source, settings.Lenient);
        }
        catch (InputException exception)
        {
            return new BatchOutcome(item, null, null, exception.Message);
        }

        if (input.Replaced > 0)
        {
            progress.Message($"{CliContext.ProgramName}: warning: {item.Display}: {CommandInput.ReplacedMessage(input)}");
        }

        string path = Path.Combine(outputFolder, item.Output);
        try
        {
            Digest digest = parser.Parse(input.Text, Path.GetFileName(item.Source));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                DigestJson.Serialize(stream, digest, indented: !settings.Compact);
            }

            return new BatchOutcome(item, digest.Papers.Count, digest.Diagnostics.Count, null);
        }
        catch (Exception exception) when (CommandOutput.DescribeWriteFailure(exception) is { } reason)
        {
            return new BatchOutcome(item, null, null, $"cannot write {path}: {reason}");
        }
#pragma warning disable CA1031 // One bad file never stops the batch: anything unexpected is reported as that file's failure.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new BatchOutcome(item, null, null, $"unexpected error: {exception.GetType().Name}: {exception.Message}");
        }
    }
}
