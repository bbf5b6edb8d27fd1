namespace PaperDigest.Tests.Properties.Generation;

/// <summary>
/// An arXiv identifier (without version) and how it is written: 0 abstract URL, 1 <c>arXiv:ID</c>, 2 PDF URL,
/// 3 Markdown link, 4 bare ID in a paper field, 5 <c>arXiv:ID</c> in prose, 6 a Hugging Face papers page.
/// </summary>
public sealed record ArxivSpec(string Id, int? Version, int Form, int Label);
