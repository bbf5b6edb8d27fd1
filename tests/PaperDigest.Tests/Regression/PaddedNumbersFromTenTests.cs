using PaperDigest.Model;
using Xunit;

namespace PaperDigest.Tests.Regression;

/// <summary>
/// Found by the model-based property once its groups grew past nine papers: zero-padded numbering (<c>01</c> … <c>09</c>)
/// continues with <c>10</c>, <c>11</c>, which have no leading zero, so they were not read as padded numbers and every
/// paper from the tenth on was lost in the ninth. A two-digit number is padded already.
/// </summary>
public class PaddedNumbersFromTenTests
{
    [Fact]
    public void Papers_ten_and_up_of_a_padded_digest_are_papers()
    {
        string text = string.Concat(Enumerable.Range(1, 12).Select(i => $"{i:00} 第{i}篇论文的标题\n正文内容。\n"));
        Assert.Equal(Enumerable.Range(1, 12), DigestParser.Default.Parse(text).Papers.Select(p => p.Number));
    }

    [Fact]
    public void Ten_alone_on_its_line_continues_the_sequence()
    {
        string text = string.Concat(Enumerable.Range(1, 9).Select(i => $"{i:00} 标题{i}\n")) + "10\nThe Tenth Title\n";
        Paper last = DigestParser.Default.Parse(text).Papers[^1];
        Assert.Equal(10, last.Number);
        Assert.Equal("The Tenth Title", last.Title);
    }

    [Theory]
    [InlineData("12 月 3 日发布的论文\n1. A")]
    [InlineData("01 A\n12 个数据集上的结果\n")]
    public void Two_digit_numbers_out_of_sequence_are_still_text(string text) =>
        Assert.DoesNotContain(DigestParser.Default.Parse(text).Papers, p => p.Number == 12);
}
