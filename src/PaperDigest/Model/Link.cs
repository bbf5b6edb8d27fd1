using PaperDigest.Text;

namespace PaperDigest.Model;

/// <summary>A URL found in the text, with the label it was written under and its kind (classified by URL, not label).</summary>
/// <param name="Label">The field label or Markdown link text, as written; <see langword="null"/> for a bare URL in prose.</param>
/// <param name="Url">The normalized URL.</param>
/// <param name="Kind">What the URL points at.</param>
/// <param name="Span">Where the URL was written.</param>
public sealed record Link(string? Label, string Url, LinkKind Kind, SourceSpan Span) : Entity(Span);
