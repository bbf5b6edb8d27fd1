using System.Text.Json.Serialization;
using PaperDigest.Serialization;
using PaperDigest.Text;

namespace PaperDigest.Model;

/// <summary>An arXiv identifier found in the text (in a link, an <c>arXiv:</c> reference or an arXiv field).</summary>
/// <remarks>JSON: <c>{"id": "2404.08634", "version": 2, "url": "https://arxiv.org/abs/2404.08634", "span": …}</c>.</remarks>
[JsonConverter(typeof(ArxivReferenceJsonConverter))]
public sealed record ArxivReference : Entity
{
    /// <summary>Creates a reference.</summary>
    /// <param name="id">The identifier, with its version when one was written.</param>
    /// <param name="span">Where it was written.</param>
    public ArxivReference(ArxivId id, SourceSpan span)
        : base(span) => Id = id;

    /// <summary>Gets the identifier, with its version when one was written.</summary>
    public ArxivId Id { get; init; }

    /// <summary>Gets the written version, or <see langword="null"/>.</summary>
    public int? Version => Id.Version;

    /// <summary>Gets the canonical abstract page (without version).</summary>
    public string Url => Id.AbsUrl.ToString();
}
