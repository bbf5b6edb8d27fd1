using PaperDigest.Model;
using Xunit;

namespace PaperDigest.Tests.Golden;

/// <summary>What the seeds must yield, checked by hand against their text (independently of the golden files).</summary>
public class SeedExpectationTests
{
    private static readonly Digest First = DigestParser.Default.Parse(TestPaths.ReadSeed("000_004e18867ddb9edf.txt"));
    private static readonly Digest Second = DigestParser.Default.Parse(TestPaths.ReadSeed("004_5ef4b813673723d6.txt"));

    [Fact]
    public void First_seed_header_has_date_and_sources()
    {
        Assert.Equal(new DateTime(2024, 4, 20, 10, 39, 0), First.PublishedAt);
        Assert.Equal(["AI之势", "学术头条"], First.Sources.Select(s => s.Name));
        Assert.Equal(["出处", "文章来源"], First.Sources.Select(s => s.Label));
        Assert.Equal("本周值得关注的大模型 / AIGC 前沿研究", First.Title);
    }

    [Fact]
    public void First_seed_has_ten_papers_each_with_one_arxiv_id()
    {
        Assert.Equal(Enumerable.Range(1, 10), First.Papers.Select(p => p.Number));
        string[] ids = ["2404.08634", "2404.08801", "2404.09313", "2404.09516", "2404.09173", "2404.10775", "2404.11565", "2404.11018", "2404.12318", "2404.11912"];
        Assert.Equal(ids, First.Papers.Select(p => Assert.Single(p.Arxiv).Id.ToString()));
    }

    [Fact]
    public void First_seed_repositories_and_project_pages_are_classified_by_url()
    {
        Assert.Equal([1, 2, 4, 10], First.Papers.Where(p => !p.Repositories.IsEmpty).Select(p => p.Number));
        Assert.Equal([3, 6, 7], First.Papers.Where(p => !p.ProjectPages.IsEmpty).Select(p => p.Number));
        Assert.Equal("https://vis-www.cs.umass.edu/combo/", Assert.Single(First.Papers[5].ProjectPages).Url);
        Assert.Equal("GitHub 地址", First.Papers[5].Links.Single(l => l.Kind == LinkKind.ProjectPage).Label);
        Repository repository = Assert.Single(First.Papers[0].Repositories);
        Assert.Equal(("github.com", "sanyalsunny111", "LLM-Inheritune"), (repository.Host, repository.Owner, repository.Name));
    }

    [Fact]
    public void First_seed_titles_and_short_names()
    {
        Assert.Equal("Megalodon", First.Papers[1].ShortName);
        Assert.Equal("具有无限文本长度的高效 LLM 预训练和推理", First.Papers[1].TitleZh);
        Assert.Equal("COMBO", First.Papers[5].ShortName);
        Assert.Equal("MoA", First.Papers[6].ShortName);
        Assert.Equal("只需半天,训练一个 15 亿参数小模型", First.Papers[0].TitleZh);
        Assert.Null(First.Papers[0].ShortName);
    }

    [Fact]
    public void Second_seed_has_two_groups_and_bilingual_titles()
    {
        Assert.Equal([1, 2, 3, 1, 2], Second.Papers.Select(p => p.Number));
        Assert.Equal([null, null, null, "更多", "更多"], Second.Papers.Select(p => p.Group));
        Assert.All(Second.Papers, p =>
        {
            Assert.NotNull(p.Title);
            Assert.NotNull(p.TitleZh);
        });
        Assert.Equal("Are Emergent Abilities of Large Language Models a Mirage?", Second.Papers[0].Title);
        Assert.Equal("大型语言模型的涌现能力是种幻觉吗?", Second.Papers[0].TitleZh);
        Assert.Equal(new DateTime(2023, 5, 2), Second.PublishedAt);
        Assert.Equal("论文速递", Second.Title);
    }

    [Fact]
    public void Second_seed_first_paper_has_an_empty_code_field_and_no_repository()
    {
        Paper paper = Second.Papers[0];
        Assert.Empty(paper.Repositories);
        Field code = Assert.Single(paper.Fields, f => f.Label == "Official Code");
        Assert.Equal(string.Empty, code.Value);
        Assert.Contains(Second.Diagnostics, d => d.Code == DiagnosticCodes.EmptyField && d.Span.Start == code.Span.Start);
    }

    [Fact]
    public void Second_seed_residual_paper_holds_all_31_formulas()
    {
        Paper residual = Second.Papers[4];
        Assert.Equal("ResiDual", residual.ShortName);
        Assert.Equal(31, residual.Formulas.Count);
        Assert.Equal(25, residual.Formulas.Count(f => !f.Display));
        Assert.Equal(6, residual.Formulas.Count(f => f.Display));
        Assert.Equal(3, residual.Formulas.Count(f => f.Tex.Contains(@"\begin{align}", StringComparison.Ordinal)));
        Assert.All(Second.Papers.Take(4), p => Assert.Empty(p.Formulas));
    }

    [Fact]
    public void Second_seed_footer_belongs_to_the_digest()
    {
        Assert.NotNull(Second.Footer);
        Assert.Equal("Bookstall", Second.Footer.Author);
        Assert.Equal("https://bookstall.github.io/wiki/2023-05-02-paper-list/", Second.Footer.Link);
        Assert.DoesNotContain(Second.Papers[4].ProjectPages, p => p.Url.Contains("bookstall", StringComparison.Ordinal));
        Assert.Contains(Second.Links, l => l.Url.Contains("bookstall", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_span_points_into_the_input_at_matching_text()
    {
        foreach ((Digest digest, string name) in new[] { (First, "000_004e18867ddb9edf.txt"), (Second, "004_5ef4b813673723d6.txt") })
        {
            string text = TestPaths.ReadSeed(name);
            foreach (Paper paper in digest.Papers)
            {
                Assert.StartsWith(paper.NumberText, paper.Span.GetText(text), StringComparison.Ordinal);
                Assert.All(paper.Arxiv, a => Assert.Contains(a.Id.ToString(), a.Span.GetText(text), StringComparison.Ordinal));
                Assert.All(paper.Formulas, f => Assert.Contains(f.Tex, f.Span.GetText(text), StringComparison.Ordinal));
                Assert.All(paper.Links, l => Assert.False(string.IsNullOrEmpty(l.Span.GetText(text))));
                Assert.All(paper.Fields, f => Assert.StartsWith(f.Label, f.Span.GetText(text), StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Seeds_parse_without_warnings_or_errors()
    {
        Assert.DoesNotContain(First.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.DoesNotContain(Second.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }
}
