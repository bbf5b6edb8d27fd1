using PaperDigest.Model;

namespace PaperDigest.Adapters.Tests;

/// <summary>Parsers and helpers shared by the tests.</summary>
internal static class Parsers
{
    /// <summary>Both adapters registered, format detected from the content.</summary>
    internal static readonly DigestParser Auto = new DigestParserBuilder().UseHtml().UseMarkdown().Build();

    /// <summary>Every link of a digest: the papers' and the digest's own.</summary>
    internal static IEnumerable<Link> AllLinks(Digest digest) => digest.Papers.SelectMany(p => p.Links).Concat(digest.Links);

    /// <summary>Every arXiv reference of a digest.</summary>
    internal static IEnumerable<ArxivReference> AllArxiv(Digest digest) => digest.Papers.SelectMany(p => p.Arxiv);
}
