using PaperDigest.Text;
using Xunit;

namespace PaperDigest.Tests.Text;

public class SourceTextTests
{
    [Theory]
    [InlineData("a\nb", 1, 1, 2)]
    [InlineData("a\r\nb", 3, 2, 1)]
    [InlineData("a\rb", 2, 2, 1)]
    [InlineData("a\r\nb", 1, 1, 2)]
    [InlineData("", 0, 1, 1)]
    [InlineData("abc", 3, 1, 4)]
    public void Offsets_map_to_one_based_line_and_column(string text, int offset, int line, int column)
    {
        var source = new SourceText(text);
        Assert.Equal(new LinePosition(line, column), source.GetLinePosition(offset));
    }

    [Fact]
    public void Lines_exclude_their_breaks_and_cover_the_input()
    {
        var source = new SourceText("one\r\ntwo\nthree\rfour\n");
        Assert.Equal(5, source.LineCount);
        Assert.Equal(new TextLine(0, 0, 3, 2), source.GetLine(0));
        Assert.Equal(new TextLine(1, 5, 3, 1), source.GetLine(1));
        Assert.Equal(new TextLine(2, 9, 5, 1), source.GetLine(2));
        Assert.Equal(new TextLine(3, 15, 4, 1), source.GetLine(3));
        Assert.Equal(new TextLine(4, 20, 0, 0), source.GetLine(4));
    }

    [Fact]
    public void Unusual_characters_are_kept_as_they_are()
    {
        string text = "\uFEFF标题\u00A0\u200B𠀀\uD800x\u0001";
        var source = new SourceText(text);
        Assert.Equal(1, source.LineCount);
        Assert.Equal(text.Length, source.GetLine(0).Length);
        Assert.Equal(text, source.Text);
    }

    [Fact]
    public void Spans_carry_line_and_column()
    {
        var source = new SourceText("标题\n论文链接:https://arxiv.org/abs/2404.08634");
        SourceSpan span = source.GetSpan(8, 5);
        Assert.Equal(new SourceSpan(8, 5, 2, 6), span);
        Assert.Equal("https", span.GetText(source.Text));
    }

    [Fact]
    public void Out_of_range_arguments_throw()
    {
        var source = new SourceText("abc");
        Assert.Throws<ArgumentOutOfRangeException>(() => source.GetLinePosition(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => source.GetSpan(2, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => source.GetLine(1));
        Assert.Throws<ArgumentNullException>(() => new SourceText((string)null!));
    }

    [Fact]
    public void Positions_asked_in_any_order_are_those_of_a_linear_count()
    {
        // Lines of varied lengths (empty ones too); offsets asked forward in small and large jumps, backward, and
        // at every line start and end, so every path from the last answer is taken.
        var builder = new System.Text.StringBuilder();
        var random = new Random(7);
        for (int i = 0; i < 3000; i++)
        {
            builder.Append('x', random.Next(0, 12)).Append(random.Next(5) == 0 ? "\r\n" : "\n");
        }

        string text = builder.ToString();
        var source = new SourceText(text);
        var expected = new LinePosition[text.Length + 1];
        int line = 1, column = 1;
        for (int i = 0; i <= text.Length; i++)
        {
            expected[i] = new LinePosition(line, column);
            bool lineEnds = i < text.Length && text[i] == '\n';
            (line, column) = lineEnds ? (line + 1, 1) : (line, column + 1);
        }

        int[] offsets = [.. Enumerable.Range(0, 4000).Select(_ => random.Next(0, text.Length + 1))];
        int forward = 0;
        foreach (int jump in Enumerable.Range(0, 4000).Select(_ => random.Next(0, random.Next(2) == 0 ? 8 : 400)))
        {
            forward = Math.Min(text.Length, forward + jump);
            Assert.Equal(expected[forward], source.GetLinePosition(forward));
            Assert.Equal(expected[forward].Line, source.GetSpan(forward, 0).Line);
        }

        foreach (int offset in offsets)
        {
            Assert.Equal(expected[offset], source.GetLinePosition(offset));
        }

        for (int offset = text.Length; offset >= 0; offset--)
        {
            Assert.Equal(expected[offset], source.GetLinePosition(offset));
        }
    }

    [Fact]
    public void A_hundred_thousand_lines_map_in_logarithmic_steps()
    {
        string text = string.Concat(Enumerable.Repeat("1.\n", 100_000));
        var source = new SourceText(text);
        Assert.Equal(100_001, source.LineCount);
        Assert.Equal(new LinePosition(50_001, 2), source.GetLinePosition((50_000 * 3) + 1));
    }
}
