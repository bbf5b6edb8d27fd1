using PaperDigest.Model;
using PaperDigest.Serialization;
using Xunit;

namespace PaperDigest.Tests;

/// <summary>The parser is total and linear on hostile input; a hang guard, not a timing assertion.</summary>
public class ParserRobustnessTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string> Adversarial() => new()
    {
        { "1 MB of \\(", string.Concat(Enumerable.Repeat(@"\(", 500_000)) },
        { "1 MB of {", new string('{', 1_000_000) },
        { "1 MB of $", new string('$', 1_000_000) },
        { "1 MB of 1.\\n", string.Concat(Enumerable.Repeat("1.\n", 333_333)) },
        { "1 MB of http://", string.Concat(Enumerable.Repeat("http://", 150_000)) },
        { "1 MB of 【", new string('【', 1_000_000) },
        { "1 MB single line", string.Concat(Enumerable.Repeat("论文链接 arXiv:2404.08634 https://github.com/a/b \\(x\\) ", 20_000)) },
        { "100k numbered lines", string.Concat(Enumerable.Range(1, 100_000).Select(i => $"{i}. Paper {i}\n")) },
        { "nested begin", string.Concat(Enumerable.Repeat(@"\begin{align}", 20_000)) + string.Concat(Enumerable.Repeat(@"\end{align}", 20_000)) },
        { "1 MB of arXiv:", string.Concat(Enumerable.Repeat("arXiv:", 170_000)) },
        { "1 MB of blank lines", new string('\n', 1_000_000) },
    };

    [Theory]
    [MemberData(nameof(Adversarial))]
    public async Task Adversarial_inputs_parse_without_blowing_up(string name, string text)
    {
        Digest digest = await Task.Run(() => DigestParser.Default.Parse(text, name)).WaitAsync(HangGuard);
        Assert.All(digest.Diagnostics, d => Assert.InRange(d.Span.End, 0, text.Length));
        Assert.True(digest.Diagnostics.Count < 10_000, $"{name}: {digest.Diagnostics.Count} diagnostics");
    }

    [Fact]
    public void A_hundred_thousand_numbered_lines_are_a_hundred_thousand_papers()
    {
        string text = string.Concat(Enumerable.Range(1, 100_000).Select(i => $"{i}. Paper {i}\n"));
        Assert.Equal(999, DigestParser.Default.Parse(text).Papers.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\r\n\t")]
    [InlineData("\0\0\0")]
    [InlineData("\uD800")]
    [InlineData("1.")]
    [InlineData("1.\n")]
    [InlineData("更多")]
    [InlineData("参考\n1、A")]
    [InlineData("1、A\n参考")]
    [InlineData("https://arxiv.org/abs/")]
    [InlineData("arxiv.org/abs/9999.99999")]
    [InlineData("1. A\nURL:")]
    [InlineData("1. A\n\\[ \\begin{align} x")]
    public void Odd_inputs_give_a_digest(string text)
    {
        Digest digest = DigestParser.Default.Parse(text);
        Assert.Equal(digest, DigestJson.Deserialize(DigestJson.Serialize(digest)));
    }

    [Fact]
    public void Empty_input_is_an_empty_digest_without_warnings()
    {
        Digest digest = DigestParser.Default.Parse(string.Empty);
        Assert.Empty(digest.Papers);
        Assert.Empty(digest.Diagnostics);
    }

    [Fact]
    public void Text_without_papers_gets_a_diagnostic()
    {
        Digest digest = DigestParser.Default.Parse("Just a note.");
        Assert.Contains(digest.Diagnostics, d => d.Code == DiagnosticCodes.NoPapers);
    }

    [Fact]
    public void Crlf_and_lf_give_the_same_papers()
    {
        string lf = TestPaths.ReadSeed("004_5ef4b813673723d6.txt").ReplaceLineEndings("\n");
        Digest a = DigestParser.Default.Parse(lf);
        Digest b = DigestParser.Default.Parse(lf.Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.Equal(a.Papers.Select(p => (p.Number, p.Title, p.TitleZh, p.Arxiv.Count, p.Formulas.Count, p.Sections.Count)), b.Papers.Select(p => (p.Number, p.Title, p.TitleZh, p.Arxiv.Count, p.Formulas.Count, p.Sections.Count)));
        Assert.Equal(a.Papers.SelectMany(p => p.Sections).Select(s => s.Text), b.Papers.SelectMany(p => p.Sections).Select(s => s.Text));
    }

    [Fact]
    public void One_parser_gives_the_same_results_from_many_threads()
    {
        string[] inputs = Directory.GetFiles(TestPaths.Seeds, "*.txt").Select(File.ReadAllText).ToArray();
        Digest[] expected = inputs.Select(t => DigestParser.Default.Parse(t)).ToArray();
        Parallel.For(0, 64, i => Assert.Equal(expected[i % inputs.Length], DigestParser.Default.Parse(inputs[i % inputs.Length])));
    }

    [Fact]
    public void Streams_and_readers_parse_like_strings()
    {
        string text = TestPaths.ReadSeed("000_004e18867ddb9edf.txt");
        Digest expected = DigestParser.Default.Parse(text, "seed");
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray());
        Assert.Equal(expected, DigestParser.Default.Parse(stream, "seed"));
        using var reader = new StringReader(text);
        Assert.Equal(expected, DigestParser.Default.Parse(reader, "seed"));
    }
}
