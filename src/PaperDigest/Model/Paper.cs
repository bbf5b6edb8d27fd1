using System.Text.Json.Serialization;
using PaperDigest.Serialization;
using PaperDigest.Text;

namespace PaperDigest.Model;

/// <summary>One numbered paper entry of a digest, with everything found in it.</summary>
/// <remarks>Immutable and value-equal (collections compare by content). Entities keep the order they were written in.</remarks>
public sealed record Paper
{
    /// <summary>Gets the entry's number as an integer (<c>①</c> → 1).</summary>
    public required int Number { get; init; }

    /// <summary>Gets the number marker as written (<c>1.</c>, <c>1、</c>, <c>【1】</c>, <c>①</c>).</summary>
    public required string NumberText { get; init; }

    /// <summary>Gets the name of the group the entry belongs to (<c>更多</c>), or <see langword="null"/> for the first, unnamed group.</summary>
    public string? Group { get; init; }

    /// <summary>Gets the English title, or <see langword="null"/>.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the Chinese title, or <see langword="null"/>.</summary>
    public string? TitleZh { get; init; }

    /// <summary>Gets the short name the heading gives before its colon (<c>Megalodon</c>, <c>MoA</c>), or <see langword="null"/>.</summary>
    public string? ShortName { get; init; }

    /// <summary>Gets the arXiv identifiers, first mention of each.</summary>
    [JsonConverter(typeof(EquatableArrayJsonConverter<ArxivReference>))]
    public EquatableArray<ArxivReference> Arxiv { get; init; }

    /// <summary>Gets the code repositories, first mention of each.</summary>
    [JsonConverter(typeof(EquatableArrayJsonConverter<Repository>))]
    public EquatableArray<Repository> Repositories { get; init; }

    /// <summary>Gets the project pages, first mention of each.</summary>
    [JsonConverter(typeof(EquatableArrayJsonConverter<ProjectPage>))]
    public EquatableArray<ProjectPage> ProjectPages { get; init; }

    /// <summary>Gets every link of the entry, with its label and kind, in text order.</summary>
    [JsonConverter(typeof(EquatableArrayJsonConverter<Link>))]
    public EquatableArray<Link> Links { get; init; }

    /// <summary>Gets the affiliations, first mention of each.</summary>
    [JsonConverter(typeof(EquatableArrayJsonConverter<Affiliation>))]
    public EquatableArray<Affiliation> Affiliations { get; init; }

    /// <summary>Gets the LaTeX formulas in text order.</summary>
    [JsonConverter(typeof(EquatableArrayJsonConverter<Formula>))]
    public EquatableArray<Formula> Formulas { get; init; }

    /// <summary>Gets the summary sections in text order.</summary>
    [JsonConverter(typeof(EquatableArrayJsonConverter<Section>))]
    public EquatableArray<Section> Sections { get; init; }

    /// <summary>Gets the labelled field lines in text order.</summary>
    [JsonConverter(typeof(EquatableArrayJsonConverter<Field>))]
    public EquatableArray<Field> Fields { get; init; }

    /// <summary>Gets the entities reported by custom extractors, in text order.</summary>
    [JsonConverter(typeof(EquatableArrayJsonConverter<CustomEntity>))]
    public EquatableArray<CustomEntity> Entities { get; init; }

    /// <summary>Gets the heading line (number and title).</summary>
    public SourceSpan HeadingSpan { get; init; }

    /// <summary>Gets the whole entry, from its heading to its last line.</summary>
    public SourceSpan Span { get; init; }
}
