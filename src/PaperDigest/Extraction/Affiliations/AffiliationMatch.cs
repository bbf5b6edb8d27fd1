namespace PaperDigest.Extraction.Affiliations;

/// <summary>An institution found by <see cref="AffiliationScanner"/>. Offsets are relative to the scanned text.</summary>
/// <param name="Start">Offset of the name as written.</param>
/// <param name="Length">Length of the name as written.</param>
/// <param name="Name">The name as written (<c>麻省理工大学</c>).</param>
/// <param name="CanonicalName">The canonical English name from the gazetteer, or <see langword="null"/> for an unknown institution.</param>
/// <param name="Country">The ISO 3166-1 alpha-2 country code from the gazetteer, or <see langword="null"/>.</param>
internal readonly record struct AffiliationMatch(int Start, int Length, string Name, string? CanonicalName, string? Country);
