using PaperDigest.Model;
using Xunit;
using Xunit.Abstractions;

namespace PaperDigest.Tests.Corpus;

/// <summary>
/// Parses every digest of the hand-checked corpus (tests/Corpus) with <see cref="DigestParser.Default"/>, compares it
/// with its <c>.expected.json</c>, and holds the parser to a bar per entity kind (micro-averaged F1). The full report —
/// table, F1 per file, and every miss and false positive — goes to the test output and to
/// <c>corpus-accuracy-report.md</c> next to the test assembly.
/// </summary>
public class AccuracyReportTests(ITestOutputHelper output)
{
    private static readonly Lazy<AccuracyReport> Report = new(Build);

    public static TheoryData<string> BarredKinds() => new(AccuracyReport.Bars.Keys.Select(k => k.ToString()));

    [Fact]
    public void Report_covers_every_corpus_digest_and_is_written_to_output_and_file()
    {
        AccuracyReport report = Report.Value;
        string text = report.Format();
        output.WriteLine(text);
        string path = Path.Combine(AppContext.BaseDirectory, "corpus-accuracy-report.md");
        File.WriteAllText(path, text);
        output.WriteLine("Written to " + path);

        Assert.Equal(CorpusFiles.Digests(), report.Files.Select(f => f.FileName));
        Assert.True(report.Files.Count >= 16, "The corpus must hold at least 16 digests.");
        Assert.Equal(File.ReadAllText(path), text);
        Assert.All(report.Files, f => Assert.True(f.ExpectedPapers > 0, f.FileName + " expects no papers."));
    }

    [Theory]
    [MemberData(nameof(BarredKinds))]
    public void F1_meets_the_bar(string kindName)
    {
        EntityKind kind = Enum.Parse<EntityKind>(kindName);
        AccuracyReport report = Report.Value;
        KindScore score = report.Total(kind);
        double bar = AccuracyReport.Bars[kind];
        output.WriteLine(report.FormatTable());
        string[] mistakes = [.. report.Files.SelectMany(f => f.Mistakes.Where(m => m.Contains(": " + kindName, StringComparison.Ordinal) || (kind == EntityKind.Papers && m.Contains(" paper", StringComparison.Ordinal))).Select(m => f.FileName + " " + m))];
        foreach (string mistake in mistakes)
        {
            output.WriteLine(mistake);
        }

        Assert.True(
            score.F1 >= bar,
            $"{AccuracyReport.NameOf(kind)}: F1 {score.F1:0.000} is below the bar {bar:0.00} (P {score.Precision:0.000}, R {score.Recall:0.000}).\n{report.FormatTable()}\n{string.Join("\n", mistakes)}");
    }

    private static AccuracyReport Build()
    {
        var files = new List<FileComparison>();
        foreach (string digest in CorpusFiles.Digests())
        {
            IReadOnlyList<CorpusPaper> expected = ExpectedFile.Load(CorpusFiles.ExpectedPathOf(digest));
            Digest parsed = DigestParser.Default.Parse(CorpusFiles.Read(digest), digest);
            files.Add(AccuracyComparer.Compare(digest, expected, [.. parsed.Papers.Select(CorpusPaper.FromModel)]));
        }

        return new AccuracyReport(files);
    }
}
