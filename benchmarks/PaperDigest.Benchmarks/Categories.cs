namespace PaperDigest.Benchmarks;

/// <summary>The benchmark categories (<c>--anyCategories</c> selects them).</summary>
public static class Categories
{
    /// <summary>What the library is compared with: the scan limit, UTF-8 decoding, naive regexes, Markdig.</summary>
    public const string Baseline = "Baseline";

    /// <summary>Whole parses.</summary>
    public const string Parse = "Parse";

    /// <summary>One pipeline stage alone.</summary>
    public const string Stage = "Stage";

    /// <summary>One extractor alone.</summary>
    public const string Extractor = "Extractor";

    /// <summary>JSON serialization of a parsed digest.</summary>
    public const string Json = "Json";

    /// <summary>Many documents.</summary>
    public const string Batch = "Batch";
}
