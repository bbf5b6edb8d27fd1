namespace PaperDigest.Tests.Properties.Generation;

/// <summary>
/// A GitHub repository and how it is written: 0 URL in a code field, 1 scheme-less, 2 Markdown <c>[代码](url)</c> in the
/// field, 3 URL with <c>/tree/main</c>, 4 URL with <c>.git</c>, 5 Markdown link in a prose line, 6 autolink
/// <c>&lt;url&gt;</c>, 7 URL followed by Chinese text (<c>…，欢迎 star</c>).
/// </summary>
public sealed record RepositorySpec(string Owner, string Name, int Form, int Label);
