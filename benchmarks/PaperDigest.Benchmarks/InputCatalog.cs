using System.Globalization;
using System.Text;

namespace PaperDigest.Benchmarks;

/// <summary>
/// The benchmark inputs, all built deterministically in code: each seed alone, two corpora of varied digests and the
/// adversarial inputs. Sizes shrink in short mode (<c>--short</c>, or the environment variable
/// <see cref="ShortVariable"/> = 1), which CI's dry run uses.
/// </summary>
public static class InputCatalog
{
    /// <summary>The environment variable that selects short mode; benchmark processes inherit it from the host.</summary>
    public const string ShortVariable = "PAPERDIGEST_BENCH_SHORT";

    /// <summary>The environment variable that names the repository root (set by the host for its benchmark processes).</summary>
    public const string RootVariable = "PAPERDIGEST_REPO_ROOT";

    private const int KiB = 1024;
    private const int MiB = 1024 * KiB;

    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> Seeds = new(() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryRoot, "seeds"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)))]);

    private static readonly Lazy<IReadOnlyList<BenchmarkInput>> Documents = new(CreateDocuments);

    private static readonly Lazy<IReadOnlyList<BatchInput>> Batches = new(() => [new BatchInput(IsShort ? 10 : 200)]);

    /// <summary>Gets whether short mode is on (smaller corpora and adversarial inputs).</summary>
    public static bool IsShort => Environment.GetEnvironmentVariable(ShortVariable) == "1";

    /// <summary>Gets the repository root: the nearest folder above the program (or the working folder) holding PaperDigest.sln.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>Gets the seed digests (seeds/*.txt) by file name.</summary>
    public static IReadOnlyList<(string Name, string Text)> SeedTexts => Seeds.Value;

    /// <summary>Gets the single-document inputs: the seeds, the corpora, the adversarial inputs.</summary>
    /// <returns>The inputs.</returns>
    public static IEnumerable<BenchmarkInput> All() => Documents.Value;

    /// <summary>Gets the batch inputs.</summary>
    /// <returns>The batches.</returns>
    public static IEnumerable<BatchInput> AllBatches() => Batches.Value;

    /// <summary>Gets the corpus sources: the seeds and, when the folder exists, tests/Corpus/*.txt.</summary>
    /// <returns>The texts, in a stable order.</returns>
    public static IReadOnlyList<string> CorpusSources()
    {
        var sources = SeedTexts.Select(s => s.Text).ToList();
        string corpus = Path.Combine(RepositoryRoot, "tests", "Corpus");
        if (Directory.Exists(corpus))
        {
            sources.AddRange(Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(File.ReadAllText));
        }

        return sources;
    }

    private static List<BenchmarkInput> CreateDocuments()
    {
        bool isShort = IsShort;
        int small = isShort ? 64 * KiB : 1 * MiB;
        int large = isShort ? 256 * KiB : 8 * MiB;
        int adversarial = isShort ? 64 * KiB : 1 * MiB;
        int numberedLines = isShort ? 5_000 : 100_000;

        var inputs = new List<BenchmarkInput>();
        foreach ((string name, string text) in SeedTexts)
        {
            inputs.Add(new BenchmarkInput("seed-" + name[..Math.Min(3, name.Length)], InputKind.Seed, () => text));
        }

        inputs.Add(new BenchmarkInput("corpus-" + Size(small), InputKind.Corpus, () => CorpusBuilder.Build(CorpusSources(), small, seed: 1)));
        inputs.Add(new BenchmarkInput("corpus-" + Size(large), InputKind.Corpus, () => CorpusBuilder.Build(CorpusSources(), large, seed: 8)));
        inputs.Add(new BenchmarkInput("adv-mathopen-" + Size(adversarial), InputKind.Adversarial, () => Repeat("\\(", adversarial)));
        inputs.Add(new BenchmarkInput("adv-braces-" + Size(adversarial), InputKind.Adversarial, () => Repeat("{", adversarial)));
        inputs.Add(new BenchmarkInput("adv-emptyitems-" + Size(adversarial), InputKind.Adversarial, () => Repeat("1.\n", adversarial)));
        inputs.Add(new BenchmarkInput("adv-oneline-" + Size(adversarial), InputKind.Adversarial, () => AdversarialText.SingleLine(adversarial, seed: 7)));
        inputs.Add(new BenchmarkInput(
            string.Create(CultureInfo.InvariantCulture, $"adv-numbered-{numberedLines / 1000}k"),
            InputKind.Adversarial,
            () => AdversarialText.NumberedLines(numberedLines)));
        return inputs;
    }

    /// <summary>Repeats an ASCII <paramref name="unit"/> until the text is <paramref name="bytes"/> bytes long (rounded down to whole units).</summary>
    private static string Repeat(string unit, int bytes)
    {
        var builder = new StringBuilder(bytes);
        for (int i = 0; i < bytes / unit.Length; i++)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static string Size(int bytes) =>
        bytes % MiB == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / MiB}MiB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes / KiB}KiB");

    private static string FindRepositoryRoot()
    {
        if (Environment.GetEnvironmentVariable(RootVariable) is { Length: > 0 } configured
            && File.Exists(Path.Combine(configured, "PaperDigest.sln")))
        {
            return configured;
        }

        foreach (string start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (DirectoryInfo? directory = new(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "PaperDigest.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"The repository root (PaperDigest.sln) was not found above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}; set {RootVariable}.");
    }
}
