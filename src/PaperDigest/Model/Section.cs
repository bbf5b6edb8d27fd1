using PaperDigest.Text;

namespace PaperDigest.Model;

/// <summary>A labelled part of a paper's summary (<c>动机</c>, <c>方法</c>, a short heading line) or an unlabelled paragraph run.</summary>
/// <param name="Label">The label or heading as written, without its colon; <see langword="null"/> for text before any label.</param>
/// <param name="Text">The section's paragraphs, trimmed and joined with <c>\n</c>.</param>
/// <param name="Span">From the label (or first paragraph) to the end of the last paragraph.</param>
public sealed record Section(string? Label, string Text, SourceSpan Span);
