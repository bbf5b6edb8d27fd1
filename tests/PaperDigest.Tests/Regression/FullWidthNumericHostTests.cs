using PaperDigest.Extraction.Links;
using PaperDigest.Model;
using Xunit;

namespace PaperDigest.Tests.Regression;

/// <summary>
/// Found by <c>Normalize_is_idempotent_on_any_text</c>: <c>http://１．1</c> has a DNS host to <see cref="Uri"/>, whose
/// ASCII form <c>1.1</c> is an IPv4 literal that <see cref="Uri"/> rewrites to <c>1.0.0.1</c> when the normalized URL
/// is read again.
/// </summary>
public sealed class FullWidthNumericHostTests
{
    [Theory]
    [InlineData("http://１．1", "http://1.0.0.1/")]
    [InlineData("http://１．1/", "http://1.0.0.1/")]
    [InlineData("http://０ｘ７ｆ．1/a", "http://127.0.0.1/a")]
    [InlineData("http://1.1", "http://1.0.0.1/")]
    public void A_host_that_maps_to_an_IPv4_literal_is_normalized_to_its_canonical_form(string url, string expected)
    {
        string once = LinkClassifier.Normalize(url);
        Assert.Equal(expected, once);
        Assert.Equal(once, LinkClassifier.Normalize(once));
    }

    [Fact]
    public void Such_a_host_is_not_a_project_page() =>
        Assert.Equal(LinkKind.Other, LinkClassifier.Classify("http://１．1/"));

    [Fact]
    public void A_full_width_domain_name_is_still_a_page() =>
        Assert.Equal(LinkKind.ProjectPage, LinkClassifier.Classify("http://ｅｘａｍｐｌｅ．ｃｏｍ/"));
}
