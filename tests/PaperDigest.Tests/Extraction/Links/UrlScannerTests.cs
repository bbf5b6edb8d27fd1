using System.Text;
using PaperDigest.Extraction.Links;
using Xunit;

namespace PaperDigest.Tests.Extraction.Links;

public sealed class UrlScannerTests
{
    private const int OneMegabyte = 1 << 20;

    [Theory]
    [InlineData("论文链接:https://arxiv.org/abs/2404.08634", "https://arxiv.org/abs/2404.08634")]
    [InlineData("GitHub 地址:https://github.com/sanyalsunny111/LLM-Inheritune", "https://github.com/sanyalsunny111/LLM-Inheritune")]
    [InlineData("项目页面可从 https://mmevol.github.io/ 访问。", "https://mmevol.github.io/")]
    [InlineData("https://github.com/a/b。下一句", "https://github.com/a/b")]
    [InlineData("(见 https://example.com/x)", "https://example.com/x")]
    [InlineData("（见 https://example.com/x）", "https://example.com/x")]
    [InlineData("https://en.wikipedia.org/wiki/Foo_(bar)", "https://en.wikipedia.org/wiki/Foo_(bar)")]
    [InlineData("(see https://en.wikipedia.org/wiki/Foo_(bar))", "https://en.wikipedia.org/wiki/Foo_(bar)")]
    [InlineData("源码链接：github.com/Kyubyong/transformer", "github.com/Kyubyong/transformer")]
    [InlineData("源码链接:github.com/Kyubyong/transformer。", "github.com/Kyubyong/transformer")]
    [InlineData("http://arxiv.org/abs/2503.14847", "http://arxiv.org/abs/2503.14847")]
    [InlineData("URL:https://arxiv.org/abs/2304.15004", "https://arxiv.org/abs/2304.15004")]
    [InlineData("Official Code:https://github.com/chaoyi-wu/pmc-llama", "https://github.com/chaoyi-wu/pmc-llama")]
    [InlineData("- 本文链接:https://bookstall.github.io/wiki/2023-05-02-paper-list/", "https://bookstall.github.io/wiki/2023-05-02-paper-list/")]
    [InlineData("GitHub 地址:https://vis-www.cs.umass.edu/combo/", "https://vis-www.cs.umass.edu/combo/")]
    [InlineData("HTTPS://GitHub.com/Owner/Repo", "HTTPS://GitHub.com/Owner/Repo")]
    [InlineData("Code: https://github.com/a/b.", "https://github.com/a/b")]
    [InlineData("Code: https://github.com/a/b, and more", "https://github.com/a/b")]
    [InlineData("Try https://github.com/a/b!", "https://github.com/a/b")]
    [InlineData("Seen https://github.com/a/b?", "https://github.com/a/b")]
    [InlineData("see https://github.com/a/b; then", "https://github.com/a/b")]
    [InlineData("at https://github.com/a/b: the code", "https://github.com/a/b")]
    [InlineData("see https://github.com/a/b...", "https://github.com/a/b")]
    [InlineData("'https://github.com/a/b'", "https://github.com/a/b")]
    [InlineData("\"https://github.com/a/b\"", "https://github.com/a/b")]
    [InlineData("“https://github.com/a/b”", "https://github.com/a/b")]
    [InlineData("「https://github.com/a/b」", "https://github.com/a/b")]
    [InlineData("《https://github.com/a/b》", "https://github.com/a/b")]
    [InlineData("【代码】https://github.com/a/b【论文】", "https://github.com/a/b")]
    [InlineData("https://github.com/a/b，以及", "https://github.com/a/b")]
    [InlineData("https://github.com/a/b；以及", "https://github.com/a/b")]
    [InlineData("https://github.com/a/b！", "https://github.com/a/b")]
    [InlineData("https://github.com/a/b、https", "https://github.com/a/b")]
    [InlineData("https://github.com/a/b\u3000下", "https://github.com/a/b")]
    [InlineData("https://github.com/a/b\u200B后", "https://github.com/a/b")]
    [InlineData("https://github.com/a/b\uFEFF后", "https://github.com/a/b")]
    [InlineData("https://github.com/a/b\u00A0x", "https://github.com/a/b")]
    [InlineData("https://github.com/a/b\tx", "https://github.com/a/b")]
    [InlineData("https://github.com/a/b—a dash", "https://github.com/a/b")]
    [InlineData("https://github.com/a/b…", "https://github.com/a/b")]
    [InlineData("https://github.com/a/b🔥", "https://github.com/a/b")]
    [InlineData("**Code**: https://github.com/a/b**", "https://github.com/a/b")]
    [InlineData("_https://github.com/a/b_", "https://github.com/a/b")]
    [InlineData("`https://github.com/a/b`", "https://github.com/a/b")]
    [InlineData("https://github.com/a/b<br>", "https://github.com/a/b")]
    [InlineData("| https://github.com/a/b|", "https://github.com/a/b")]
    [InlineData("\\url{https://github.com/a/b}", "https://github.com/a/b")]
    [InlineData("https://example.com/a{b}", "https://example.com/a{b}")]
    [InlineData("https://github.com/a/b(已开源)", "https://github.com/a/b")]
    [InlineData("https://github.com/a/b)(", "https://github.com/a/b")]
    [InlineData("https://x.com/a_(b)(c", "https://x.com/a_(b)(c")]
    [InlineData("https://example.com/q?a=[1]", "https://example.com/q?a=[1]")]
    [InlineData("[1] https://example.com/q]", "https://example.com/q")]
    [InlineData("https://x.com/search?q=a&b=c#frag", "https://x.com/search?q=a&b=c#frag")]
    [InlineData("https://x.com/it's-here", "https://x.com/it's-here")]
    [InlineData("http://localhost:8080/demo", "http://localhost:8080/demo")]
    [InlineData("http://127.0.0.1:7860/", "http://127.0.0.1:7860/")]
    [InlineData("https://münchen.de/straße", "https://münchen.de/straße")]
    [InlineData("Codehttps://github.com/a/b", "https://github.com/a/b")]
    [InlineData("https://web.archive.org/web/2020/https://example.com/", "https://web.archive.org/web/2020/https://example.com/")]
    [InlineData("https://x.com/r?u=http://y.com/z", "https://x.com/r?u=http://y.com/z")]
    [InlineData("访问www.example.com/path了解", "www.example.com/path")]
    [InlineData("see www.example.com.", "www.example.com")]
    [InlineData("主页：mmevol.github.io。", "mmevol.github.io")]
    [InlineData("项目: Snap-Research.GitHub.io/mixture-of-attention/", "Snap-Research.GitHub.io/mixture-of-attention/")]
    [InlineData("arxiv.org/abs/2404.08634v2", "arxiv.org/abs/2404.08634v2")]
    [InlineData("export.arxiv.org/abs/2404.08634", "export.arxiv.org/abs/2404.08634")]
    [InlineData("huggingface.co/datasets/a/b", "huggingface.co/datasets/a/b")]
    [InlineData("(doi.org/10.1000/182)", "doi.org/10.1000/182")]
    [InlineData("*github.com/a/b*", "github.com/a/b")]
    public void FindsOneUrl(string text, string expectedUrl)
    {
        var match = Assert.Single(Find(text));
        Assert.Equal(expectedUrl, match.Url);
        Assert.Equal(expectedUrl, match.Whole);
        Assert.Equal(string.Empty, match.Text);
    }

    [Theory]
    [InlineData("2.31")]
    [InlineData("在 A100 GPU 上实现了高达 2.31 倍的速度")]
    [InlineData("具有 1.5B 参数的小型基础语言模型")]
    [InlineData("e.g. transformers, i.e. attention")]
    [InlineData("U.S. and Node.js and config.json and model.safetensors")]
    [InlineData("Llama2-7B (1.75) 和 13B (1.67) 之间")]
    [InlineData("mail me: john.doe@gmail.com")]
    [InlineData("foo@github.com/x")]
    [InlineData("contact: someone@www.example.com")]
    [InlineData("http://")]
    [InlineData("http:///x")]
    [InlineData("https://")]
    [InlineData("https:// and more")]
    [InlineData("http://foo")]
    [InlineData("http://foo/bar")]
    [InlineData("http://.com/")]
    [InlineData("http://a..b/")]
    [InlineData("https://x.com:99999/")]
    [InlineData("mailto:x@y.com")]
    [InlineData("ftp://files.example.com/a")]
    [InlineData("see github.com for details")]
    [InlineData("path/github.com/a/b")]
    [InlineData("notgithub.com/a/b")]
    [InlineData("my-github.com/a/b")]
    [InlineData("x.github.com/a/b")]
    [InlineData("www.example")]
    [InlineData("github.io/x")]
    [InlineData("www.foo@bar.com")]
    [InlineData("[text](./relative/path)")]
    [InlineData("[text](#anchor)")]
    [InlineData("<br> <a href> <div>")]
    [InlineData("")]
    public void FindsNothing(string text) => Assert.Empty(Find(text));

    [Fact]
    public void FindsMarkdownLink()
    {
        const string text = "代码见 [代码](https://github.com/a/b)。";
        var match = Assert.Single(Find(text));
        Assert.Equal("[代码](https://github.com/a/b)", match.Whole);
        Assert.Equal("https://github.com/a/b", match.Url);
        Assert.Equal("代码", match.Text);
    }

    [Theory]
    [InlineData("[paper](https://arxiv.org/abs/2404.08634 \"The paper\")", "https://arxiv.org/abs/2404.08634", "paper")]
    [InlineData("[paper](https://arxiv.org/abs/2404.08634 'The paper')", "https://arxiv.org/abs/2404.08634", "paper")]
    [InlineData("[x](https://en.wikipedia.org/wiki/Foo_(bar))", "https://en.wikipedia.org/wiki/Foo_(bar)", "x")]
    [InlineData("[https://github.com/a/b](https://github.com/a/b)", "https://github.com/a/b", "https://github.com/a/b")]
    [InlineData("[code](github.com/a/b)", "github.com/a/b", "code")]
    [InlineData("[code](<https://github.com/a/b>)", "https://github.com/a/b", "code")]
    [InlineData("[](https://github.com/a/b)", "https://github.com/a/b", "")]
    [InlineData("[end.](https://github.com/a/b.)", "https://github.com/a/b.", "end.")]
    [InlineData("[多行\n文本](https://github.com/a/b)", "https://github.com/a/b", "多行\n文本")]
    public void FindsMarkdownLinkForms(string text, string expectedUrl, string expectedText)
    {
        var match = Assert.Single(Find(text));
        Assert.Equal(text, match.Whole);
        Assert.Equal(expectedUrl, match.Url);
        Assert.Equal(expectedText, match.Text);
    }

    [Fact]
    public void MarkdownImageStartsAtExclamationMark()
    {
        const string text = "图：![架构图](https://mmbiz.qpic.cn/a.png)";
        var match = Assert.Single(Find(text));
        Assert.Equal("![架构图](https://mmbiz.qpic.cn/a.png)", match.Whole);
        Assert.Equal("https://mmbiz.qpic.cn/a.png", match.Url);
        Assert.Equal("架构图", match.Text);
    }

    [Fact]
    public void FindsAdjacentMarkdownLinks()
    {
        var matches = Find("[a](https://a.com/x)[b](https://b.com/y) [c](https://c.com/z)");
        Assert.Equal(["https://a.com/x", "https://b.com/y", "https://c.com/z"], matches.Select(m => m.Url));
        Assert.Equal(["a", "b", "c"], matches.Select(m => m.Text));
    }

    [Theory]
    [InlineData("[1] https://github.com/a/b", "https://github.com/a/b")]
    [InlineData("[代码] (https://github.com/a/b)", "https://github.com/a/b")]
    [InlineData("[x](https://github.com/a/b 未闭合", "https://github.com/a/b")]
    [InlineData("[x](https://github.com/a/b", "https://github.com/a/b")]
    [InlineData("[[1]](https://github.com/a/b)", "https://github.com/a/b")]
    [InlineData("[x](https://github.com/a/b \"unclosed title)", "https://github.com/a/b")]
    public void FallsBackToBareUrlWhenMarkdownIsIncomplete(string text, string expectedUrl)
    {
        var match = Assert.Single(Find(text));
        Assert.Equal(expectedUrl, match.Url);
        Assert.Equal(expectedUrl, match.Whole);
    }

    [Fact]
    public void FindsAngleBracketAutolink()
    {
        const string text = "PDF: <https://arxiv.org/pdf/2402.15648.pdf>.";
        var match = Assert.Single(Find(text));
        Assert.Equal("<https://arxiv.org/pdf/2402.15648.pdf>", match.Whole);
        Assert.Equal("https://arxiv.org/pdf/2402.15648.pdf", match.Url);
        Assert.Equal(string.Empty, match.Text);
    }

    [Theory]
    [InlineData("<https://github.com/a/b.>", "https://github.com/a/b.")]
    [InlineData("<github.com/a/b>", "github.com/a/b")]
    [InlineData("<HTTP://Example.com/(x>", "HTTP://Example.com/(x")]
    public void AngleBracketsKeepEverythingInside(string text, string expectedUrl)
    {
        var match = Assert.Single(Find(text));
        Assert.Equal(text, match.Whole);
        Assert.Equal(expectedUrl, match.Url);
    }

    [Fact]
    public void UnclosedAngleBracketFallsBackToBareUrl()
    {
        var match = Assert.Single(Find("<https://github.com/a/b 没有闭合"));
        Assert.Equal("https://github.com/a/b", match.Whole);
    }

    [Fact]
    public void SplitsUrlsGluedTogether()
    {
        var matches = Find("https://arxiv.org/abs/2404.08634https://github.com/a/LLM-Inheritunehttp://x.org/");
        Assert.Equal(
            ["https://arxiv.org/abs/2404.08634", "https://github.com/a/LLM-Inheritune", "http://x.org/"],
            matches.Select(m => m.Url));
    }

    [Fact]
    public void FindsEveryLinkOfARealDigestInOrder()
    {
        const string text = """
            论文链接:https://arxiv.org/abs/2404.09313
            项目地址:https://text2songmelodist.github.io/Sample/
            在 A100 GPU 上实现了高达 2.31 倍的速度,TriForce 实现了 0.108s/token 的速度。
            论文链接:https://arxiv.org/abs/2404.11912
            GitHub 地址:https://github.com/Infini-AI-Lab/TriForce
            Official Code:
            单位:UNC Chapel Hill、Microsoft
            源码链接：github.com/Kyubyong/transformer，代码见[这里](https://github.com/microsoft/ResiDual)。
            - 版权声明:自由转载-非商用-非衍生-保持署名(创意共享3.0许可证)
            """;
        var matches = Find(text);
        Assert.Equal(
            [
                "https://arxiv.org/abs/2404.09313",
                "https://text2songmelodist.github.io/Sample/",
                "https://arxiv.org/abs/2404.11912",
                "https://github.com/Infini-AI-Lab/TriForce",
                "github.com/Kyubyong/transformer",
                "https://github.com/microsoft/ResiDual",
            ],
            matches.Select(m => m.Url));
        AssertOrderedAndConsistent(text, Scan(text));
    }

    [Fact]
    public void OffsetsAreRelativeToTheScannedSpan()
    {
        const string text = "前缀 [代码](https://github.com/a/b) 后缀";
        var results = new List<UrlMatch>();
        UrlScanner.Scan(text.AsSpan(3), results);
        var match = Assert.Single(results);
        Assert.Equal(0, match.Start);
        Assert.Equal("[代码](https://github.com/a/b)".Length, match.Length);
        Assert.Equal(1, match.TextStart);
        Assert.Equal(2, match.TextLength);
        Assert.Equal("[代码](".Length, match.UrlStart);
        Assert.Equal("https://github.com/a/b".Length, match.UrlLength);
        Assert.Equal(match.Start + match.Length, match.End);
        Assert.True(match.HasText);
    }

    [Fact]
    public void AppendsToExistingResults()
    {
        var existing = new UrlMatch(0, 1, 0, 1, 0, 0);
        var results = new List<UrlMatch> { existing };
        UrlScanner.Scan("https://github.com/a/b", results);
        Assert.Equal(2, results.Count);
        Assert.Equal(existing, results[0]);
    }

    [Fact]
    public void NullResultsThrows() =>
        Assert.Throws<ArgumentNullException>(() => UrlScanner.Scan("https://github.com/a/b", null!));

    [Theory]
    [InlineData("https://github.com/a/b", true)]
    [InlineData("github.com/a/b", true)]
    [InlineData("www.example.com", true)]
    [InlineData("http://localhost/x", true)]
    [InlineData("http://[::1]:8080/x", true)]
    [InlineData("ftp://example.com/x", false)]
    [InlineData("mailto:x@y.com", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("/usr/local/bin", false)]
    [InlineData("example", false)]
    [InlineData("http://foo/", false)]
    [InlineData("", false)]
    public void TryCreateUriAcceptsOnlyWebUrls(string url, bool expected)
    {
        Assert.Equal(expected, UrlScanner.TryCreateUri(url, out var uri));
        Assert.Equal(expected, uri is not null);
    }

    [Fact]
    public void ScanOfSchemeLessUrlGivesHttpsUri()
    {
        var match = Assert.Single(Find("源码链接：github.com/Kyubyong/transformer"));
        Assert.True(UrlScanner.TryCreateUri(match.Url, out var uri));
        Assert.Equal("https://github.com/Kyubyong/transformer", uri.AbsoluteUri);
    }

    [Fact]
    public void OneMegabyteOfSchemesFindsNothing() => Assert.Empty(Scan(Repeat("http://", OneMegabyte)));

    [Fact]
    public void OneMegabyteOfHttpsSchemesFindsNothing() => Assert.Empty(Scan(Repeat("HTTPS://", OneMegabyte)));

    [Fact]
    public void OneMegabyteOfOpeningBracketsFindsNothing() => Assert.Empty(Scan(new string('[', OneMegabyte)));

    [Fact]
    public void OneMegabyteOfMarkdownOpenersFindsNothing() => Assert.Empty(Scan(Repeat("[a](", OneMegabyte)));

    [Fact]
    public void OneMegabyteOfAngleBracketsFindsNothing() => Assert.Empty(Scan(new string('<', OneMegabyte)));

    [Fact]
    public void OneMegabyteOfWwwFindsNothing() => Assert.Empty(Scan(Repeat("www.", OneMegabyte)));

    [Fact]
    public void OneMegabyteOfGitHubPagesHostFindsNothing() => Assert.Empty(Scan(Repeat("a.github.io", OneMegabyte)));

    [Fact]
    public void OneMegabyteSingleLineUrlIsOneMatch()
    {
        string text = "见 https://example.com/" + new string('a', OneMegabyte) + "。";
        var match = Assert.Single(Scan(text));
        Assert.Equal(2, match.UrlStart);
        Assert.Equal(text.Length - 3, match.UrlLength);
    }

    [Fact]
    public void OneMegabyteUrlOfClosingParenthesesIsTrimmed()
    {
        string text = "(https://example.com/" + new string(')', OneMegabyte);
        var match = Assert.Single(Scan(text));
        Assert.Equal("https://example.com/".Length, match.UrlLength);
    }

    [Fact]
    public void OneMegabyteOfNestedMarkdownDestinationsCompletes()
    {
        string text = Repeat("[a](http://x.com/(", OneMegabyte);
        var match = Assert.Single(Scan(text));
        Assert.Equal("[a](".Length, match.UrlStart);
        Assert.Equal(text.Length - "[a](".Length - "(".Length, match.UrlLength); // the final '(' is trimmed
    }

    [Fact]
    public void OneMegabyteOfUnclosedTitlesCompletes()
    {
        string text = Repeat("[a](https://x.com/ \"t ", OneMegabyte);
        var matches = Scan(text);
        Assert.Equal(text.Length / "[a](https://x.com/ \"t ".Length, matches.Count);
        Assert.All(matches, m => Assert.Equal("https://x.com/".Length, m.UrlLength));
    }

    [Fact]
    public void OneMegabyteOfGluedUrlsFindsEachOne()
    {
        const string unit = "https://github.com/a/b";
        string text = Repeat(unit, OneMegabyte);
        var matches = Scan(text);
        Assert.Equal(text.Length / unit.Length, matches.Count);
        Assert.All(matches, m => Assert.Equal(unit.Length, m.UrlLength));
    }

    [Fact]
    public void OneMegabyteOfDigestLinesFindsEachOne()
    {
        const string unit = "代码：https://github.com/a/b。[论文](arxiv.org/abs/2404.08634)，";
        string text = Repeat(unit, OneMegabyte);
        var matches = Scan(text);
        Assert.Equal(2 * (text.Length / unit.Length), matches.Count);
        AssertOrderedAndConsistent(text, matches);
    }

    [Fact]
    public void OneMegabyteOfUnbalancedMarkdownInsideOneUrlCompletes()
    {
        string text = "https://x.com/" + Repeat("[a](b", OneMegabyte);
        var match = Assert.Single(Scan(text));
        Assert.Equal(0, match.Start);
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length + unit.Length <= length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static List<UrlMatch> Scan(string text)
    {
        var results = new List<UrlMatch>();
        UrlScanner.Scan(text, results);
        return results;
    }

    private static List<(string Whole, string Url, string Text)> Find(string text)
    {
        var matches = Scan(text);
        AssertOrderedAndConsistent(text, matches);
        return matches
            .Select(m => (text.Substring(m.Start, m.Length), text.Substring(m.UrlStart, m.UrlLength), text.Substring(m.TextStart, m.TextLength)))
            .ToList();
    }

    private static void AssertOrderedAndConsistent(string text, List<UrlMatch> matches)
    {
        int previousEnd = 0;
        foreach (var match in matches)
        {
            Assert.True(match.Start >= previousEnd, "matches overlap or are out of order");
            Assert.True(match.Length > 0 && match.End <= text.Length);
            Assert.True(match.UrlLength > 0 && match.UrlStart >= match.Start && match.UrlEnd <= match.End);
            Assert.True(match.TextStart >= match.Start && match.TextStart + match.TextLength <= match.End);
            Assert.True(UrlScanner.TryCreateUri(text.AsSpan(match.UrlStart, match.UrlLength), out _));
            previousEnd = match.End;
        }
    }
}
