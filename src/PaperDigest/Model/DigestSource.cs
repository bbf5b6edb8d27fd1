using PaperDigest.Text;

namespace PaperDigest.Model;

/// <summary>A source named in the digest's header (<c>出处: AI之势</c>, <c>文章来源:学术头条</c>).</summary>
/// <param name="Label">The label as written (<c>出处</c>).</param>
/// <param name="Name">The source's name (<c>AI之势</c>).</param>
/// <param name="Span">The label and value.</param>
public sealed record DigestSource(string Label, string Name, SourceSpan Span);
