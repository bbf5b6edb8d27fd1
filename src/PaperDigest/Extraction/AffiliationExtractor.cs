using PaperDigest.Extraction.Affiliations;
using PaperDigest.Model;

namespace PaperDigest.Extraction;

/// <summary>
/// Finds the institutions behind a paper: in affiliation fields (<c>单位</c>, <c>机构</c>, <c>Affiliations</c>), split on
/// <c>、 , ; 和 与 及 &amp; and</c>; and in prose (<c>来自 X、Y 和 Z 的研究团队</c>, <c>X 研究团队提出了…</c>,
/// <c>researchers from X and Y</c>). Known institutions get their canonical English name and country from the built-in
/// gazetteer; unknown ones are still reported, with <see cref="Affiliation.Canonical"/> <see langword="null"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AffiliationExtractor : IEntityExtractor
{
    private readonly AffiliationScanner _scanner;

    /// <summary>Creates an extractor with the built-in gazetteer.</summary>
    public AffiliationExtractor()
        : this([])
    {
    }

    /// <summary>Creates an extractor with the built-in gazetteer plus <paramref name="extraEntries"/>, which win on conflicts.</summary>
    /// <param name="extraEntries">Institutions to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="extraEntries"/> is <see langword="null"/>.</exception>
    public AffiliationExtractor(IEnumerable<GazetteerEntry> extraEntries)
    {
        ArgumentNullException.ThrowIfNull(extraEntries);
        GazetteerEntry[] extra = [.. extraEntries];
        _scanner = new AffiliationScanner(extra.Length == 0 ? Gazetteer.Default : Gazetteer.Default.WithEntries(extra));
    }

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var matches = new List<AffiliationMatch>();
        switch (context.Scope)
        {
            case ExtractionScope.Field when context.FieldKind == FieldKind.Affiliation:
                _scanner.ScanField(context.Text, matches);
                break;
            case ExtractionScope.Body or ExtractionScope.PaperTitle:
                _scanner.ScanProse(context.Text, matches);
                break;
            default:
                return;
        }

        foreach (AffiliationMatch match in matches)
        {
            context.Report(new Affiliation(match.Name, match.CanonicalName, match.Country, context.GetSpan(context.Start + match.Start, match.Length)));
        }
    }
}
