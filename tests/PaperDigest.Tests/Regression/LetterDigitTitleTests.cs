using PaperDigest.Model;
using Xunit;

namespace PaperDigest.Tests.Regression;

/// <summary>
/// Found by the model-based and metamorphic properties: a heading whose title starts with a letter and a digit
/// right after a tight <c>1.</c> (<c>1.T5Gemma: …</c>, <c>２．V2X-Radar：…</c>, as the AI之势 digests write them) was
/// not a heading. The guard that keeps <c>2.31 倍</c> and <c>1.5B</c> out also rejected a letter followed by a digit;
/// only a digit after the dot makes a decimal number.
/// </summary>
public class LetterDigitTitleTests
{
    [Fact]
    public void Model_names_with_digits_start_papers()
    {
        Digest digest = DigestParser.Default.Parse("1.T5Gemma: Encoder-Decoder Models\n论文链接:https://arxiv.org/abs/2504.06225\n2.V2X-Radar:\n车路协同的 4D 雷达数据集\n3.R1-Searcher: Incentivizing Search\n");
        Assert.Equal([1, 2, 3], digest.Papers.Select(p => p.Number));
        Assert.Equal(["T5Gemma", "V2X-Radar", "R1-Searcher"], digest.Papers.Select(p => p.ShortName));
        Assert.Equal("2504.06225", Assert.Single(digest.Papers[0].Arxiv).Id.ToString());
    }

    [Fact]
    public void Full_width_numbering_works_too()
    {
        Paper paper = Assert.Single(DigestParser.Default.Parse("１．V2X-Radar：评测无损加速指令跟随基准").Papers);
        Assert.Equal("V2X-Radar", paper.ShortName);
        Assert.Equal("评测无损加速指令跟随基准", paper.TitleZh);
    }

    [Fact]
    public void A_footer_after_such_a_paper_is_the_footer()
    {
        Digest digest = DigestParser.Default.Parse("1.R1-Searcher: Are Learning Connections\n往期推荐\n大模型推理加速的十种方法\n");
        Assert.Single(digest.Papers);
        Assert.NotNull(digest.Footer);
    }

    [Theory]
    [InlineData("1.只需半天\n在 A100 GPU 上实现了高达\n2.31 倍的速度")]
    [InlineData("1.只需半天\n参数规模达到\n2.5B 的模型")]
    public void Decimal_numbers_are_still_no_headings(string text) =>
        Assert.Single(DigestParser.Default.Parse(text).Papers);
}
