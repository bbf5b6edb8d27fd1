using System.Text;
using BenchmarkDotNet.Attributes;
using Markdig;
using Markdig.Syntax;
using PaperDigest.Model;
using PaperDigest.Sections;
using PaperDigest.Serialization;
using PaperDigest.Tokenization;

namespace PaperDigest.Benchmarks;

/// <summary>
/// Every stage of the library and the baselines over the same inputs, in one class and one job so that the Ratio
/// column (time ÷ the scan limit's time for the same input) holds on a noisy machine.
/// </summary>
/// <remarks>
/// The <c>ParseOnly*</c> benchmarks run a parser built with the other three extractors removed, so they include the
/// structure cost (<see cref="ParseStructureOnly"/>); the <c>Scan*</c> benchmarks run one extractor over the whole text
/// as a single block through <see cref="EntityScanner.Scan(string, DigestParser)"/>, with no structure.
/// </remarks>
[Config(typeof(BenchmarkConfig))]
public class ThroughputBenchmarks
{
    private readonly MemoryStream _json = new();
    private string _text = string.Empty;
    private byte[] _utf8 = [];
    private Digest _digest = null!;

    /// <summary>Gets or sets the input.</summary>
    [ParamsSource(nameof(Inputs))]
    public BenchmarkInput Input { get; set; } = null!;

    /// <summary>Gets the inputs.</summary>
    /// <returns>The seeds, the corpora and the adversarial inputs.</returns>
    public static IEnumerable<BenchmarkInput> Inputs() => InputCatalog.All();

    /// <summary>Builds the input.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = Input.Text;
        _utf8 = Input.Utf8Bytes;
    }

    /// <summary>
    /// Builds the input and checks that every parse path agrees on its paper count (<see cref="Agreement"/>); it runs
    /// before <see cref="Parse"/>, which every input has, so each run checks each input once.
    /// </summary>
    [GlobalSetup(Target = nameof(Parse))]
    public void SetupAndVerify()
    {
        Setup();
        Agreement.Verify(Input);
    }

    /// <summary>Builds the input and parses it for the JSON benchmarks.</summary>
    [GlobalSetup(Targets = [nameof(JsonString), nameof(JsonStream)])]
    public void SetupJson()
    {
        Setup();
        _digest = DigestParser.Default.Parse(_text);
    }

    /// <summary>Baseline: one <c>IndexOfAny</c> pass counting the structural characters.</summary>
    /// <returns>The count.</returns>
    [Benchmark(Baseline = true), BenchmarkCategory(Categories.Baseline)]
    public int ScanLimit() => Benchmarks.ScanLimit.Count(_text);

    /// <summary>Baseline: decoding the UTF-8 bytes into a string.</summary>
    /// <returns>The string.</returns>
    [Benchmark, BenchmarkCategory(Categories.Baseline)]
    public string Utf8Decode() => Encoding.UTF8.GetString(_utf8);

    /// <summary>Baseline: the regular expressions a user would write (<see cref="NaiveExtractor"/>).</summary>
    /// <returns>The matches.</returns>
    [Benchmark, BenchmarkCategory(Categories.Baseline)]
    public NaiveResult NaiveRegex() => NaiveExtractor.Extract(_text);

    /// <summary>Baseline: Markdig's CommonMark parse of the same text.</summary>
    /// <returns>The Markdown syntax tree.</returns>
    [Benchmark, BenchmarkCategory(Categories.Baseline)]
    public MarkdownDocument Markdig() => Markdown.Parse(_text);

    /// <summary>The full parse with all built-in extractors.</summary>
    /// <returns>The digest.</returns>
    [Benchmark, BenchmarkCategory(Categories.Parse)]
    public Digest Parse() => DigestParser.Default.Parse(_text);

    /// <summary>Structure only: a parser with no extractor (section detection and model assembly).</summary>
    /// <returns>The digest.</returns>
    [Benchmark, BenchmarkCategory(Categories.Parse)]
    public Digest ParseStructureOnly() => Parsers.StructureOnly.Parse(_text);

    /// <summary>The tokenizer alone, counting tokens.</summary>
    /// <returns>The token count.</returns>
    [Benchmark, BenchmarkCategory(Categories.Stage)]
    public int Tokenize()
    {
        int count = 0;
        foreach (Token token in Tokenizer.Enumerate(_text))
        {
            _ = token;
            count++;
        }

        return count;
    }

    /// <summary>Section detection alone.</summary>
    /// <returns>The outline.</returns>
    [Benchmark, BenchmarkCategory(Categories.Stage)]
    public DigestOutline DetectSections() => SectionDetector.Default.Detect(_text);

    /// <summary>Structure plus the arXiv extractor.</summary>
    /// <returns>The digest.</returns>
    [Benchmark, BenchmarkCategory(Categories.Extractor)]
    public Digest ParseOnlyArxiv() => Parsers.ArxivOnly.Parse(_text);

    /// <summary>Structure plus the link extractor.</summary>
    /// <returns>The digest.</returns>
    [Benchmark, BenchmarkCategory(Categories.Extractor)]
    public Digest ParseOnlyLinks() => Parsers.LinksOnly.Parse(_text);

    /// <summary>Structure plus the affiliation extractor.</summary>
    /// <returns>The digest.</returns>
    [Benchmark, BenchmarkCategory(Categories.Extractor)]
    public Digest ParseOnlyAffiliations() => Parsers.AffiliationsOnly.Parse(_text);

    /// <summary>Structure plus the formula extractor.</summary>
    /// <returns>The digest.</returns>
    [Benchmark, BenchmarkCategory(Categories.Extractor)]
    public Digest ParseOnlyFormulas() => Parsers.FormulasOnly.Parse(_text);

    /// <summary>The arXiv extractor over the whole text as one block.</summary>
    /// <returns>The entities.</returns>
    [Benchmark, BenchmarkCategory(Categories.Extractor)]
    public int ScanArxiv() => EntityScanner.Scan(_text, Parsers.ArxivOnly).Length;

    /// <summary>The link extractor over the whole text as one block.</summary>
    /// <returns>The entity count.</returns>
    [Benchmark, BenchmarkCategory(Categories.Extractor)]
    public int ScanLinks() => EntityScanner.Scan(_text, Parsers.LinksOnly).Length;

    /// <summary>The affiliation extractor over the whole text as one block.</summary>
    /// <returns>The entity count.</returns>
    [Benchmark, BenchmarkCategory(Categories.Extractor)]
    public int ScanAffiliations() => EntityScanner.Scan(_text, Parsers.AffiliationsOnly).Length;

    /// <summary>The formula extractor over the whole text as one block.</summary>
    /// <returns>The entity count.</returns>
    [Benchmark, BenchmarkCategory(Categories.Extractor)]
    public int ScanFormulas() => EntityScanner.Scan(_text, Parsers.FormulasOnly).Length;

    /// <summary>The parsed digest serialized to a compact JSON string.</summary>
    /// <returns>The JSON.</returns>
    [Benchmark, BenchmarkCategory(Categories.Json)]
    public string JsonString() => DigestJson.Serialize(_digest, indented: false);

    /// <summary>The parsed digest serialized as UTF-8 JSON to a reused memory stream.</summary>
    /// <returns>The number of bytes written.</returns>
    [Benchmark, BenchmarkCategory(Categories.Json)]
    public long JsonStream()
    {
        _json.SetLength(0);
        DigestJson.Serialize(_json, _digest, indented: false);
        return _json.Length;
    }
}
