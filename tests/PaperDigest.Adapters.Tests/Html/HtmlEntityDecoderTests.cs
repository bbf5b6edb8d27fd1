using PaperDigest.Html;
using Xunit;

namespace PaperDigest.Adapters.Tests.Html;

public class HtmlEntityDecoderTests
{
    [Theory]
    [InlineData("&amp;", "&", 5)]
    [InlineData("&amp;x", "&", 5)]
    [InlineData("&nbsp;", "\u00A0", 6)]
    [InlineData("&lt;", "<", 4)]
    [InlineData("&amp", "&", 4)]
    [InlineData("&copy2024", "©", 5)]
    [InlineData("&notit;", "¬", 4)]
    [InlineData("&notin;", "∉", 7)]
    [InlineData("&#25991;", "文", 8)]
    [InlineData("&#x4e2d;", "中", 8)]
    [InlineData("&#X4E2D", "中", 7)]
    [InlineData("&#128512;", "😀", 9)]
    [InlineData("&#0;", "\uFFFD", 4)]
    [InlineData("&#xD800;", "\uFFFD", 8)]
    [InlineData("&#99999999999999;", "\uFFFD", 17)]
    [InlineData("&#x80;", "€", 6)]
    [InlineData("&#150;", "–", 6)]
    [InlineData("&NotEqualTilde;", "≂̸", 15)]
    public void Decodes_references_in_text(string text, string expected, int length)
    {
        Assert.True(HtmlEntityDecoder.TryDecode(text, 0, inAttribute: false, out string value, out int consumed));
        Assert.Equal(expected, value);
        Assert.Equal(length, consumed);
    }

    [Theory]
    [InlineData("&")]
    [InlineData("& b")]
    [InlineData("&bogus;")]
    [InlineData("&Amp;")]
    [InlineData("&#;")]
    [InlineData("&#x;")]
    [InlineData("&hellip")]
    public void Leaves_other_ampersands_alone(string text) =>
        Assert.False(HtmlEntityDecoder.TryDecode(text, 0, inAttribute: false, out _, out _));

    [Fact]
    public void A_legacy_reference_before_a_letter_or_equals_sign_stays_text_in_attributes()
    {
        Assert.False(HtmlEntityDecoder.TryDecode("&copy=1", 0, inAttribute: true, out _, out _));
        Assert.False(HtmlEntityDecoder.TryDecode("&amplang=en", 0, inAttribute: true, out _, out _));
        Assert.True(HtmlEntityDecoder.TryDecode("&amp;lang=en", 0, inAttribute: true, out string value, out int length));
        Assert.Equal(("&", 5), (value, length));
    }
}
