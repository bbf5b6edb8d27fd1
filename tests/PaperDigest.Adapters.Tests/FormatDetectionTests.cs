using PaperDigest.Html;
using PaperDigest.Input;
using PaperDigest.Markdown;
using PaperDigest.Model;
using Xunit;

namespace PaperDigest.Adapters.Tests;

public class FormatDetectionTests
{
    private const string PlainText = "2023-05-02:论文速递\n1、Are Emergent Abilities of Large Language Models a Mirage?\nURL:https://arxiv.org/abs/2304.15004\n- 单位:斯坦福大学\n";

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>x</p></body></html>")]
    [InlineData("\uFEFF  \n<!doctype HTML>\n<html>")]
    [InlineData("<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"></head>")]
    [InlineData("<!-- saved from url=(0046)https://mp.weixin.qq.com/s/abc -->\n<html><head></head>")]
    [InlineData("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">")]
    [InlineData("<section style=\"margin:0\"><p><span>1. 论文</span></p></section>")]
    [InlineData("<div><p>a</p><p>b</p></div>")]
    [InlineData("Some intro text\n<p>1. A</p>\n<p>2. B</p>\n<p>3. C</p>\n<div>4. D</div>")]
    public void Html_is_recognised(string input) => Assert.True(new HtmlInputReader().CanRead(input));

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData(PlainText)]
    [InlineData("# Digest\n<a name=\"top\"></a>\n1. Paper\n")]
    [InlineData("1. Paper<br>\n2. Paper<br>\n")]
    [InlineData("a < b and c > d, <p> is a tag name")]
    [InlineData("# Digest\n\n<p align=\"center\"><img src=\"logo.png\"></p>\n<div>x</div>\n")]
    [InlineData("<a href=\"https://x.org\">x</a> and <b>bold</b>")]
    public void Other_text_is_not_html(string input) => Assert.False(new HtmlInputReader().CanRead(input));

    [Theory]
    [InlineData("# 本周论文速递\n1. A\n")]
    [InlineData("intro\n## 1. Paper\n")]
    [InlineData("text\n```\ncode\n```\n")]
    [InlineData("论文链接：[arXiv](https://arxiv.org/abs/2402.10200)\n")]
    [InlineData("---\ntitle: x\n---\n1. A\n")]
    [InlineData("\uFEFF---\r\ntitle: x\r\n---\r\n1. A\r\n")]
    [InlineData("**本周精选**\n- 论文一\n- 论文二\n")]
    public void Markdown_is_recognised(string input) => Assert.True(new MarkdownInputReader().CanRead(input));

    [Theory]
    [InlineData("")]
    [InlineData(PlainText)]
    [InlineData("- one\n- two\n")]
    [InlineData("**bold** only\n")]
    [InlineData("#hashtag is not a heading\n")]
    [InlineData("<!DOCTYPE html>\n<html><body><h1>x</h1>\n# not markdown\n</body></html>")]
    public void Other_text_is_not_markdown(string input) => Assert.False(new MarkdownInputReader().CanRead(input));

    [Fact]
    public void Auto_picks_the_reader_whatever_the_registration_order()
    {
        DigestParser htmlFirst = new DigestParserBuilder().UseHtml().UseMarkdown().Build();
        DigestParser markdownFirst = new DigestParserBuilder().UseMarkdown().UseHtml().Build();
        Assert.Equal([InputFormat.Html, InputFormat.Markdown], htmlFirst.InputReaders.Select(r => r.Format));
        Assert.Equal(InputFormat.Auto, htmlFirst.InputFormat);
        foreach (string input in new[] { Samples.WeChat, Samples.Blog, Samples.MathJax, Samples.KaTeX, Samples.Markdown, PlainText })
        {
            Assert.Equal(htmlFirst.Parse(input), markdownFirst.Parse(input));
        }
    }

    [Fact]
    public void Auto_reads_each_format_with_its_reader()
    {
        // Read as plain text, the HTML and Markdown samples would yield the URLs hidden in scripts, images and code.
        Assert.Contains(Parsers.AllLinks(DigestParser.Default.Parse(Samples.Markdown)), l => l.Url.Contains("leak", StringComparison.Ordinal));
        Assert.DoesNotContain(Parsers.AllLinks(Parsers.Auto.Parse(Samples.Markdown)), l => l.Url.Contains("leak", StringComparison.Ordinal));
        Assert.Equal(2, Parsers.Auto.Parse(Samples.WeChat).Papers.Count);

        Digest plain = Parsers.Auto.Parse(PlainText);
        Assert.Equal(DigestParser.Default.Parse(PlainText), plain);
        Assert.Equal("2304.15004", Assert.Single(Parsers.AllArxiv(plain)).Id.ToString());
    }

    [Fact]
    public void An_explicit_format_uses_its_reader_for_any_input()
    {
        DigestParser html = new DigestParserBuilder().UseHtml().UseMarkdown().Configure(o => o.InputFormat = InputFormat.Html).Build();
        const string input = "1. A paper\n论文链接：https://arxiv.org/abs/2404.08634 &amp; more";
        ArxivReference arxiv = Assert.Single(Parsers.AllArxiv(html.Parse(input)));
        Assert.Equal("https://arxiv.org/abs/2404.08634", arxiv.Span.GetText(input));
        Assert.Equal("1. A paper 论文链接：https://arxiv.org/abs/2404.08634 & more\n", new HtmlInputReader().Read(input).Text);

        DigestParser markdown = new DigestParserBuilder().UseHtml().UseMarkdown().Configure(o => o.InputFormat = InputFormat.Markdown).Build();
        Assert.DoesNotContain(Parsers.AllLinks(markdown.Parse("1. A\n`https://github.com/a/b`\n")), l => l.Url.Contains("github", StringComparison.Ordinal));

        DigestParser text = new DigestParserBuilder().UseHtml().UseMarkdown().Configure(o => o.InputFormat = InputFormat.Text).Build();
        Assert.Contains(Parsers.AllLinks(text.Parse(Samples.Markdown)), l => l.Url.Contains("leak", StringComparison.Ordinal));
    }
}
