using PaperDigest.Text;

namespace PaperDigest.Model;

/// <summary>A project page (a <c>*.github.io</c> site, a lab or personal page) found in the text.</summary>
/// <param name="Url">The normalized URL.</param>
/// <param name="Span">Where the URL was written.</param>
public sealed record ProjectPage(string Url, SourceSpan Span) : Entity(Span);
