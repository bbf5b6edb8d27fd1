using PaperDigest.Text;

namespace PaperDigest.Model;

/// <summary>An institution the paper's authors belong to.</summary>
/// <param name="Name">The name as written (<c>麻省理工大学</c>).</param>
/// <param name="Canonical">The canonical English name from the gazetteer (<c>Massachusetts Institute of Technology</c>), or <see langword="null"/> when unknown.</param>
/// <param name="Country">The ISO 3166-1 alpha-2 country code from the gazetteer, or <see langword="null"/>.</param>
/// <param name="Span">Where the name was written.</param>
public sealed record Affiliation(string Name, string? Canonical, string? Country, SourceSpan Span) : Entity(Span);
