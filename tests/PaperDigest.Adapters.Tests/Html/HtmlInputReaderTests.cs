using PaperDigest.Html;
using PaperDigest.Input;
using PaperDigest.Model;
using Xunit;

namespace PaperDigest.Adapters.Tests.Html;

public class HtmlInputReaderTests
{
    private static readonly HtmlInputReader Reader = new();

    [Fact]
    public void WeChat_article_reads_title_and_body_only()
    {
        string text = Reader.Read(Samples.WeChat).Text;
        Assert.StartsWith("本周 AI 论文精选｜大模型推理\n文章来源：学术头条\n1.\u00A0只需半天，训练一个 15 亿参数小模型\n", text, StringComparison.Ordinal);
        Assert.Contains("\n论文链接：https://arxiv.org/abs/2404.08634\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2024-04-20", text, StringComparison.Ordinal); // the meta line outside #js_content
        Assert.DoesNotContain("msg_title", text, StringComparison.Ordinal);
        Assert.DoesNotContain("mmbiz", text, StringComparison.Ordinal);
        Assert.DoesNotContain("leak", text, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WeChat_article_parses_into_papers_with_spans_in_the_html()
    {
        string html = Samples.WeChat;
        Digest digest = Parsers.Auto.Parse(html);

        Assert.StartsWith("本周 AI 论文精选", digest.Title, StringComparison.Ordinal);
        Assert.Equal(2, digest.Papers.Count);
        Paper first = digest.Papers[0];
        Paper second = digest.Papers[1];
        Assert.Equal("1.&nbsp;只需半天，训练一个 15 亿参数小模型", first.HeadingSpan.GetText(html));
        Assert.Contains("Megalodon", second.HeadingSpan.GetText(html), StringComparison.Ordinal);

        ArxivReference arxiv = Assert.Single(first.Arxiv);
        Assert.Equal("2404.08634", arxiv.Id.ToString());
        Assert.Equal("https://arxiv.org/abs/2404.08634", arxiv.Span.GetText(html));
        Assert.Equal(LineOf(html, "https://arxiv.org/abs/2404.08634"), arxiv.Span.Line);
        Assert.Equal("2404.08801", Assert.Single(second.Arxiv).Id.ToString());

        // The URL WeChat split over two spans is one repository; its span runs from the first piece to the last.
        Repository repository = Assert.Single(first.Repositories);
        Assert.Equal(("sanyalsunny111", "LLM-Inheritune"), (repository.Owner, repository.Name));
        Assert.Equal(
            "https://git</span><span style=\"font-size: 15px;letter-spacing: 0.5px;\">hub.com/sanyalsunny111/LLM-Inheritune",
            repository.Span.GetText(html));
        Repository megalodon = Assert.Single(second.Repositories);
        Assert.Equal("https://github.com/XuezheMax/megalodon", megalodon.Span.GetText(html));

        Assert.DoesNotContain(Parsers.AllLinks(digest), l => l.Url.Contains("leak", StringComparison.Ordinal) || l.Url.Contains("evil", StringComparison.Ordinal));
    }

    [Fact]
    public void Decoded_references_map_to_the_whole_reference()
    {
        string html = Samples.WeChat;
        ProjectedText projected = Reader.Read(html);
        int ampersand = projected.Text.IndexOf("Megalodon & CEMA", StringComparison.Ordinal) + "Megalodon ".Length;
        (int start, int length) = projected.MapToOriginal(ampersand, 1);
        Assert.Equal("&amp;", html.Substring(start, length));

        int nbsp = projected.Text.IndexOf("1.\u00A0只需", StringComparison.Ordinal) + 2;
        (start, length) = projected.MapToOriginal(nbsp, 1);
        Assert.Equal("&nbsp;", html.Substring(start, length));
    }

    [Fact]
    public void Every_character_copied_from_a_text_node_maps_to_itself()
    {
        string html = Samples.WeChat;
        ProjectedText projected = Reader.Read(html);
        int checkedCount = 0;
        for (int i = 0; i < projected.Text.Length; i++)
        {
            (int start, int length) = projected.MapToOriginal(i, 1);
            if (length == 1 && projected.Text[i] is not (' ' or '\n'))
            {
                Assert.Equal(html[start], projected.Text[i]);
                checkedCount++;
            }
        }

        Assert.True(checkedCount > 300);
    }

    [Fact]
    public void Blog_anchors_become_markdown_links_labelled_by_their_text()
    {
        string text = Reader.Read(Samples.Blog).Text;
        Assert.Contains(
            "[论文](https://arxiv.org/abs/2402.10200) | [代码](https://github.com/google-research/cot-decoding?tab=readme&from=blog)",
            text,
            StringComparison.Ordinal);
        Assert.Contains("Paper: https://arxiv.org/abs/2404.02258\n", text, StringComparison.Ordinal); // the text is the URL already
        Assert.Contains("Project: [project page](https://mod-project.github.io/)\n", text, StringComparison.Ordinal);
        Assert.Contains("\nhttps://github.com/badge/repo\n", text, StringComparison.Ordinal); // an image-only anchor keeps its URL
        Assert.DoesNotContain("Home", text, StringComparison.Ordinal); // <nav> and the site footer are outside the <article>
        Assert.DoesNotContain("2024 Papers Weekly", text, StringComparison.Ordinal);
        Assert.DoesNotContain("shields", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Blog_link_spans_are_the_href_values()
    {
        string html = Samples.Blog;
        Digest digest = Parsers.Auto.Parse(html);
        Assert.Equal("Weekly AI Papers #12", digest.Title);
        Assert.Equal(2, digest.Papers.Count);
        Paper first = digest.Papers[0];
        Assert.Equal("Chain-of-Thought Reasoning Without Prompting", first.Title);

        Link paper = Assert.Single(first.Links, l => l.Kind == LinkKind.Arxiv);
        Assert.Equal("论文", paper.Label);
        Assert.Equal("https://arxiv.org/abs/2402.10200", paper.Span.GetText(html));
        Assert.Equal(html.IndexOf("\"https://arxiv.org/abs/2402.10200\"", StringComparison.Ordinal) + 1, paper.Span.Start);
        Assert.Equal("2402.10200", Assert.Single(first.Arxiv).Id.ToString());

        Link code = Assert.Single(first.Links, l => l.Kind == LinkKind.Repository);
        Assert.Equal("代码", code.Label);
        Assert.Equal("https://github.com/google-research/cot-decoding?tab=readme&amp;from=blog", code.Span.GetText(html));
        Repository repository = Assert.Single(first.Repositories);
        Assert.Equal(("google-research", "cot-decoding"), (repository.Owner, repository.Name));
        Assert.Equal(code.Span, repository.Span);

        Paper second = digest.Papers[1];
        ArxivReference arxiv = Assert.Single(second.Arxiv);
        Assert.Equal("2404.02258", arxiv.Id.ToString());
        Assert.Equal(html.IndexOf(">https://arxiv.org/abs/2404.02258<", StringComparison.Ordinal) + 1, arxiv.Span.Start); // the anchor's text
        ProjectPage page = Assert.Single(second.ProjectPages);
        Assert.Equal("https://mod-project.github.io/", page.Span.GetText(html));
        Assert.Equal("https://github.com/badge/repo", Assert.Single(second.Repositories).Span.GetText(html));
    }

    [Fact]
    public void A_markdown_link_made_from_an_anchor_spans_the_whole_anchor_element()
    {
        string html = Samples.Blog;
        Paper second = Parsers.Auto.Parse(html).Papers[1];
        Field project = Assert.Single(second.Fields, f => f.Label == "Project");
        Assert.Equal("[project page](https://mod-project.github.io/)", project.Value);
        Assert.Equal("Project: <a href=\"https://mod-project.github.io/\">project page</a>", project.Span.GetText(html));
    }

    [Fact]
    public void MathJax_scripts_become_formulas_and_the_rendered_copy_is_dropped()
    {
        string html = Samples.MathJax;
        string text = Reader.Read(html).Text;
        Assert.Contains("We fit \\(L(N) = A N^{-\\alpha} < 1\\) for all models.\n\\[\\sum_{i=1}^{n} x_i\\]\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("L(N)=A", text, StringComparison.Ordinal);

        Paper paper = Assert.Single(Parsers.Auto.Parse(html).Papers);
        Assert.Equal(2, paper.Formulas.Count);
        Formula inline = paper.Formulas[0];
        Assert.Equal("L(N) = A N^{-\\alpha} < 1", inline.Tex);
        Assert.False(inline.Display);
        Assert.Equal("<script type=\"math/tex\" id=\"MathJax-Element-1\">L(N) = A N^{-\\alpha} < 1</script>", inline.Span.GetText(html));
        Formula display = paper.Formulas[1];
        Assert.True(display.Display);
        Assert.Equal("<script type=\"math/tex; mode=display\">\\sum_{i=1}^{n} x_i</script>", display.Span.GetText(html));
        Assert.Equal("2001.08361", Assert.Single(paper.Arxiv).Id.ToString());
    }

    [Fact]
    public void KaTeX_annotations_become_formulas_and_the_rendered_html_is_dropped()
    {
        string html = Samples.KaTeX;
        string text = Reader.Read(html).Text;
        Assert.Equal(
            "1. Attention Is All You Need\nAttention is \\(\\mathrm{softmax}(QK^T/\\sqrt{d_k})V\\) everywhere.\n\\[a < b\\]\n论文链接：https://arxiv.org/abs/1706.03762\n",
            text);

        Paper paper = Assert.Single(Parsers.Auto.Parse(html).Papers);
        Assert.Equal(2, paper.Formulas.Count);
        Assert.Equal("\\mathrm{softmax}(QK^T/\\sqrt{d_k})V", paper.Formulas[0].Tex);
        Assert.False(paper.Formulas[0].Display);
        Assert.Equal(
            "<annotation encoding=\"application/x-tex\">\\mathrm{softmax}(QK^T/\\sqrt{d_k})V</annotation>",
            paper.Formulas[0].Span.GetText(html));
        Assert.Equal("a < b", paper.Formulas[1].Tex);
        Assert.True(paper.Formulas[1].Display);
        Assert.Equal("<annotation encoding=\"application/x-tex\">a &lt; b</annotation>", paper.Formulas[1].Span.GetText(html));
    }

    [Fact]
    public void Read_requires_an_input()
    {
        Assert.Throws<ArgumentNullException>(() => Reader.Read(null!));
        Assert.Throws<ArgumentNullException>(() => Reader.CanRead(null!));
        Assert.Throws<ArgumentNullException>(() => HtmlDigestParserBuilderExtensions.UseHtml(null!));
        Assert.Equal(InputFormat.Html, Reader.Format);
    }

    private static int LineOf(string text, string value) =>
        text.AsSpan(0, text.IndexOf(value, StringComparison.Ordinal)).Count('\n') + 1;
}
