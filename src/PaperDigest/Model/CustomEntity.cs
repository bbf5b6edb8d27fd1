using PaperDigest.Text;

namespace PaperDigest.Model;

/// <summary>An entity reported by a user's extractor (a DOI, a dataset name, a venue…).</summary>
/// <param name="Kind">The entity kind, chosen by the extractor (for example <c>doi</c>); lower-case by convention.</param>
/// <param name="Text">The text as written.</param>
/// <param name="Value">A normalized value, or <see langword="null"/>.</param>
/// <param name="Span">Where it was written.</param>
public sealed record CustomEntity(string Kind, string Text, string? Value, SourceSpan Span) : Entity(Span);
