using PaperDigest.Text;

namespace PaperDigest.Model;

/// <summary>A named group of papers whose numbering restarts (<c>更多</c>, a Markdown heading, <c>其他论文</c>).</summary>
/// <param name="Name">The group name as written.</param>
/// <param name="Span">The group's heading line.</param>
public sealed record PaperGroup(string Name, SourceSpan Span);
