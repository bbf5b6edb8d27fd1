using PaperDigest.Model;
using PaperDigest.Sections;
using Xunit;

namespace PaperDigest.Tests.Sections;

public class SectionDetectorTests
{
    private static List<(BlockKind Kind, string Text)> Classify(string text)
    {
        DigestOutline outline = SectionDetector.Default.Detect(text);
        return outline.Blocks.Select(b => (b.Kind, text.Substring(b.Start, b.Length))).ToList();
    }

    private static List<int> HeadingNumbers(string text) =>
        SectionDetector.Default.Detect(text).Blocks.Where(b => b.Kind == BlockKind.PaperHeading).Select(b => b.Number).ToList();

    [Theory]
    [InlineData("1.A\n2.B\n3.C")]
    [InlineData("1、A\n2、B\n3、C")]
    [InlineData("1) A\n2) B\n3) C")]
    [InlineData("(1) A\n(2) B\n(3) C")]
    [InlineData("（1）A\n（2）B\n（3）C")]
    [InlineData("[1] A\n[2]  B\n[3] C")]
    [InlineData("【1】A\n【2】B\n【3】C")]
    [InlineData("①A\n②B\n③C")]
    [InlineData("No.1 A\nNo.2 B\nNo.3 C")]
    [InlineData("#1 A\n#2 B\n#3 C")]
    [InlineData("01 A\n02 B\n03 C")]
    [InlineData("Paper 1: A\nPaper 2: B\nPaper 3: C")]
    [InlineData("### 1. A\n### 2. B\n### 3. C")]
    [InlineData("**1.** A\n**2.** B\n**3.** C")]
    [InlineData("**1. A**\n**2. B**\n**3. C**")]
    [InlineData("##### #1. A\n##### #2. B\n##### #3. C")]
    [InlineData("１．A\n２．B\n３．C")]
    public void Every_numbering_style_real_digests_use_is_a_heading(string text)
    {
        Assert.Equal([1, 2, 3], HeadingNumbers(text));
        DigestOutline outline = SectionDetector.Default.Detect(text);
        Block first = outline.Blocks[0];
        Assert.Equal("A", text.Substring(first.ValueStart, first.ValueLength));
    }

    [Fact]
    public void Numbers_must_go_up_in_sequence()
    {
        string text = "1.第一篇论文\n在 A100 GPU 上实现了高达\n2.31 倍的速度\n3.Not next\n2.Second paper";
        Assert.Equal([1, 2], HeadingNumbers(text));
        Assert.Equal((BlockKind.Paragraph, "2.31 倍的速度"), Classify(text)[2]);
    }

    [Fact]
    public void Decimals_years_and_sentences_are_not_headings()
    {
        Assert.Empty(HeadingNumbers("1.5B parameters\n2024-04-20 10:39\n1. 这是一个句子。"));
    }

    [Fact]
    public void A_mixed_style_does_not_continue_the_sequence()
    {
        Assert.Equal([1, 2], HeadingNumbers("1、A\n2) inner list\n2、B"));
    }

    [Fact]
    public void A_heading_ending_with_a_colon_continues_on_the_next_line()
    {
        List<(BlockKind Kind, string Text)> blocks = Classify("1.Megalodon:\n具有无限文本长度的高效 LLM 预训练和推理\n正文。");
        Assert.Equal(BlockKind.PaperHeading, blocks[0].Kind);
        Assert.Equal((BlockKind.PaperTitle, "具有无限文本长度的高效 LLM 预训练和推理"), blocks[1]);
        Assert.Equal(BlockKind.Paragraph, blocks[2].Kind);
    }

    [Fact]
    public void Groups_restart_the_numbering()
    {
        string text = "1、A\n2、B\n更多\n1、C\n2、D";
        Assert.Equal([1, 2, 1, 2], HeadingNumbers(text));
        Assert.Equal((BlockKind.GroupHeading, "更多"), Classify(text)[2]);
        Assert.Equal([1, 1], HeadingNumbers("1. A\n## Other papers\n1. B"));
    }

    [Fact]
    public void A_markdown_heading_before_the_first_entry_names_the_first_group()
    {
        List<(BlockKind Kind, string Text)> blocks = Classify("# Weekly digest\n\n## 目标检测\n1. A\n2. B");
        Assert.Equal(BlockKind.Header, blocks[0].Kind);
        Assert.Equal((BlockKind.GroupHeading, "## 目标检测"), blocks[1]);
    }

    [Fact]
    public void Fields_use_ascii_or_full_width_colons_and_vertical_bars()
    {
        string text = "1. A\n论文链接:https://arxiv.org/abs/2404.08634\nGitHub 地址：https://github.com/a/b\n单位丨斯坦福大学\n■ 源码 | https://github.com/c/d\nOfficial Code:\n- 代码：https://github.com/e/f";
        DigestOutline outline = SectionDetector.Default.Detect(text);
        Block[] fields = outline.Blocks.Where(b => b.Kind == BlockKind.Field).ToArray();
        Assert.Equal(
            [FieldKind.Paper, FieldKind.Code, FieldKind.Affiliation, FieldKind.Code, FieldKind.Code, FieldKind.Code],
            fields.Select(f => f.FieldKind));
        Assert.Equal(
            ["论文链接", "GitHub 地址", "单位", "源码", "Official Code", "代码"],
            fields.Select(f => text.Substring(f.LabelStart, f.LabelLength)));
        Assert.Equal(0, fields[4].ValueLength);
        Assert.Equal("https://github.com/c/d", text.Substring(fields[3].ValueStart, fields[3].ValueLength));
    }

    [Fact]
    public void Sub_sections_are_labels_and_short_heading_lines()
    {
        string text = "1. A\n动机:之前的研究表明模型合并技术非常成功。\n实验结果\nPost-LN\n给定一个有 N 个残差块的 Post-LN Transformer，并且输出的形状是固定的。\nRegMean";
        List<(BlockKind Kind, string Text)> blocks = Classify(text);
        Assert.Equal(BlockKind.SectionHeading, blocks[1].Kind);
        Assert.Equal(BlockKind.SectionHeading, blocks[2].Kind);
        Assert.Equal(BlockKind.SectionHeading, blocks[3].Kind);
        Assert.Equal(BlockKind.Paragraph, blocks[4].Kind);
        Assert.Equal(BlockKind.Paragraph, blocks[5].Kind);
    }

    [Fact]
    public void The_footer_starts_at_its_marker_and_holds_everything_after_it()
    {
        string text = "1、标题\n正文\n参考\n文档信息\n- 本文作者:Bookstall\n- 本文链接:https://bookstall.github.io/wiki/x/";
        List<(BlockKind Kind, string Text)> blocks = Classify(text);
        Assert.Equal([BlockKind.PaperHeading, BlockKind.Paragraph, BlockKind.Footer, BlockKind.Footer, BlockKind.Footer, BlockKind.Footer], blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Ads_between_papers_are_set_apart()
    {
        string text = "1. A\n正文。\n扫描下方二维码,加入深度学习论文指南星球!\n加入即可获得,模块缝合\n\n2. B";
        List<(BlockKind Kind, string Text)> blocks = Classify(text);
        Assert.Equal([BlockKind.PaperHeading, BlockKind.Paragraph, BlockKind.Ad, BlockKind.Ad, BlockKind.PaperHeading], blocks.Select(b => b.Kind));
    }

    [Fact]
    public void The_first_seed_has_ten_papers_in_order()
    {
        DigestOutline outline = SectionDetector.Default.Detect(TestPaths.ReadSeed("000_004e18867ddb9edf.txt"));
        Assert.Equal(10, outline.PaperCount);
        Assert.Equal(Enumerable.Range(1, 10), outline.Blocks.Where(b => b.Kind == BlockKind.PaperHeading).Select(b => b.Number));
        Assert.Equal(3, outline.Blocks.Count(b => b.Kind == BlockKind.Header));
    }

    [Fact]
    public void The_second_seed_has_two_groups_and_a_footer()
    {
        string text = TestPaths.ReadSeed("004_5ef4b813673723d6.txt");
        DigestOutline outline = SectionDetector.Default.Detect(text);
        Assert.Equal([1, 2, 3, 1, 2], outline.Blocks.Where(b => b.Kind == BlockKind.PaperHeading).Select(b => b.Number));
        Assert.Single(outline.Blocks, b => b.Kind == BlockKind.GroupHeading);
        // "参考" is glued to the end of a formula line in this seed, so the footer starts at "文档信息".
        Assert.Equal("文档信息", text.Substring(outline.Blocks.First(b => b.Kind == BlockKind.Footer).Start, 4));
    }

    [Fact]
    public void A_hundred_thousand_numbered_lines_are_a_hundred_thousand_papers()
    {
        string text = string.Concat(Enumerable.Range(1, 100_000).Select(i => $"{i % 1000}. T\n"));
        DigestOutline outline = SectionDetector.Default.Detect(text);
        Assert.Equal(999, outline.PaperCount);
        Assert.Equal(100_000, outline.Blocks.Length);
    }

    [Fact]
    public void Text_under_a_group_heading_before_its_first_entry_belongs_to_no_paper()
    {
        string text = "1. A\n正文\n## 行业新闻\nHugging Face 发布了 https://github.com/huggingface/transformers 新版本。\n## 更多论文\n1. B";
        DigestOutline outline = SectionDetector.Default.Detect(text);
        Block news = outline.Blocks.Single(b => text.Substring(b.Start, b.Length).StartsWith("Hugging", StringComparison.Ordinal));
        Assert.Equal((BlockKind.Paragraph, -1), (news.Kind, news.Paper));
        Digest digest = DigestParser.Default.Parse(text);
        Assert.All(digest.Papers, p => Assert.Empty(p.Repositories));
        Assert.Contains(digest.Links, l => l.Url == "https://github.com/huggingface/transformers");
    }

    [Theory]
    [InlineData("1. A\nx\n2. B\ny\n\n---\n\n**Also this week (not a paper):** a release https://github.com/a/b\n", "---")]
    [InlineData("1. A\nx\n2. B\ny\n* * *\nThanks for reading!\n", "* * *")]
    [InlineData("1. A\nx\n2. B\ny\n\nIn other news\nA library shipped: https://github.com/a/b\n", "In other news")]
    [InlineData("1、甲\n正文\n2、乙\n正文\n行业动态\n某公司开源了新工具\n", "行业动态")]
    public void News_and_a_closing_break_after_the_last_paper_start_the_footer(string text, string footerStart)
    {
        List<(BlockKind Kind, string Text)> blocks = Classify(text);
        Assert.Equal(footerStart, blocks.First(b => b.Kind == BlockKind.Footer).Text);
        Assert.Equal(2, blocks.Count(b => b.Kind == BlockKind.PaperHeading));
    }

    [Theory]
    [InlineData("1. A\nx\n\n---\n\n2. B\ny\n")]
    [InlineData("1. A\nx\n\n---\n\n## More\n1. B\ny\n")]
    [InlineData("1. A\nx\n2. B\nSummary\n---\nPaper: https://arxiv.org/abs/1706.03762\n")]
    [InlineData("---\ntitle: Hot Papers\n---\n1. A\nx\n")]
    public void A_break_between_papers_or_before_a_papers_fields_is_no_footer(string text)
    {
        List<(BlockKind Kind, string Text)> blocks = Classify(text);
        Assert.DoesNotContain(blocks, b => b.Kind == BlockKind.Footer);
    }

    [Theory]
    [InlineData("---", true)]
    [InlineData("- - -", true)]
    [InlineData("***", true)]
    [InlineData("———", true)]
    [InlineData("--", false)]
    [InlineData("-- END --", false)]
    [InlineData("|---|---|", false)]
    public void Thematic_breaks_are_recognized(string line, bool expected)
    {
        Assert.Equal(expected, LineSyntax.IsThematicBreak(line));
    }

    [Fact]
    public void A_megabyte_of_breaks_after_a_paper_is_one_footer()
    {
        string text = "1. A\n" + string.Concat(Enumerable.Repeat("---\n", 1 << 18));
        DigestOutline outline = SectionDetector.Default.Detect(text);
        Assert.Equal(1, outline.PaperCount);
        Assert.Equal(1 << 18, outline.Blocks.Count(b => b.Kind == BlockKind.Footer));
    }
}
