using PaperDigest.Sections;
using Xunit;

namespace PaperDigest.Tests.Sections;

public sealed class PhraseSetTests
{
    private static readonly PhraseSet Phrases = new(["扫码关注", "二维码", "在看", "Subscribe", "扫码"]);

    [Theory]
    [InlineData("欢迎扫码关注我们", true)]
    [InlineData("长按识别二维码", true)]
    [InlineData("点个在看吧", true)]
    [InlineData("Subscribe now", true)]
    [InlineData("subscribe now", false)] // ordinal, as the ad phrases always were
    [InlineData("扫描下方", false)]
    [InlineData("在这篇论文中我们看到", false)] // 在 and 看 apart are not 在看
    [InlineData("", false)]
    [InlineData("扫", false)]
    [InlineData("扫扫扫扫码", true)] // a failed candidate does not hide the next one
    public void ContainsAny_finds_a_phrase_anywhere_in_the_line(string line, bool expected) =>
        Assert.Equal(expected, Phrases.ContainsAny(line));

    [Fact]
    public void ContainsAny_agrees_with_a_plain_search_over_the_detector_phrases()
    {
        var set = new PhraseSet(Keywords.AdPhrases);
        string[] lines =
        [
            "扫描下方二维码,加入交流群", "点击阅读原文", "本文提出了一种简单而有效的训练方法。", "Sponsored by X", "QQ群: 123",
            "關注我們", "在看", "我们在看这个问题", "Experiments show consistent gains.",
        ];
        foreach (string line in lines)
        {
            bool expected = Keywords.AdPhrases.Any(p => line.Contains(p, StringComparison.Ordinal));
            Assert.True(expected == set.ContainsAny(line), line);
        }
    }
}
