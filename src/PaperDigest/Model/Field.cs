using PaperDigest.Text;

namespace PaperDigest.Model;

/// <summary>A labelled field line of a paper (<c>论文链接: …</c>, <c>Official Code:</c>, <c>单位丨…</c>).</summary>
/// <param name="Label">The label as written.</param>
/// <param name="Value">The value, trimmed; empty when nothing follows the separator.</param>
/// <param name="Kind">What the label means.</param>
/// <param name="Span">The whole field line.</param>
public sealed record Field(string Label, string Value, FieldKind Kind, SourceSpan Span);
