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
    // A match list that grew past this is not kept, so one huge input does not pin it to the thread.
    private const int MaxKeptCapacity = 1024;

    [ThreadStatic]
    private static List<AffiliationMatch>? t_matches;

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
        bool field = context.Scope == ExtractionScope.Field && context.FieldKind == FieldKind.Affiliation;
        if (!field && context.Scope is not (ExtractionScope.Body or ExtractionScope.PaperTitle))
        {
            return;
        }

        // The match list is kept per thread (taken while in use), so a call allocates only what it reports.
        List<AffiliationMatch> matches = t_matches ?? [];
        t_matches = null;
        try
        {
            if (field)
            {
                _scanner.ScanField(context.Text, matches);
            }
            else
            {
                _scanner.ScanProse(context.Text, matches);
            }

            foreach (AffiliationMatch match in matches)
            {
                context.Report(new Affiliation(match.Name, match.CanonicalName, match.Country, context.GetSpan(context.Start + match.Start, match.Length)));
            }
        }
        finally
        {
            if (matches.Capacity <= MaxKeptCapacity)
            {
                matches.Clear();
                t_matches = matches;
            }
        }
    }
}
