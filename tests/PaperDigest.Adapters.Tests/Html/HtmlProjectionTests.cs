using PaperDigest.Html;
using PaperDigest.Input;
using Xunit;

namespace PaperDigest.Adapters.Tests.Html;

public class HtmlProjectionTests
{
    private static string Text(string html) => new HtmlInputReader().Read(html).Text;

    [Theory]
    [InlineData("<p>a</p><p>b</p>", "a\nb\n")]
    [InlineData("<div>a<div>b</div>c</div>", "a\nb\nc\n")]
    [InlineData("<p>a<br>b</p>", "a\nb\n")]
    [InlineData("<p>a</p><p><br></p><p>b</p>", "a\n\nb\n")]
    [InlineData("<p>  a \n\t b  </p>", "a b\n")]
    [InlineData("<p><span>x</span><span>y</span> <b>z</b></p>", "xy z\n")]
    [InlineData("<h2>1. Title</h2><p>text</p>", "1. Title\ntext\n")]
    [InlineData("<ol><li>A</li><li>B</li></ol>", "1. A\n2. B\n")]
    [InlineData("<ol start=\"7\"><li>A</li><li>B</li></ol>", "7. A\n8. B\n")]
    [InlineData("<ul><li>A</li><li>B</li></ul>", "A\nB\n")]
    [InlineData("<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>", "a b\nc d\n")]
    [InlineData("<pre>x  y\n  z</pre>", "x  y\n  z\n")]
    [InlineData("<p>a&lt;b&gt; &amp; &#x4e2d;&#25991; &copy 2024</p>", "a<b> & 中文 © 2024\n")]
    [InlineData("<p>a<img src=\"https://github.com/x/y.png\" alt=\"https://github.com/a/b\">b</p>", "ab\n")]
    [InlineData("<p>a<script>var x = 'https://github.com/a/b';</script><style>p{}</style><noscript>n</noscript>b</p>", "ab\n")]
    [InlineData("<p>a<!-- https://github.com/a/b -->b</p>", "ab\n")]
    [InlineData("<p><a name=\"top\"></a>Top</p>", "Top\n")]
    [InlineData("<p><a href=\"/relative\">rel</a> <a href=\"javascript:void(0)\">js</a></p>", "rel js\n")]
    [InlineData("<p><a href=\"https://x.org/a\"> spaced </a></p>", "[spaced](https://x.org/a)\n")]
    [InlineData("<p><a href=\"https://x.org/a\">see [1]</a></p>", "see [1] https://x.org/a\n")]
    [InlineData("<p><a href=\"https://github.com/a/b\">github.com/a/b</a></p>", "[github.com/a/b](https://github.com/a/b)\n")]
    [InlineData("", "")]
    [InlineData("plain text, no tags", "plain text, no tags\n")]
    public void Projects_what_a_reader_sees(string html, string expected) => Assert.Equal(expected, Text(html));

    [Fact]
    public void Markup_characters_map_to_the_tags_that_made_them()
    {
        const string html = "<p>a</p>\r\n<p>b<br>c</p>";
        ProjectedText projected = new HtmlInputReader().Read(html);
        Assert.Equal("a\nb\nc\n", projected.Text);
        Assert.Equal("</p>", Original(projected, 1));
        Assert.Equal("<br>", Original(projected, 3));
        Assert.Equal("b", Original(projected, 2));
    }

    [Fact]
    public void A_line_break_in_pre_maps_to_the_crlf_it_came_from()
    {
        const string html = "<pre>x\r\ny</pre>";
        ProjectedText projected = new HtmlInputReader().Read(html);
        Assert.Equal("x\ny\n", projected.Text);
        Assert.Equal("\r\n", Original(projected, 1));
        Assert.Equal("y", Original(projected, 2));
    }

    [Fact]
    public void Collapsed_white_space_maps_to_the_first_white_space_character()
    {
        const string html = "<p>a \r\n  b</p>";
        ProjectedText projected = new HtmlInputReader().Read(html);
        Assert.Equal("a b\n", projected.Text);
        Assert.Equal((4, 1), projected.MapToOriginal(1, 1));
        Assert.Equal((9, 1), projected.MapToOriginal(2, 1));
    }

    [Fact]
    public void Text_the_tree_builder_moves_is_still_found()
    {
        // "foster" is moved before the table by the HTML algorithm; both texts keep their own positions.
        const string html = "<table><tr><td>cell</td></tr>foster</table>";
        ProjectedText projected = new HtmlInputReader().Read(html);
        Assert.Equal("foster\ncell\n", projected.Text);
        Assert.Equal("foster", html.Substring(projected.MapToOriginal(0, 6).Start, 6));
        Assert.Equal("cell", html.Substring(projected.MapToOriginal(7, 4).Start, 4));
    }

    [Fact]
    public void Unclosed_and_misnested_tags_are_repaired_like_a_browser()
    {
        Assert.Equal("1. A\nb c\n2. B\n", Text("<p>1. A<p><b>b <i>c</b></i><p>2. B"));
        Assert.Equal("x\n", Text("<div><span>x"));
    }

    [Fact]
    public void A_deeply_nested_page_keeps_its_text()
    {
        string html = string.Concat(Enumerable.Repeat("<div>", 2000)) + "1. Deep paper https://arxiv.org/abs/2404.08634" + string.Concat(Enumerable.Repeat("</div>", 2000));
        ProjectedText projected = new HtmlInputReader().Read(html);
        Assert.Equal("1. Deep paper https://arxiv.org/abs/2404.08634\n", projected.Text);
        (int start, int length) = projected.MapToOriginal(0, 46);
        Assert.Equal("1. Deep paper https://arxiv.org/abs/2404.08634", html.Substring(start, length));
    }

    private static string Original(ProjectedText projected, int index)
    {
        (int start, int length) = projected.MapToOriginal(index, 1);
        return projected.Original.Substring(start, length);
    }
}
