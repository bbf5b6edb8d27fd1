namespace PaperDigest.Benchmarks;

/// <summary>The matches of <see cref="NaiveExtractor"/>, by kind.</summary>
public sealed class NaiveResult
{
    /// <summary>Gets the arXiv IDs.</summary>
    public List<string> ArxivIds { get; } = [];

    /// <summary>Gets the GitHub repositories as <c>owner/name</c>.</summary>
    public List<string> Repositories { get; } = [];

    /// <summary>Gets the URLs.</summary>
    public List<string> Urls { get; } = [];

    /// <summary>Gets the formulas with their delimiters.</summary>
    public List<string> Formulas { get; } = [];

    /// <summary>Gets the titles of numbered lines.</summary>
    public List<string> Headings { get; } = [];
}
