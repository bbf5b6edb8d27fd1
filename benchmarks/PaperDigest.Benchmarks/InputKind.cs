namespace PaperDigest.Benchmarks;

/// <summary>The kinds of benchmark input.</summary>
public enum InputKind
{
    /// <summary>One seed digest as it is in seeds/.</summary>
    Seed,

    /// <summary>Many varied digests concatenated into one document.</summary>
    Corpus,

    /// <summary>A pathological input (one delimiter repeated, one huge line, very many entries).</summary>
    Adversarial,
}
