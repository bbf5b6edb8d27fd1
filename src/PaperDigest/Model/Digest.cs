using System.Text.Json.Serialization;
using PaperDigest.Serialization;
using PaperDigest.Text;

namespace PaperDigest.Model;

/// <summary>A parsed digest article: its header, its papers in order, its footer and the diagnostics found on the way.</summary>
/// <remarks>Immutable, value-equal and thread-safe. Every element carries the <see cref="SourceSpan"/> it was read from.</remarks>
public sealed record Digest
{
    /// <summary>Gets the name the caller gave the input (a file name), or <see langword="null"/>.</summary>
    public string? SourceName { get; init; }

    /// <summary>Gets the digest's title (<c>论文速递</c>), or <see langword="null"/>.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the publication date and time written in the header (local time as written), or <see langword="null"/>.</summary>
    public DateTime? PublishedAt { get; init; }

    /// <summary>Gets the sources named in the header.</summary>
    [JsonConverter(typeof(EquatableArrayJsonConverter<DigestSource>))]
    public EquatableArray<DigestSource> Sources { get; init; }

    /// <summary>Gets the header's introduction text, or <see langword="null"/>.</summary>
    public Section? Intro { get; init; }

    /// <summary>Gets the named groups, in order.</summary>
    [JsonConverter(typeof(EquatableArrayJsonConverter<PaperGroup>))]
    public EquatableArray<PaperGroup> Groups { get; init; }

    /// <summary>Gets the papers in the order they appear.</summary>
    [JsonConverter(typeof(EquatableArrayJsonConverter<Paper>))]
    public EquatableArray<Paper> Papers { get; init; }

    /// <summary>Gets the footer, or <see langword="null"/>.</summary>
    public Footer? Footer { get; init; }

    /// <summary>Gets the links of the header and footer (they belong to the digest, never to a paper).</summary>
    [JsonConverter(typeof(EquatableArrayJsonConverter<Link>))]
    public EquatableArray<Link> Links { get; init; }

    /// <summary>Gets the entities custom extractors reported outside any paper.</summary>
    [JsonConverter(typeof(EquatableArrayJsonConverter<CustomEntity>))]
    public EquatableArray<CustomEntity> Entities { get; init; }

    /// <summary>Gets what the parser and extractors noticed, in text order.</summary>
    [JsonConverter(typeof(EquatableArrayJsonConverter<Diagnostic>))]
    public EquatableArray<Diagnostic> Diagnostics { get; init; }
}
