using PaperDigest.Model;
using Xunit;

namespace PaperDigest.Tests.Regression;

/// <summary>
/// Found by the ad-block metamorphic property: a padded number alone on its line (<c>01</c>, <c>02</c>), the title
/// on the next line — how WeChat digests set their big section numbers — was no heading (every other numbering style
/// may stand alone), so the second paper became a short sub-section of the first one.
/// </summary>
public class PaddedNumberAloneTests
{
    [Fact]
    public void A_padded_number_alone_starts_a_paper()
    {
        Digest digest = DigestParser.Default.Parse("01\n偏好优化训练\n论文链接:https://arxiv.org/abs/2404.08634\n02\nFor Generation for\n");
        Assert.Equal([1, 2], digest.Papers.Select(p => p.Number));
        Assert.Equal("偏好优化训练", digest.Papers[0].TitleZh);
        Assert.Equal("For Generation for", digest.Papers[1].Title);
        Assert.Empty(digest.Papers[0].Sections);
    }

    [Fact]
    public void Mixed_with_the_inline_form()
    {
        Digest digest = DigestParser.Default.Parse("01 训练智能体框架\n更多\n01 偏好优化训练\n02\nFor Generation for\n");
        Assert.Equal([1, 1, 2], digest.Papers.Select(p => p.Number));
    }

    [Theory]
    [InlineData("1、A\n2\nB")]
    [InlineData("01 A\n3\nB")]
    [InlineData("01 A\n2024\nB")]
    public void Bare_numbers_without_padding_or_out_of_sequence_are_text(string text) =>
        Assert.Single(DigestParser.Default.Parse(text).Papers);
}
