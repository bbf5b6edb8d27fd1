using PaperDigest.Model;
using Xunit;

namespace PaperDigest.Tests.Corpus;

/// <summary>The comparison behind the accuracy report counts what it should.</summary>
public class AccuracyComparerTests
{
    private static readonly CorpusPaper Mamba = new(
        1,
        "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
        "Mamba：基于选择性状态空间的线性时间序列建模",
        ["2312.00752"],
        ["https://github.com/state-spaces/mamba"],
        [],
        [new("卡内基梅隆大学", "Carnegie Mellon University"), new("Physical Intelligence", null)],
        ["x_t"]);

    private static readonly CorpusPaper Sam = new(
        2, "Segment Anything", "分割一切", ["2304.02643"], ["https://github.com/facebookresearch/segment-anything"],
        ["https://segment-anything.com"], [new("Meta AI Research", "Meta")], []);

    [Fact]
    public void Identical_papers_score_only_true_positives()
    {
        FileComparison result = AccuracyComparer.Compare("f", [Mamba, Sam], [Mamba, Sam]);
        Assert.Empty(result.Mistakes);
        Assert.Equal(new KindScore(2, 0, 0), result.Scores[EntityKind.Papers]);
        Assert.Equal(new KindScore(2, 0, 0), result.Scores[EntityKind.ArxivIds]);
        Assert.Equal(new KindScore(3, 0, 0), result.Scores[EntityKind.Affiliations]);
        Assert.Equal(1.0, result.Scores[EntityKind.Formulas].F1);
    }

    [Fact]
    public void Notation_differences_are_forgiven_but_not_content()
    {
        CorpusPaper written = Mamba with
        {
            TitleZh = "Mamba:基于选择性状态空间的线性时间序列建模",
            Repositories = ["https://github.com/State-Spaces/Mamba/"],
            Formulas = ["  x_t "],
            Affiliations = [new("卡内基梅隆大学", "Carnegie Mellon University"), new("Physical Intelligence Inc", null)],
        };
        Assert.Empty(AccuracyComparer.Compare("f", [Mamba], [written]).Mistakes);

        FileComparison wrongTitle = AccuracyComparer.Compare("f", [Mamba], [Mamba with { Title = "Mamba" }]);
        Assert.Equal(new KindScore(0, 1, 1), wrongTitle.Scores[EntityKind.Papers]);
        Assert.Equal(new KindScore(1, 0, 0), wrongTitle.Scores[EntityKind.ArxivIds]);
    }

    [Fact]
    public void Missing_and_extra_entities_are_counted_per_kind()
    {
        CorpusPaper parsed = Sam with
        {
            Repositories = [],
            ProjectPages = ["http://www.segment-anything.com/"],
            Affiliations = [new("Meta AI Research", "Meta"), new("Brain Team", null)],
            Formulas = ["y"],
        };
        FileComparison result = AccuracyComparer.Compare("f", [Sam], [parsed]);
        Assert.Equal(new KindScore(0, 0, 1), result.Scores[EntityKind.Repositories]);
        Assert.Equal(new KindScore(1, 0, 0), result.Scores[EntityKind.ProjectPages]);
        Assert.Equal(new KindScore(1, 1, 0), result.Scores[EntityKind.Affiliations]);
        Assert.Equal(new KindScore(0, 1, 0), result.Scores[EntityKind.Formulas]);
        Assert.Equal(3, result.Mistakes.Count);
    }

    [Fact]
    public void Unknown_names_match_as_whole_words_only()
    {
        Assert.True(CorpusText.NamesOverlap("STEKLOV MATHEMATICAL INSTITUTE", "ST. PETERSBURG BRANCH OF THE STEKLOV MATHEMATICAL INSTITUTE"));
        Assert.False(CorpusText.NamesOverlap("T LABS", "AT&T LABS"));
        Assert.True(CorpusText.NamesOverlap("某高校智能计算实验室", "智能计算实验室"));
    }

    [Fact]
    public void Papers_restarting_their_numbers_in_a_group_align_in_order()
    {
        CorpusPaper first = Mamba;
        CorpusPaper again = Sam with { Number = 1 };
        FileComparison missedFirst = AccuracyComparer.Compare("f", [first, again], [again]);
        Assert.Equal(new KindScore(1, 0, 1), missedFirst.Scores[EntityKind.Papers]);
        Assert.Equal(new KindScore(1, 0, 1), missedFirst.Scores[EntityKind.ArxivIds]);
        Assert.Contains(missedFirst.Mistakes, m => m.Contains("paper missed", StringComparison.Ordinal));

        FileComparison extra = AccuracyComparer.Compare("f", [again], [first, again]);
        Assert.Equal(new KindScore(1, 1, 0), extra.Scores[EntityKind.Papers]);
        Assert.Equal(new KindScore(1, 2, 0), extra.Scores[EntityKind.Affiliations]);
    }

    [Fact]
    public void Micro_average_sums_counts_before_dividing()
    {
        var report = new AccuracyReport(
        [
            AccuracyComparer.Compare("a", [Mamba], [Mamba]),
            AccuracyComparer.Compare("b", [Sam], []),
        ]);
        KindScore papers = report.Total(EntityKind.Papers);
        Assert.Equal(new KindScore(1, 0, 1), papers);
        Assert.Equal(0.5, papers.Recall);
        Assert.False(report.Meets(EntityKind.Papers));
        Assert.Contains("| papers | 1 | 0 | 1 |", report.FormatTable(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parsed_papers_reduce_to_the_scored_fields()
    {
        Digest digest = DigestParser.Default.Parse("1. Attention Is All You Need\n论文链接：https://arxiv.org/abs/1706.03762v7\n代码：https://github.com/tensorflow/tensor2tensor\n");
        CorpusPaper paper = CorpusPaper.FromModel(Assert.Single(digest.Papers));
        Assert.Equal("Attention Is All You Need", paper.Title);
        Assert.Equal(["1706.03762"], paper.Arxiv);
        Assert.Equal(["https://github.com/tensorflow/tensor2tensor"], paper.Repositories);
    }

    [Fact]
    public void Large_inputs_compare_in_reasonable_work()
    {
        CorpusPaper[] many = [.. Enumerable.Range(1, 400).Select(n => Sam with { Number = n, Title = "Paper " + n })];
        FileComparison result = AccuracyComparer.Compare("f", many, [.. many.Reverse()]);
        Assert.Equal(400, result.Scores[EntityKind.Papers].FalseNegatives + result.Scores[EntityKind.Papers].TruePositives);
    }
}
