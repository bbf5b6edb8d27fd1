using PaperDigest.Input;
using PaperDigest.Markdown;
using PaperDigest.Model;
using Xunit;

namespace PaperDigest.Adapters.Tests.Markdown;

public class MarkdownInputReaderTests
{
    private static readonly MarkdownInputReader Reader = new();

    [Fact]
    public void The_projection_is_the_input_with_code_images_comments_and_front_matter_blanked()
    {
        string markdown = Samples.Markdown;
        ProjectedText projected = Reader.Read(markdown);
        string text = projected.Text;
        Assert.Equal(markdown.Length, text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            Assert.True(text[i] == markdown[i] || text[i] == ' ', $"offset {i}");
            Assert.Equal((i, 1), projected.MapToOriginal(i, 1));
        }

        Assert.Equal(markdown.Split('\n').Length, text.Split('\n').Length);
        Assert.DoesNotContain("leak", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2301.0000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("title: Weekly digest", text, StringComparison.Ordinal);
        Assert.Contains("论文链接：[arXiv](https://arxiv.org/abs/2402.10200)", text, StringComparison.Ordinal);
        Assert.Contains("先运行 ", text, StringComparison.Ordinal);
        Assert.Contains(" 再复现结果。", text, StringComparison.Ordinal);
        Assert.StartsWith("# 本周论文速递", text.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_digest_parses_without_mining_code_or_images()
    {
        string markdown = Samples.Markdown;
        Digest digest = Parsers.Auto.Parse(markdown);
        Assert.Equal(2, digest.Papers.Count);
        Paper first = digest.Papers[0];
        Assert.Equal("Chain-of-Thought Reasoning Without Prompting", first.Title);
        Assert.Equal("Mixture-of-Depths", digest.Papers[1].Title);
        Assert.Equal(["2402.10200", "2404.02258"], Parsers.AllArxiv(digest).Select(a => a.Id.ToString()));
        Assert.Equal("google-research/cot-decoding", Assert.Single(digest.Papers.SelectMany(p => p.Repositories), r => true) is { } r ? $"{r.Owner}/{r.Name}" : null);
        Assert.DoesNotContain(Parsers.AllLinks(digest), l => l.Url.Contains("leak", StringComparison.Ordinal));

        Link arxiv = Assert.Single(first.Links, l => l.Kind == LinkKind.Arxiv);
        Assert.Equal("arXiv", arxiv.Label);
        Assert.Equal("https://arxiv.org/abs/2402.10200", arxiv.Span.GetText(markdown));
        Repository repository = Assert.Single(first.Repositories);
        Assert.Equal("https://github.com/google-research/cot-decoding", repository.Span.GetText(markdown));
        Assert.Equal("1. **Chain-of-Thought Reasoning Without Prompting**", first.HeadingSpan.GetText(markdown));
    }

    [Fact]
    public void Spans_keep_their_lines_and_columns()
    {
        const string markdown = "# Digest\r\n\r\n1. Paper\r\n   代码：https://github.com/a/b\r\n";
        Repository repository = Assert.Single(Parsers.Auto.Parse(markdown).Papers.Single().Repositories);
        Assert.Equal((4, 7), (repository.Span.Line, repository.Span.Column));
        Assert.Equal("https://github.com/a/b", repository.Span.GetText(markdown));
    }

    [Theory]
    [InlineData("A `https://github.com/a/b` B", "`https://github.com/a/b`")]
    [InlineData("A ``x ` https://github.com/a/b`` B", "``x ` https://github.com/a/b``")]
    [InlineData("A `unclosed https://github.com/a/b", null)]
    [InlineData("A \\`https://github.com/a/b\\` B", null)]
    [InlineData("![alt](https://github.com/a/b.png) x", "![alt](https://github.com/a/b.png)")]
    [InlineData("![alt](https://github.com/a/b.png \"title\") x", "![alt](https://github.com/a/b.png \"title\")")]
    [InlineData("![alt](<https://github.com/a/b c.png>) x", "![alt](<https://github.com/a/b c.png>)")]
    [InlineData("![alt][ref] x", "![alt][ref]")]
    [InlineData("[![badge](https://img.shields.io/x)](https://github.com/a/b)", "![badge](https://img.shields.io/x)")]
    [InlineData("[text](https://github.com/a/b)", null)]
    [InlineData("\\![alt](https://github.com/a/b)", null)]
    [InlineData("![not an image](https://a.org/x and more) text", null)]
    [InlineData("x <!-- https://github.com/a/b --> y", "<!-- https://github.com/a/b -->")]
    [InlineData("x <img src=\"https://github.com/a/b.png\"> y", "<img src=\"https://github.com/a/b.png\">")]
    [InlineData("x <b>[</b>y", null)]
    public void Inline_constructs(string markdown, string? blanked)
    {
        string expected = blanked is null ? markdown : markdown.Replace(blanked, new string(' ', blanked.Length), StringComparison.Ordinal);
        Assert.Equal(expected, Reader.Read(markdown).Text);
    }

    [Fact]
    public void Code_blocks_are_blanked_and_keep_their_line_breaks()
    {
        const string markdown = "# D\n\n```\nhttps://github.com/a/b\n```\n\n    indented https://github.com/c/d\n\n~~~\r\nhttps://github.com/e/f\r\n~~~\n\n> ```\n> https://github.com/g/h\n> ```\n";
        string text = Reader.Read(markdown).Text;
        Assert.DoesNotContain("github", text, StringComparison.Ordinal);
        Assert.Equal(markdown.Replace("\r", "", StringComparison.Ordinal).Count(c => c == '\n'), text.Count(c => c == '\n'));
        Assert.Equal(markdown.Count(c => c == '\r'), text.Count(c => c == '\r'));
    }

    [Fact]
    public void Front_matter_after_a_bom_is_blanked()
    {
        const string markdown = "\uFEFF---\nurl: https://github.com/a/b\n---\n# D\n";
        string text = Reader.Read(markdown).Text;
        Assert.Equal("\uFEFF   \n" + new string(' ', 27) + "\n   \n# D\n", text);
    }

    [Fact]
    public void Html_blocks_lose_comments_and_images_only()
    {
        const string markdown = "# D\n\n<div align=\"center\">\n<!-- https://github.com/a/b -->\n<img src=\"https://github.com/c/d.png\">\n<a href=\"https://github.com/e/f\">code</a>\n</div>\n";
        string text = Reader.Read(markdown).Text;
        Assert.DoesNotContain("github.com/a/b", text, StringComparison.Ordinal);
        Assert.DoesNotContain("github.com/c/d", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://github.com/e/f\">code</a>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_block_hides_only_the_comment_unless_it_is_unclosed()
    {
        Assert.Equal("# D\n\n" + new string(' ', "<!-- https://x.org/a -->".Length) + " visible\n", Reader.Read("# D\n\n<!-- https://x.org/a --> visible\n").Text);
        Assert.Equal("# D\n\n" + new string(' ', "<!-- https://x.org/a".Length) + "\n" + new string(' ', "https://github.com/a/b".Length) + "\n", Reader.Read("# D\n\n<!-- https://x.org/a\nhttps://github.com/a/b\n").Text);
    }

    [Fact]
    public void Read_requires_an_input()
    {
        Assert.Throws<ArgumentNullException>(() => Reader.Read(null!));
        Assert.Throws<ArgumentNullException>(() => Reader.CanRead(null!));
        Assert.Throws<ArgumentNullException>(() => MarkdownDigestParserBuilderExtensions.UseMarkdown(null!));
        Assert.Equal(InputFormat.Markdown, Reader.Format);
    }
}
