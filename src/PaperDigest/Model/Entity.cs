using PaperDigest.Text;

namespace PaperDigest.Model;

/// <summary>
/// Something an extractor found in the text, with its exact span: an arXiv reference, a link, a repository, a project
/// page, an affiliation, a formula, or a <see cref="CustomEntity"/> from a user's extractor.
/// </summary>
/// <remarks>Immutable, value-equal. Only the library defines subclasses; users report <see cref="CustomEntity"/>.</remarks>
public abstract record Entity
{
    private protected Entity(SourceSpan span) => Span = span;

    /// <summary>Gets where the entity was written in the input.</summary>
    public SourceSpan Span { get; init; }
}
