using PaperDigest.Extraction.Links;
using Xunit;

namespace PaperDigest.Tests.Extraction.Links;

public sealed class UrlBuilderTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("a/b", "a/b")]
    [InlineData("a//b", "a/b")]
    [InlineData("/tree///main//src", "/tree/main/src")]
    [InlineData("///x", "/x")]
    [InlineData("g//sub///proj", "g/sub/proj")]
    public void CollapsesRunsOfSlashes(string text, string expected)
    {
        var builder = new UrlBuilder(stackalloc char[4]);
        try
        {
            builder.AppendCollapsingSlashes(text);
            Assert.Equal(expected, builder.ToString());
        }
        finally
        {
            builder.Dispose();
        }
    }

    [Fact]
    public void GrowsPastItsFirstBufferAndReusesAnEqualString()
    {
        string expected = "https://example.com:8443/" + new string('x', 1000);
        var builder = new UrlBuilder(stackalloc char[8]);
        try
        {
            builder.Append("https://example.com");
            builder.Append(':');
            builder.Append(8443);
            builder.Append('/');
            builder.Append(new string('x', 1000));
            Assert.Equal(expected, builder.ToString(reuse: null));
            Assert.Same(expected, builder.ToString(reuse: expected));
            string different = expected[..^1] + "y";
            Assert.NotSame(different, builder.ToString(reuse: different));
            Assert.Equal(expected, builder.ToString(reuse: different));
        }
        finally
        {
            builder.Dispose();
        }
    }
}
