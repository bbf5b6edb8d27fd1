using PaperDigest.Extraction;
using PaperDigest.Model;
using Xunit;

namespace PaperDigest.Tests.Extraction;

/// <summary>The built-in extractors as the parser runs them: on papers' titles, fields and prose.</summary>
public class ExtractorTests
{
    private static Paper ParseOne(string body) => Assert.Single(DigestParser.Default.Parse("1. A paper\n" + body).Papers);

    [Theory]
    [InlineData("论文链接:https://arxiv.org/abs/2404.08634", "2404.08634", null)]
    [InlineData("论文地址:https://arxiv.org/pdf/1704.04368.pdf", "1704.04368", null)]
    [InlineData("论文：arxiv.org/pdf/2402.15648v2.pdf", "2402.15648", 2)]
    [InlineData("原文链接:http://export.arxiv.org/abs/2107.06796", "2107.06796", null)]
    [InlineData("Paper: https://arxiv.org/html/2404.08634v1", "2404.08634", 1)]
    [InlineData("详见 arXiv:2304.15004 。", "2304.15004", null)]
    [InlineData("(arxiv: hep-th/9711200)", "hep-th/9711200", null)]
    [InlineData("stamp arXiv:quant-ph/0010034v1 9 Oct 2000", "quant-ph/0010034", 1)]
    [InlineData("https://alphaxiv.org/abs/2404.11912", "2404.11912", null)]
    [InlineData("https://huggingface.co/papers/2404.11018", "2404.11018", null)]
    [InlineData("URL:2304.14802", "2304.14802", null)]
    [InlineData("arXiv：２４０４．０８６３４", "2404.08634", null)]
    public void Arxiv_ids_are_found_in_every_real_world_form(string line, string id, int? version)
    {
        ArxivReference reference = Assert.Single(ParseOne(line + "\n").Arxiv);
        Assert.Equal(id, reference.Id.ToString());
        Assert.Equal(version, reference.Version);
    }

    [Theory]
    [InlineData("在 A100 GPU 上实现了高达 2.31 倍的速度。")]
    [InlineData("构建具有 1.5B 参数的小型模型。")]
    [InlineData("发布于 2024.04.20，版本 2404.08634 的说明。")]
    [InlineData("代码:2404.08634")]
    [InlineData("https://arxiv.org/abs/2413.12345")]
    public void Numbers_dates_and_bare_ids_outside_paper_fields_are_not_arxiv_ids(string line) =>
        Assert.Empty(ParseOne(line + "\n").Arxiv);

    [Fact]
    public void An_invalid_id_in_an_arxiv_link_is_a_diagnostic()
    {
        Digest digest = DigestParser.Default.Parse("1. A\n论文链接:https://arxiv.org/abs/2413.12345\n");
        Assert.Contains(digest.Diagnostics, d => d.Code == DiagnosticCodes.InvalidArxivId);
    }

    [Fact]
    public void The_same_id_twice_is_one_reference_at_its_first_mention()
    {
        Paper paper = ParseOne("论文链接:https://arxiv.org/abs/2404.08634\nPDF: https://arxiv.org/pdf/2404.08634v2\n");
        ArxivReference reference = Assert.Single(paper.Arxiv);
        Assert.Null(reference.Version);
        Assert.Equal(2, paper.Links.Count);
    }

    [Fact]
    public void Links_keep_their_labels_and_are_classified_by_url()
    {
        Paper paper = ParseOne(
            "GitHub 地址:https://vis-www.cs.umass.edu/combo/\n" +
            "代码：https://github.com/owner/repo/tree/main/src\n" +
            "项目主页:https://snap-research.github.io/mixture-of-attention/\n" +
            "模型：https://huggingface.co/meta-llama/Llama-2-7b\n" +
            "数据集：https://huggingface.co/datasets/openai/gsm8k\n" +
            "正文提到 [代码](https://gitlab.com/group/sub/project) 和 https://openreview.net/forum?id=abc。\n");
        Assert.Equal(
            [("GitHub 地址", LinkKind.ProjectPage), ("代码", LinkKind.Repository), ("项目主页", LinkKind.ProjectPage), ("模型", LinkKind.Model), ("数据集", LinkKind.Dataset), ("代码", LinkKind.Repository), (null, LinkKind.Paper)],
            paper.Links.Select(l => (l.Label, l.Kind)));
        Assert.Equal(
            ["https://github.com/owner/repo", "https://huggingface.co/meta-llama/Llama-2-7b", "https://huggingface.co/datasets/openai/gsm8k", "https://gitlab.com/group/sub/project"],
            paper.Repositories.Select(r => r.Url));
        Assert.Equal(["https://vis-www.cs.umass.edu/combo/", "https://snap-research.github.io/mixture-of-attention/"], paper.ProjectPages.Select(p => p.Url));
    }

    [Fact]
    public void Urls_stop_at_chinese_text_and_full_width_punctuation()
    {
        Paper paper = ParseOne("项目页面可从 https://mmevol.github.io/访问，代码见https://github.com/a/b。\n");
        Assert.Equal(["https://mmevol.github.io/", "https://github.com/a/b"], paper.Links.Select(l => l.Url));
    }

    [Fact]
    public void Profiles_topics_and_gists_are_not_repositories()
    {
        Paper paper = ParseOne("见 https://github.com/openai 和 https://github.com/topics/llm 以及 https://gist.github.com/x/abc123 。\n");
        Assert.Empty(paper.Repositories);
        Assert.Equal(3, paper.Links.Count);
    }

    [Fact]
    public void Formulas_are_found_with_their_delimiters_and_currency_is_not_math()
    {
        Paper paper = ParseOne("其中 \\(n\\) 表示长度，$\\mathcal{N}=1$ 成立，成本 $5 和 US$ 10。\n\\[ y = \\sum_k x_k \\]\n$$a^2$$\n");
        Assert.Equal(
            [("n", false, FormulaDelimiter.Parentheses), ("\\mathcal{N}=1", false, FormulaDelimiter.Dollar), (" y = \\sum_k x_k ", true, FormulaDelimiter.Brackets), ("a^2", true, FormulaDelimiter.DoubleDollar)],
            paper.Formulas.Select(f => (f.Tex, f.Display, f.Delimiter)));
    }

    [Fact]
    public void Unterminated_and_unbalanced_formulas_are_diagnostics_and_the_text_stays_text()
    {
        Digest digest = DigestParser.Default.Parse("1. A\n其中 \\(a^{2\\) 不平衡。\n给定 \\[x 没有闭合。\n");
        Assert.Contains(digest.Diagnostics, d => d.Code == DiagnosticCodes.UnterminatedFormula);
        Assert.Contains(digest.Diagnostics, d => d.Code == DiagnosticCodes.UnbalancedBraces);
        Assert.Single(Assert.Single(digest.Papers).Formulas);
    }

    [Fact]
    public void Affiliations_come_from_fields_and_prose_with_canonical_names()
    {
        Paper field = ParseOne("单位丨上海人工智能实验室、香港中文大学、某某未知研究院等\n");
        Assert.Equal(
            [("上海人工智能实验室", "CN"), ("香港中文大学", "HK"), ("某某未知研究院", null)],
            field.Affiliations.Select(a => (a.Name, a.Country)));
        Assert.Null(field.Affiliations[2].Canonical);

        Paper prose = ParseOne("来自 Meta、南加州大学、卡内基梅隆大学和加州大学圣地亚哥分校的研究团队提出了 Megalodon，在 A6000 与 Llama2 上测试。\n");
        Assert.Equal(["Meta", "University of Southern California", "Carnegie Mellon University", "University of California, San Diego"], prose.Affiliations.Select(a => a.Canonical));
    }

    [Fact]
    public void Extra_gazetteer_entries_from_the_options_are_used()
    {
        DigestParser parser = new DigestParserBuilder()
            .Configure(o => o.GazetteerEntries.Add(new GazetteerEntry("Example AI Lab", "NZ", ["示例智能实验室", "EAIL"])))
            .Build();
        Affiliation affiliation = Assert.Single(Assert.Single(parser.Parse("1. A\n单位:示例智能实验室\n").Papers).Affiliations);
        Assert.Equal(("Example AI Lab", "NZ"), (affiliation.Canonical, affiliation.Country));
    }

    [Fact]
    public void Header_and_footer_links_belong_to_the_digest()
    {
        Digest digest = DigestParser.Default.Parse("来源: https://example.com/digest\n1. A\n论文链接:https://arxiv.org/abs/2404.08634\n往期推荐\n- https://github.com/not/this-paper\n");
        Paper paper = Assert.Single(digest.Papers);
        Assert.Empty(paper.Repositories);
        Assert.Equal(["https://example.com/digest", "https://github.com/not/this-paper"], digest.Links.Select(l => l.Url));
    }

    [Fact]
    public void An_arxiv_listing_entry_takes_its_title_from_the_title_field()
    {
        Digest digest = DigestParser.Default.Parse("New submissions\n[1]  arXiv:2407.14741 [pdf, other]\nTitle: A Study of Something\nSubjects: Information Retrieval (cs.IR)\n[2]  arXiv:2407.14742 [pdf]\nTitle: Another One\n");
        Assert.Equal(["A Study of Something", "Another One"], digest.Papers.Select(p => p.Title));
        Assert.Equal(["2407.14741", "2407.14742"], digest.Papers.Select(p => Assert.Single(p.Arxiv).Id.ToString()));
    }

    [Fact]
    public void A_title_label_with_the_title_on_the_next_line()
    {
        Paper paper = Assert.Single(DigestParser.Default.Parse("1、\n论文标题:\nDeep Residual Learning for Image Recognition\n论文链接:https://arxiv.org/abs/1512.03385\n").Papers);
        Assert.Equal("Deep Residual Learning for Image Recognition", paper.Title);
    }
}
