using FsCheck.Fluent;
using PaperDigest.Model;
using PaperDigest.Serialization;
using PaperDigest.Tests.Extraction;
using PaperDigest.Tests.Properties.Generation;
using PaperDigest.Tokenization;
using Xunit;

namespace PaperDigest.Tests;

/// <summary>The parser is total and linear on hostile input; a hang guard, not a timing assertion.</summary>
public class ParserRobustnessTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private const int Megabyte = 1_000_000;

    /// <summary>Hostile inputs by name; each is built when its test runs, so discovery stays small.</summary>
    private static readonly Dictionary<string, Func<string>> AdversarialInputs = new(StringComparer.Ordinal)
    {
        ["1 MB of \\("] = () => Repeat(@"\("),
        ["1 MB of {"] = () => new string('{', Megabyte),
        ["1 MB of $"] = () => new string('$', Megabyte),
        ["1 MB of 1.\\n"] = () => Repeat("1.\n"),
        ["1 MB of http://"] = () => Repeat("http://"),
        ["1 MB of 【"] = () => new string('【', Megabyte),
        ["1 MB single line"] = () => Repeat("论文链接 arXiv:2404.08634 https://github.com/a/b \\(x\\) "),
        ["100k numbered lines"] = () => string.Concat(Enumerable.Range(1, 100_000).Select(i => $"{i}. Paper {i}\n")),
        ["nested begin"] = () => string.Concat(Enumerable.Repeat(@"\begin{align}", 20_000)) + string.Concat(Enumerable.Repeat(@"\end{align}", 20_000)),
        ["deeply nested begin of every environment"] = () => Repeat(@"\begin{equation}\begin{align}\begin{gather*}"),
        ["unclosed begin inside a paper"] = () => "1. A\n" + Repeat(@"\begin{equation} x "),
        ["1 MB of arXiv:"] = () => Repeat("arXiv:"),
        ["1 MB of arXiv:2404."] = () => Repeat("arXiv:2404."),
        ["1 MB of arxiv.org/abs/"] = () => Repeat("https://arxiv.org/abs/"),
        ["1 MB of blank lines"] = () => new string('\n', Megabyte),
        ["1 MB of CR"] = () => new string('\r', Megabyte),
        ["1 MB of |"] = () => new string('|', Megabyte),
        ["1 MB of 丨"] = () => new string('丨', Megabyte),
        ["1 MB of : after a label"] = () => "1. A\n论文链接" + new string(':', Megabyte),
        ["1 MB of ： after a label"] = () => "1. A\n单位" + new string('：', Megabyte),
        ["1 MB of 《"] = () => new string('《', Megabyte),
        ["1 MB of 《 in a paper"] = () => "1. A\n" + new string('《', Megabyte),
        ["1 MB of \\"] = () => new string('\\', Megabyte),
        ["1 MB of \\left("] = () => "1. A\n" + Repeat(@"\left("),
        ["1 MB of *"] = () => new string('*', Megabyte),
        ["1 MB of #"] = () => new string('#', Megabyte),
        ["1 MB of bullets"] = () => Repeat("- "),
        ["1 MB of [a]("] = () => "1. A\n" + Repeat("[a]("),
        ["1 MB of parentheses in a URL"] = () => "1. A\n代码: https://github.com/a/b" + new string('(', Megabyte),
        ["1 MB URL"] = () => "1. A\n代码: https://github.com/a/" + new string('b', Megabyte),
        ["1 MB host"] = () => "1. A\nhttps://" + Repeat("a.") + "com",
        ["1 MB of github.com/"] = () => "1. A\n" + Repeat("github.com/"),
        ["1 MB of .github.io"] = () => "1. A\n" + Repeat("a.github.io"),
        ["1 MB of 来自"] = () => "1. A\n" + Repeat("来自"),
        ["1 MB of researchers from"] = () => "1. A\n" + Repeat("researchers from University "),
        ["1 MB affiliation field"] = () => "1. A\n单位:" + Repeat("清华大学、"),
        ["1 MB of and in an affiliation field"] = () => "1. A\nAffiliations: " + Repeat("University of Science and "),
        ["1 MB of dates in the header"] = () => Repeat("2024-04-20 "),
        ["1 MB of ads"] = () => "1. A\n" + Repeat("扫描下方二维码,加入交流群\n"),
        ["100k groups"] = () => Repeat("更多\n1、A\n"),
        ["100k section labels"] = () => "1. A\n" + Repeat("动机:\n"),
        ["1 MB of CJK in one line"] = () => new string('论', Megabyte),
        ["1 MB of emoji"] = () => Repeat("📄"),
        ["1 MB of lone surrogates"] = () => new string('\uD800', Megabyte),
        ["1 MB of NUL"] = () => new string('\0', Megabyte),
        ["1 MB of circled numbers"] = () => Repeat("①"),
    };

    public static TheoryData<string> Adversarial() => [.. AdversarialInputs.Keys];

    [Theory]
    [MemberData(nameof(Adversarial))]
    public async Task Adversarial_inputs_parse_without_blowing_up(string name)
    {
        string text = AdversarialInputs[name]();
        Digest digest = await Task.Run(() => DigestParser.Default.Parse(text, name)).WaitAsync(HangGuard);
        Assert.All(digest.Diagnostics, d => Assert.InRange(d.Span.End, 0, text.Length));
        Assert.DoesNotContain(digest.Diagnostics, d => d.Code == DiagnosticCodes.ExtractorFailed);
        Assert.All(digest.Papers, p => Assert.InRange(p.Span.End, p.Span.Start, text.Length));
        Assert.True(digest.Diagnostics.Count < 10_000, $"{name}: {digest.Diagnostics.Count} diagnostics");
    }

    [Theory]
    [MemberData(nameof(Adversarial))]
    public async Task Adversarial_inputs_tokenize_losslessly(string name)
    {
        string text = AdversarialInputs[name]();
        int end = await Task.Run(() =>
        {
            int position = 0;
            foreach (Token token in Tokenizer.Enumerate(text))
            {
                Assert.Equal(position, token.Start);
                position = token.End;
            }

            return position;
        }).WaitAsync(HangGuard);
        Assert.True(end == text.Length, name);
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

    /// <summary>
    /// One parser with a custom extractor, shared by threads that all start together, over seeds and generated digests
    /// of every convention: every result equals the sequential one.
    /// </summary>
    [Fact]
    public void One_parser_with_custom_extractors_gives_the_same_results_from_many_threads_at_once()
    {
        DigestParser parser = new DigestParserBuilder().AddExtractor(new DoiExtractor()).Build();
        string[] inputs =
        [
            .. Directory.GetFiles(TestPaths.Seeds, "*.txt").Select(File.ReadAllText),
            .. DigestSpecGen.Digest.Sample(40, 30).Select(spec => DigestRenderer.Render(spec).Text + "\nDOI: 10.18653/v1/2023.acl-long.1\n"),
        ];
        Digest[] expected = inputs.Select(t => parser.Parse(t)).ToArray();
        const int Threads = 8;
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var start = new Barrier(Threads);
        Thread[] threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (int i = 0; i < inputs.Length; i++)
            {
                int index = (i + (t * 7)) % inputs.Length;
                if (parser.Parse(inputs[index]) != expected[index])
                {
                    failures.Add($"thread {t}, input {index}");
                }
            }
        })).ToArray();
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        Assert.Empty(failures);
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

    private static string Repeat(string piece) => string.Concat(Enumerable.Repeat(piece, Math.Max(1, Megabyte / piece.Length)));
}
