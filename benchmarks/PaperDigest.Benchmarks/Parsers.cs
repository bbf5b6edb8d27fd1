using PaperDigest.Extraction;

namespace PaperDigest.Benchmarks;

/// <summary>The parsers the benchmarks compare: the default one, one per built-in extractor, and one with none.</summary>
public static class Parsers
{
    /// <summary>Gets a parser with the arXiv extractor only.</summary>
    public static DigestParser ArxivOnly { get; } = new DigestParserBuilder()
        .Remove<LinkExtractor>().Remove<AffiliationExtractor>().Remove<FormulaExtractor>().Build();

    /// <summary>Gets a parser with the link extractor only.</summary>
    public static DigestParser LinksOnly { get; } = new DigestParserBuilder()
        .Remove<ArxivExtractor>().Remove<AffiliationExtractor>().Remove<FormulaExtractor>().Build();

    /// <summary>Gets a parser with the affiliation extractor only.</summary>
    public static DigestParser AffiliationsOnly { get; } = new DigestParserBuilder()
        .Remove<ArxivExtractor>().Remove<LinkExtractor>().Remove<FormulaExtractor>().Build();

    /// <summary>Gets a parser with the formula extractor only.</summary>
    public static DigestParser FormulasOnly { get; } = new DigestParserBuilder()
        .Remove<ArxivExtractor>().Remove<LinkExtractor>().Remove<AffiliationExtractor>().Build();

    /// <summary>Gets a parser with no extractor: section detection and model assembly only.</summary>
    public static DigestParser StructureOnly { get; } = new DigestParserBuilder()
        .Remove<ArxivExtractor>().Remove<LinkExtractor>().Remove<AffiliationExtractor>().Remove<FormulaExtractor>().Build();

    /// <summary>Gets every parser whose paper count must agree with <see cref="DigestParser.Default"/>, by name.</summary>
    public static IReadOnlyList<(string Name, DigestParser Parser)> All { get; } =
    [
        ("default", DigestParser.Default),
        ("arxiv-only", ArxivOnly),
        ("links-only", LinksOnly),
        ("affiliations-only", AffiliationsOnly),
        ("formulas-only", FormulasOnly),
        ("structure-only", StructureOnly),
    ];
}
