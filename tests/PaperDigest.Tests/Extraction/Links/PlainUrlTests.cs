using PaperDigest.Extraction.Links;
using PaperDigest.Model;
using Xunit;

namespace PaperDigest.Tests.Extraction.Links;

/// <summary>
/// <see cref="PlainUrl"/> reads the common URLs without <see cref="Uri"/> and must give exactly what the
/// <see cref="Uri"/> path gives (accept decision, normalized URL, kind); anything unusual is left to <see cref="Uri"/>.
/// </summary>
public sealed class PlainUrlTests
{
    private const int OneMegabyte = 1 << 20;

    [Theory]
    [InlineData("https://arxiv.org/abs/2404.08634")]
    [InlineData("http://arxiv.org/pdf/2404.08634v2")]
    [InlineData("https://www.arxiv.org/abs/2404.08634")]
    [InlineData("https://github.com/sanyalsunny111/LLM-Inheritune")]
    [InlineData("https://github.com/owner/repo.git")]
    [InlineData("https://github.com/owner/repo/tree/main/src")]
    [InlineData("http://www.github.com/owner/repo/")]
    [InlineData("https://GitHub.com/Owner/Repo")]
    [InlineData("github.com/Kyubyong/transformer")]
    [InlineData("github.com/login/oauth")]
    [InlineData("https://github.com/features")]
    [InlineData("https://gitlab.com/group/sub/project/-/tree/main")]
    [InlineData("https://huggingface.co/datasets/owner/name")]
    [InlineData("https://huggingface.co/spaces/owner/demo")]
    [InlineData("https://hf.co/owner/model")]
    [InlineData("https://huggingface.co/papers/2404.08634")]
    [InlineData("https://huggingface.co/datasets/squad")]
    [InlineData("mmevol.github.io/")]
    [InlineData("http://mmevol.github.io")]
    [InlineData("https://Text2Song.GitHub.io/demo?x=1#top")]
    [InlineData("www.example.com/path")]
    [InlineData("http://www.example.com")]
    [InlineData("http://example.com?")]
    [InlineData("http://example.com/x?")]
    [InlineData("https://example.com#")]
    [InlineData("https://example.com/a/b?c=d&e=f#g")]
    [InlineData("https://en.wikipedia.org/wiki/Foo_(bar)")]
    [InlineData("https://example.com/a;b=c,d!e*f'g~h@i:j$k&l+m")]
    [InlineData("https://example.com/[1]/x")]
    [InlineData("https://example.com:8080/demo")]
    [InlineData("http://example.com:80/a")]
    [InlineData("https://example.com:443/a")]
    [InlineData("http://example.com:443/a")]
    [InlineData("http://github.com:80/a/b")]
    [InlineData("https://github.com:8443/a/b")]
    [InlineData("https://example.com:65535/")]
    [InlineData("https://openreview.net/forum?id=abc")]
    [InlineData("https://openreview.net?id=abc")]
    [InlineData("https://doi.org/10.1145/3292500.3330701")]
    [InlineData("https://www.semanticscholar.org/paper/abc")]
    [InlineData("https://api.semanticscholar.org/CorpusID:123")]
    [InlineData("https://www.sciencedirect.com/science/article/pii/S0")]
    [InlineData("https://mp.weixin.qq.com/s/abc")]
    [InlineData("http://zhuanlan.zhihu.com/p/123")]
    [InlineData("https://a.bz")]
    [InlineData("https://www.com/")]
    [InlineData("https://ghi.123/")]
    [InlineData("https://a-b.c-d.org/x")]
    [InlineData("https://g1.h2/x")]
    public void ReadsCommonUrlsWithoutUriAndAsUriDoes(string url)
    {
        Assert.Null(PlainUrlEquivalence.FindDifference(url, out bool plain));
        Assert.True(plain, url);
    }

    [Theory]
    [InlineData("https://example.com/%41")]
    [InlineData("https://example.com/a%2Fb")]
    [InlineData("https://example.com/?q=%20")]
    [InlineData("https://example.com/a/./b")]
    [InlineData("https://example.com/a/../b")]
    [InlineData("https://example.com/..")]
    [InlineData("https://example.com/.well-known/x")]
    [InlineData("https://example.com/中文")]
    [InlineData("https://example.com/a{b}")]
    [InlineData("https://example.com/a^b")]
    [InlineData("https://example.com/a|b")]
    [InlineData("https://example.com/#a{b}")]
    [InlineData("https://bücher.de/")]
    [InlineData("https://例子.测试/")]
    [InlineData("https://ｇｉｔｈｕｂ.com/a/b")]
    [InlineData("https://github．com/a/b")]
    [InlineData("https://１．1/")]
    [InlineData("https://127.0.0.1/")]
    [InlineData("https://1.2/")]
    [InlineData("https://0x7f.1/")]
    [InlineData("https://abc.de/")]
    [InlineData("https://a.b")]
    [InlineData("https://a.123/")]
    [InlineData("https://[::1]/")]
    [InlineData("https://localhost/")]
    [InlineData("https://localhost:8080/demo")]
    [InlineData("https://user@github.com/a/b")]
    [InlineData("https://u:p@example.com/")]
    [InlineData("https://xn--fsq.com/")]
    [InlineData("https://a--b.com/")]
    [InlineData("https://-a.com/")]
    [InlineData("https://a-.com/")]
    [InlineData("https://a_b.com/")]
    [InlineData("https://a.com./")]
    [InlineData("https://a..com/")]
    [InlineData("https://.a.com/")]
    [InlineData("https://example/")]
    [InlineData("https://example.com:/")]
    [InlineData("https://example.com:0/")]
    [InlineData("https://example.com:080/")]
    [InlineData("https://example.com:65536/")]
    [InlineData("https://example.com:99999/")]
    [InlineData("https://example.com:12a/")]
    [InlineData("https://example.com:1:2/")]
    [InlineData("https://example.com!x")]
    [InlineData("https://example.com\\x")]
    [InlineData("https://")]
    [InlineData("http:/example.com/")]
    [InlineData("ftp://example.com/")]
    [InlineData("www.example.com://x")]
    [InlineData("https://abbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.com/")]
    public void LeavesUnusualUrlsToUri(string url)
    {
        Assert.Null(PlainUrlEquivalence.FindDifference(url, out bool plain));
        Assert.False(plain, url);
    }

    [Fact]
    public void AgreesWithUriOnEveryPrintableAsciiCharacterInEveryPart()
    {
        int plain = 0;
        for (char c = ' '; c < '\u007F'; c++)
        {
            string[] urls =
            [
                $"https://a.com/x{c}y", $"https://a.com/x?q{c}r", $"https://a.com/x#f{c}g", $"https://a{c}b.com/",
                $"https://ab.c{c}m/", $"https://a.com:8{c}/", $"https://a.com{c}", $"http://a.com/{c}", $"github.com/{c}x",
                $"www.a{c}.com/", $"https://a.com/x/{c}{c}/y", $"https://a.com/{c}.git",
            ];
            foreach (string url in urls)
            {
                string? difference = PlainUrlEquivalence.FindDifference(url, out bool wasPlain);
                Assert.True(difference is null, $"{url}: {difference}");
                plain += wasPlain ? 1 : 0;
            }
        }

        // Most characters are plain in a path, query or fragment.
        Assert.True(plain > 150, plain.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ReadsRepositoryAndKindsAsUriDoes()
    {
        Assert.True(PlainUrl.TryParse("http://WWW.GitHub.com/Owner/Repo.git/", out PlainUrl url));
        Assert.Equal("https://github.com/Owner/Repo", LinkClassifier.NormalizeAndClassify("http://WWW.GitHub.com/Owner/Repo.git/", 0, url, out LinkKind kind));
        Assert.Equal(LinkKind.Repository, kind);

        Assert.True(PlainUrl.TryParse("arxiv.org/abs/2404.08634", out url));
        Assert.Equal("https://arxiv.org/abs/2404.08634", LinkClassifier.NormalizeAndClassify("arxiv.org/abs/2404.08634", 0, url, out kind));
        Assert.Equal(LinkKind.Arxiv, kind);

        Assert.True(PlainUrl.TryParse("HTTP://Example.com:80?", out url));
        Assert.Equal("http://example.com/", LinkClassifier.NormalizeAndClassify("HTTP://Example.com:80?", 0, url, out kind));
        Assert.Equal(LinkKind.ProjectPage, kind);
    }

    [Fact]
    public void ReturnsTheUrlAsWrittenWhenItIsNormal()
    {
        const string Text = "see https://example.com/a?b=c today";
        Assert.True(PlainUrl.TryParse(Text.AsSpan(4, 25), out PlainUrl url));
        Assert.Equal("https://example.com/a?b=c", LinkClassifier.NormalizeAndClassify(Text, 4, url, out LinkKind kind));
        Assert.Equal(LinkKind.ProjectPage, kind);
    }

    [Fact]
    public void LeavesLongUrlsToUri()
    {
        string atLimit = "https://example.com/" + new string('a', PlainUrl.MaxLength - "https://example.com/".Length);
        Assert.Null(PlainUrlEquivalence.FindDifference(atLimit, out bool plain));
        Assert.True(plain);
        Assert.Null(PlainUrlEquivalence.FindDifference(atLimit + "a", out plain));
        Assert.False(plain);
    }

    [Fact]
    public void AdversarialMegabyteUrlsComplete()
    {
        Assert.False(PlainUrl.TryParse("https://example.com/" + new string('a', OneMegabyte), out _));
        Assert.False(PlainUrl.TryParse("https://" + string.Concat(Enumerable.Repeat("a.", OneMegabyte / 2)), out _));
        Assert.False(PlainUrl.TryParse(new string('.', OneMegabyte), out _));
        Assert.False(PlainUrl.TryParse(string.Empty, out _));
        Assert.Null(PlainUrlEquivalence.FindDifference("https://a.com:" + new string('9', OneMegabyte)));
    }
}
