using PaperDigest.Input;
using PaperDigest.Model;
using PaperDigest.Text;
using Xunit;

namespace PaperDigest.Tests.Input;

public class InputReaderTests
{
    /// <summary>A toy reader for "&lt;p&gt;…&lt;/p&gt;" documents: drops the tags, ends a line at each paragraph.</summary>
    private sealed class ParagraphReader : IInputReader
    {
        public InputFormat Format => InputFormat.Html;

        public bool CanRead(string input) => input.StartsWith("<p>", StringComparison.Ordinal);

        public ProjectedText Read(string input)
        {
            var builder = new ProjectedTextBuilder(input);
            int position = 0;
            while (position < input.Length)
            {
                int open = input.IndexOf("<p>", position, StringComparison.Ordinal);
                if (open < 0)
                {
                    break;
                }

                int close = input.IndexOf("</p>", open, StringComparison.Ordinal);
                if (close < 0)
                {
                    break;
                }

                builder.AppendCopied(input.AsSpan(open + 3, close - open - 3), open + 3);
                builder.AppendSynthesized("\n", close, 4);
                position = close + 4;
            }

            return builder.Build();
        }
    }

    private const string Html = "<p>1. A paper</p><p>论文链接:https://arxiv.org/abs/2404.08634</p><p>代码：https://github.com/a/b</p>";

    [Fact]
    public void A_reader_projects_the_input_and_spans_point_into_the_original()
    {
        DigestParser parser = new DigestParserBuilder().AddInputReader(new ParagraphReader()).Build();
        Digest digest = parser.Parse(Html);
        Paper paper = Assert.Single(digest.Papers);
        ArxivReference arxiv = Assert.Single(paper.Arxiv);
        Assert.Equal("https://arxiv.org/abs/2404.08634", arxiv.Span.GetText(Html));
        Assert.Equal("https://github.com/a/b", Assert.Single(paper.Repositories).Span.GetText(Html));
        Assert.Equal(1, arxiv.Span.Line);
        Assert.Equal(Html.IndexOf("https://arxiv", StringComparison.Ordinal) + 1, arxiv.Span.Column);
        Assert.StartsWith("1. A paper", paper.Span.GetText(Html), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_format_skips_readers_and_auto_falls_back_to_text()
    {
        DigestParser text = new DigestParserBuilder().AddInputReader(new ParagraphReader()).Configure(o => o.InputFormat = InputFormat.Text).Build();
        Assert.Empty(text.Parse(Html).Papers);
        DigestParser auto = new DigestParserBuilder().AddInputReader(new ParagraphReader()).Build();
        Assert.Single(auto.Parse("1. A\n").Papers);
    }

    [Fact]
    public void Asking_for_a_format_without_a_reader_fails_at_build_time()
    {
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => new DigestParserBuilder().Configure(o => o.InputFormat = InputFormat.Markdown).Build());
        Assert.Contains("UseMarkdown", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_reader_falls_back_to_plain_text_with_a_diagnostic()
    {
        DigestParser parser = new DigestParserBuilder().AddInputReader(new ThrowingReader()).Build();
        Digest digest = parser.Parse("<p>1. A</p>");
        Assert.Contains(digest.Diagnostics, d => d.Code == DiagnosticCodes.ReaderFailed);
    }

    [Fact]
    public void Projected_ranges_map_to_original_ranges()
    {
        var builder = new ProjectedTextBuilder("ab&amp;cd");
        builder.AppendCopied("ab", 0).AppendSynthesized("&", 2, 5).AppendCopied("cd", 7);
        ProjectedText projected = builder.Build();
        Assert.Equal("ab&cd", projected.Text);
        Assert.Equal((2, 5), projected.MapToOriginal(2, 1));
        Assert.Equal((1, 7), projected.MapToOriginal(1, 3));
        Assert.Equal((9, 0), projected.MapToOriginal(5, 0));
        var source = new SourceText(projected);
        Assert.Equal(new SourceSpan(7, 2, 1, 8), source.GetSpan(3, 2));
    }

    private sealed class ThrowingReader : IInputReader
    {
        public InputFormat Format => InputFormat.Html;

        public bool CanRead(string input) => true;

        public ProjectedText Read(string input) => throw new FormatException("bad");
    }
}
