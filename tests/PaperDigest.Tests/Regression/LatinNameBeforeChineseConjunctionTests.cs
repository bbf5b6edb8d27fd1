using PaperDigest.Model;
using Xunit;

namespace PaperDigest.Tests.Regression;

/// <summary>
/// Found by the model-based property: in <c>Affiliations:Hong Kong University of Science and Technology (Guangzhou)和Brown
/// University</c> the "and" inside the first name was taken for a separator, because the look-ahead that decides it
/// ("does an institution word follow?") ran past the Chinese conjunction <c>和</c> into the next name. It gave an
/// unknown "Hong Kong University of Science" and lost HKUST (Guangzhou). <c>和 与 及</c> now end the look-ahead like
/// the other separators.
/// </summary>
public class LatinNameBeforeChineseConjunctionTests
{
    [Theory]
    [InlineData("Affiliations:Hong Kong University of Science and Technology (Guangzhou)和Brown University", "The Hong Kong University of Science and Technology (Guangzhou)", "Brown University")]
    [InlineData("单位:University of Science and Technology of China与Stanford University", "University of Science and Technology of China", "Stanford University")]
    [InlineData("单位:Huazhong University of Science and Technology及清华大学", "Huazhong University of Science and Technology", "Tsinghua University")]
    [InlineData("单位:University of Science and Technology Beijing与Brown University", "University of Science and Technology Beijing", "Brown University")]
    public void A_latin_name_with_and_before_a_chinese_conjunction_stays_whole(string field, string first, string second)
    {
        Paper paper = Assert.Single(DigestParser.Default.Parse("1.微调智能体\n" + field).Papers);
        Assert.Equal([first, second], paper.Affiliations.Select(a => a.Canonical));
    }

    [Fact]
    public void And_between_two_names_still_separates_them()
    {
        Paper paper = Assert.Single(DigestParser.Default.Parse("1. A\nAffiliations: MIT and Stanford University和清华大学").Papers);
        Assert.Equal(["Massachusetts Institute of Technology", "Stanford University", "Tsinghua University"], paper.Affiliations.Select(a => a.Canonical));
    }
}
