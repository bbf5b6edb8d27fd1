using System.Text;
using Xunit;

namespace PaperDigest.Tests.Extraction.Links;

/// <summary>
/// Differential tests of <see cref="PaperDigest.Extraction.Links.UrlScanner"/> against the pre-optimization scanner
/// (<see cref="UrlScannerOracle"/>): every seed and corpus file (whole, line by line and from every offset of a
/// window), adversarial megabyte inputs, seeded random text over the trigger characters, and every short sequence of
/// URL tokens.
/// </summary>
public sealed class UrlScannerEquivalenceTests
{
    private const int OneMegabyte = 1 << 20;

    public static TheoryData<string> CorpusFiles() => new(CorpusFilePaths());

    private static IEnumerable<string> CorpusFilePaths() =>
        new[] { TestPaths.Seeds, Path.Combine(TestPaths.RepositoryRoot, "tests", "Corpus") }
            .SelectMany(folder => Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            .Select(file => Path.GetRelativePath(TestPaths.RepositoryRoot, file));

    public static TheoryData<string, string> AdversarialInputs() => new()
    {
        { "http://", Repeat("http://", OneMegabyte) },
        { "HTTPS://", Repeat("HTTPS://", OneMegabyte) },
        { "://", Repeat("://", OneMegabyte) },
        { ":", new string(':', OneMegabyte) },
        { "dots", new string('.', OneMegabyte) },
        { "slashes", new string('/', OneMegabyte) },
        { "[", new string('[', OneMegabyte) },
        { "<", new string('<', OneMegabyte) },
        { "[a](", Repeat("[a](", OneMegabyte) },
        { "www.", Repeat("www.", OneMegabyte) },
        { "a.github.io", Repeat("a.github.io", OneMegabyte) },
        { "a.", Repeat("a.", OneMegabyte) },
        { "a. ", Repeat("a. ", OneMegabyte) },
        { ".a", Repeat(".a", OneMegabyte) },
        { "-.", Repeat("-.", OneMegabyte) },
        { "word ", Repeat("word ", OneMegabyte) },
        { "a: ", Repeat("a: ", OneMegabyte) },
        { "http: ", Repeat("http: ", OneMegabyte) },
        { "httphttp://", Repeat("httphttp://", OneMegabyte) },
        { "glued", Repeat("https://a.com/x", OneMegabyte) },
        { "github.com/", Repeat("github.com/", OneMegabyte) },
        { "long URL", "见 https://example.com/" + new string('a', OneMegabyte) + "。" },
        { "long word", new string('a', OneMegabyte) + "://x.com" },
        { "long host", "github." + new string('a', OneMegabyte) + ".com/a/b" },
        { "close parentheses", "(https://example.com/" + new string(')', OneMegabyte) },
        { "open parentheses", Repeat("[a](http://x.com/(", OneMegabyte) },
        { "unclosed titles", Repeat("[a](https://x.com/ \"t ", OneMegabyte) },
        { "markdown in URL", "https://x.com/" + Repeat("[a](b", OneMegabyte) },
        { "single line", Repeat("论文链接:https://arxiv.org/abs/2404.08634 代码 github.com/a/b, see www.x.org. ", OneMegabyte) },
    };

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void AgreesWithTheOracleOnCorpusFiles(string relativePath)
    {
        string text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, relativePath));
        Assert.Null(UrlScannerEquivalence.FindDifference(text));
        foreach (string line in text.Split('\n'))
        {
            Assert.Null(UrlScannerEquivalence.FindDifference(line));
        }

        // Every start offset within a window of the text (inside words, URLs and Markdown links), to the end.
        int step = Math.Max(1, text.Length / 64);
        for (int start = 0; start < text.Length; start += step)
        {
            for (int offset = start; offset < Math.Min(text.Length, start + 12); offset++)
            {
                string? difference = UrlScannerEquivalence.FindDifference(text[offset..Math.Min(text.Length, offset + 4096)]);
                Assert.True(difference is null, $"{relativePath} from {offset}: {difference}");
            }
        }
    }

    [Fact]
    public void CorpusHasFilesWithUrls()
    {
        var files = CorpusFilePaths().ToList();
        Assert.True(files.Count >= 20);
        int matches = 0;
        foreach (string file in files)
        {
            var results = new List<PaperDigest.Extraction.Links.UrlMatch>();
            PaperDigest.Extraction.Links.UrlScanner.Scan(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, file)), results);
            matches += results.Count;
        }

        Assert.True(matches > 100, $"only {matches} URLs in the corpus");
    }

    [Theory]
    [MemberData(nameof(AdversarialInputs))]
    public void AgreesWithTheOracleOnAdversarialInputs(string name, string text)
    {
        string? difference = UrlScannerEquivalence.FindDifference(text);
        Assert.True(difference is null, $"{name}: {difference}");
    }

    [Theory]
    [InlineData(1, "ahtp:/.-[]()<> \"'")]
    [InlineData(2, "aw.:/-[](<>) 中")]
    [InlineData(3, "htps:/.gio[]()<>!\"' \n")]
    public void AgreesWithTheOracleOnRandomTextOverTriggerCharacters(int seed, string alphabet)
    {
        var random = new Random(seed);
        for (int round = 0; round < 200; round++)
        {
            var builder = new StringBuilder();
            int length = random.Next(1, 2000);
            while (builder.Length < length)
            {
                if (random.Next(8) == 0)
                {
                    builder.Append(Tokens[random.Next(Tokens.Length)]);
                }
                else
                {
                    builder.Append(alphabet[random.Next(alphabet.Length)]);
                }
            }

            string text = builder.ToString();
            string? difference = UrlScannerEquivalence.FindDifference(text);
            Assert.True(difference is null, $"seed {seed} round {round} \"{text}\": {difference}");
        }
    }

    [Fact]
    public void AgreesWithTheOracleOnEveryShortTokenSequence()
    {
        int checkedCount = 0;
        var buffer = new string[4];
        for (int length = 1; length <= buffer.Length; length++)
        {
            int total = (int)Math.Pow(Tokens.Length, length);
            for (int n = 0; n < total; n++)
            {
                int rest = n;
                for (int k = 0; k < length; k++)
                {
                    buffer[k] = Tokens[rest % Tokens.Length];
                    rest /= Tokens.Length;
                }

                string text = string.Concat(buffer.AsSpan(0, length));
                string? difference = UrlScannerEquivalence.FindDifference(text);
                Assert.True(difference is null, $"\"{text}\": {difference}");
                checkedCount++;
            }
        }

        Assert.True(checkedCount > 50_000);
    }

    [Fact]
    public void TheEquivalenceCheckSeesADifference()
    {
        // A text where the two scanners must agree on a real URL: the check reports matches, not only their count.
        const string text = "见 [代码](https://github.com/a/b) 与 www.example.com/x。";
        Assert.Null(UrlScannerEquivalence.FindDifference(text));
        var results = new List<PaperDigest.Extraction.Links.UrlMatch>();
        UrlScannerOracle.Scan(text, results);
        Assert.Equal(2, results.Count);
    }

    private static readonly string[] Tokens =
    [
        "a", "http", "https", "://", ":", "/", ".", "-", "www.", "github.io", "com", "github.com/", " ", "[", "](", ")", "<", ">", "!", "中",
    ];

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }
}
