using PaperDigest.Html;
using PaperDigest.Input;
using PaperDigest.Markdown;
using PaperDigest.Model;
using Xunit;

namespace PaperDigest.Adapters.Tests;

/// <summary>Garbage and huge inputs: the readers and the parser must return, never throw, and keep the projection valid.</summary>
public class AdversarialInputTests
{
    private const int OneMegabyte = 1 << 20;

    public static TheoryData<string> HtmlPatterns => new()
    {
        "<div>", "<b><i>", "<ul><li>", "<font><b>", "<table><tr><td>", "<a href=x>", "<p><span style=\"", "<", "&amp", "&#",
        "<!--", "<script>", "<svg><p>", "<math><mi>", "<select><option>", "</div>", "<div/>", "<p>x&nbsp;",
        "<a href=\"https://github.com/a/b\">x", "<span>https://git</span>",
    };

    public static TheoryData<string> MarkdownPatterns => new()
    {
        "[](", "[a](b", ">", "[", "*a_", "![", "`", "` ``", "<!--", "- ", "1. ", "> - ", "![a](", "\\", "<a ", "```\n", "    x\n",
    };

    [Theory]
    [MemberData(nameof(HtmlPatterns))]
    public void Html_reader_survives_a_megabyte_of_one_pattern(string pattern)
    {
        string input = Repeat(pattern);
        ProjectedText projected = new HtmlInputReader().Read(input);
        AssertValid(projected);
        Digest digest = new DigestParserBuilder().UseHtml().Configure(o => o.InputFormat = InputFormat.Html).Build().Parse(input);
        Assert.DoesNotContain(digest.Diagnostics, d => d.Code == DiagnosticCodes.ReaderFailed);
    }

    [Theory]
    [MemberData(nameof(MarkdownPatterns))]
    public void Markdown_reader_survives_a_megabyte_of_one_pattern(string pattern)
    {
        string input = Repeat(pattern);
        ProjectedText projected = new MarkdownInputReader().Read(input);
        AssertValid(projected);
        Assert.Equal(input.Length, projected.Text.Length);
        Digest digest = new DigestParserBuilder().UseMarkdown().Configure(o => o.InputFormat = InputFormat.Markdown).Build().Parse(input);
        Assert.DoesNotContain(digest.Diagnostics, d => d.Code == DiagnosticCodes.ReaderFailed);
    }

    [Fact]
    public void A_megabyte_of_unclosed_divs_projects_to_nothing()
    {
        Assert.Equal(string.Empty, new HtmlInputReader().Read(Repeat("<div>")).Text);
    }

    [Fact]
    public void Random_markup_soup_never_throws()
    {
        const string alphabet = "<>/&;#=\"' \n\rpdivspanahrefscript!-[]()`*_\\x0123中\u00A0\0";
        var random = new Random(20240420);
        for (int round = 0; round < 200; round++)
        {
            char[] chars = new char[random.Next(0, 2000)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            string input = new(chars);
            AssertValid(new HtmlInputReader().Read(input));
            AssertValid(new MarkdownInputReader().Read(input));
            _ = Parsers.Auto.Parse(input);
        }
    }

    [Fact]
    public void Null_characters_and_lone_surrogates_are_kept_mapped()
    {
        const string html = "<p>a\0b\uD800c</p>";
        ProjectedText projected = new HtmlInputReader().Read(html);
        AssertValid(projected);
        Assert.Contains("c", projected.Text, StringComparison.Ordinal);
    }

    private static string Repeat(string pattern) => string.Concat(Enumerable.Repeat(pattern, Math.Max(1, OneMegabyte / pattern.Length)));

    private static void AssertValid(ProjectedText projected)
    {
        int length = projected.Original.Length;
        for (int i = 0; i < projected.Text.Length; i++)
        {
            (int start, int mapped) = projected.MapToOriginal(i, 1);
            Assert.InRange(start, 0, length);
            Assert.InRange(start + mapped, start, length);
        }
    }
}
