using PaperDigest.Extraction.Links;
using PaperDigest.Model;
using PaperDigest.Tests.Properties;
using Xunit;

namespace PaperDigest.Tests.Regression;

/// <summary>
/// Found by fuzzing (tests/fuzz): a URL whose host holds a code point that IDNA rejects (an unassigned Hebrew letter
/// U+05FA, a private-use character) is accepted by <see cref="Uri"/>, but reading its <see cref="Uri.IdnHost"/> throws
/// <see cref="UriFormatException"/>. The link extractor threw (PD0900 on every such digest) and
/// <c>RepositoryRef.TryParse(Uri)</c> threw instead of returning false. Such a host is no host: no link.
/// </summary>
public class UnassignedCharacterInHostTests
{
    [Theory]
    [InlineData("1. A\n代码: https://b\u05FA.com/x")]
    [InlineData("https://www.arxi\u05FA维码")]
    [InlineData("1.Title\n论文链接:https://giv\uF75A2304.15010")]
    [InlineData("1、A\n[代码](https://github\u05FA.com/a/b)")]
    [InlineData("1. A\n链接: http://\u200D")]
    public void A_host_without_an_ascii_form_is_no_link_and_no_failure(string text)
    {
        Digest digest = DigestParser.Default.Parse(text);
        Assert.DoesNotContain(digest.Diagnostics, d => d.Code == DiagnosticCodes.ExtractorFailed);
        Assert.Empty(SpanChecks.Problems(text, digest));
        Assert.DoesNotContain(digest.Papers.SelectMany(p => p.Links).Concat(digest.Links), l => l.Url.Contains('\u05FA', StringComparison.Ordinal));
    }

    [Fact]
    public void Classifying_and_normalizing_such_a_url_leaves_it_alone()
    {
        Assert.Equal(LinkKind.Other, LinkClassifier.Classify("https://b\u05FA.com/x"));
        Assert.Equal("https://b\u05FA.com/x", LinkClassifier.Normalize("https://b\u05FA.com/x"));
        Assert.Equal("http://\u200D", LinkClassifier.Normalize("http://\u200D"));
    }

    [Fact]
    public void Such_a_uri_is_no_repository()
    {
        Assert.False(RepositoryRef.TryParse(new Uri("https://github\u05FA.com/a/b"), out _));
        Assert.False(RepositoryRef.TryParse("https://github\u05FA.com/a/b", out _));
    }

    [Fact]
    public void Internationalized_hosts_that_have_an_ascii_form_still_work()
    {
        Digest digest = DigestParser.Default.Parse("1. A\n项目主页: https://exämple.com/x");
        Assert.Equal("https://xn--exmple-cua.com/x", Assert.Single(digest.Papers[0].Links).Url);
    }
}
