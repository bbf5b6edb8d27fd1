using PaperDigest.Model;
using Xunit;

namespace PaperDigest.Tests.Regression;

/// <summary>
/// Found by the model-based property: right after an English heading, the parser took a labelled sub-section line
/// (<c>摘要:The approach needs no extra labels.</c>) for the Chinese translation of the title, because the title
/// heuristic ran before the section labels and an English sentence ends with '.', which is no Chinese sentence end.
/// A sub-section label is explicit structure and now wins over the title guess.
/// </summary>
public class SectionLabelAfterEnglishHeadingTests
{
    [Fact]
    public void An_inline_section_after_an_english_heading_is_a_section()
    {
        Paper paper = Assert.Single(DigestParser.Default.Parse("1.Language Abilities Benchmark Robust Dual\n摘要:The approach needs no extra labels.").Papers);
        Assert.Equal("Language Abilities Benchmark Robust Dual", paper.Title);
        Assert.Null(paper.TitleZh);
        Section section = Assert.Single(paper.Sections);
        Assert.Equal("摘要", section.Label);
        Assert.Equal("The approach needs no extra labels.", section.Text);
    }

    [Fact]
    public void A_standalone_section_label_after_an_english_heading_is_a_section()
    {
        Paper paper = Assert.Single(DigestParser.Default.Parse("1. Sparse Attention for Long Videos\n实验结果\n实验表明该方法在多个基准上显著优于基线。").Papers);
        Assert.Null(paper.TitleZh);
        Assert.Equal("实验结果", paper.Sections[0].Label);
    }

    [Fact]
    public void The_chinese_translation_after_an_english_heading_is_still_a_title()
    {
        Paper paper = Assert.Single(DigestParser.Default.Parse("1. Sparse Attention for Long Videos\n长视频的稀疏注意力\n动机:之前的研究表明长视频代价很高。").Papers);
        Assert.Equal("长视频的稀疏注意力", paper.TitleZh);
        Assert.Equal("动机", paper.Sections[0].Label);
    }
}
