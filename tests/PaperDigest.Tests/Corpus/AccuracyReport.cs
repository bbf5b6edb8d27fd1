using System.Globalization;
using System.Text;

namespace PaperDigest.Tests.Corpus;

/// <summary>The corpus-wide (micro-averaged) scores, the bars they must meet, and the report text.</summary>
internal sealed class AccuracyReport
{
    /// <summary>The minimum F1 per kind; project pages are reported without a bar.</summary>
    public static readonly IReadOnlyDictionary<EntityKind, double> Bars = new Dictionary<EntityKind, double>
    {
        [EntityKind.Papers] = 0.99,
        [EntityKind.ArxivIds] = 0.99,
        [EntityKind.Repositories] = 0.98,
        [EntityKind.Affiliations] = 0.95,
        [EntityKind.Formulas] = 0.98,
    };

    private static readonly Dictionary<EntityKind, string> Names = new()
    {
        [EntityKind.Papers] = "papers",
        [EntityKind.ArxivIds] = "arXiv IDs",
        [EntityKind.Repositories] = "repositories",
        [EntityKind.ProjectPages] = "project pages",
        [EntityKind.Affiliations] = "affiliations",
        [EntityKind.Formulas] = "formulas",
    };

    public AccuracyReport(IReadOnlyList<FileComparison> files)
    {
        Files = files;
    }

    public IReadOnlyList<FileComparison> Files { get; }

    public static string NameOf(EntityKind kind) => Names[kind];

    public KindScore Total(EntityKind kind) => Files.Select(f => f.Scores[kind]).Aggregate(default(KindScore), KindScore.Add);

    public bool Meets(EntityKind kind) => !Bars.TryGetValue(kind, out double bar) || Total(kind).F1 >= bar;

    /// <summary>The summary table alone (Markdown).</summary>
    public string FormatTable()
    {
        var text = new StringBuilder();
        text.AppendLine("| Kind | TP | FP | FN | Precision | Recall | F1 | Bar | |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (EntityKind kind in Enum.GetValues<EntityKind>())
        {
            KindScore s = Total(kind);
            string bar = Bars.TryGetValue(kind, out double b) ? b.ToString("0.00", CultureInfo.InvariantCulture) : "—";
            string verdict = Bars.ContainsKey(kind) ? (Meets(kind) ? "ok" : "**below**") : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {NameOf(kind)} | {s.TruePositives} | {s.FalsePositives} | {s.FalseNegatives} | {s.Precision:0.000} | {s.Recall:0.000} | {s.F1:0.000} | {bar} | {verdict} |");
        }

        return text.ToString();
    }

    /// <summary>The whole report: summary table, per-file F1 and every miss and false positive (Markdown).</summary>
    public string Format()
    {
        var text = new StringBuilder();
        text.AppendLine("# Corpus accuracy report");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Files.Count} digests in tests/Corpus, {Files.Sum(f => f.ExpectedPapers)} expected papers, parsed with DigestParser.Default; scores are micro-averaged over the whole corpus.");
        text.AppendLine();
        text.Append(FormatTable());
        text.AppendLine();
        text.AppendLine("## F1 per file");
        text.AppendLine();
        text.AppendLine("| File | " + string.Join(" | ", Enum.GetValues<EntityKind>().Select(NameOf)) + " | mistakes |");
        text.AppendLine("|---|" + string.Concat(Enum.GetValues<EntityKind>().Select(_ => "---:|")) + "---:|");
        foreach (FileComparison file in Files)
        {
            IEnumerable<string> cells = Enum.GetValues<EntityKind>().Select(k => file.Scores[k].F1.ToString("0.00", CultureInfo.InvariantCulture));
            text.AppendLine(CultureInfo.InvariantCulture, $"| {file.FileName} | {string.Join(" | ", cells)} | {file.Mistakes.Count} |");
        }

        text.AppendLine();
        text.AppendLine("## Misses and false positives");
        foreach (FileComparison file in Files.Where(f => f.Mistakes.Count > 0))
        {
            text.AppendLine();
            text.AppendLine("### " + file.FileName);
            foreach (string mistake in file.Mistakes)
            {
                text.AppendLine("- " + mistake);
            }
        }

        if (Files.All(f => f.Mistakes.Count == 0))
        {
            text.AppendLine();
            text.AppendLine("None.");
        }

        return text.ToString();
    }
}
