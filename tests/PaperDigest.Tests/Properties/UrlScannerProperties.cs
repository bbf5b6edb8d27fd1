using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PaperDigest.Tests.Extraction.Links;

namespace PaperDigest.Tests.Properties;

/// <summary>
/// The optimized <see cref="PaperDigest.Extraction.Links.UrlScanner"/> finds exactly what the pre-optimization scanner
/// (<see cref="UrlScannerOracle"/>) finds: the same matches, spans and URIs, on URL-dense text, digest fragments and
/// arbitrary UTF-16. The number of tests comes from <see cref="PaperDigestPropertiesAttribute"/>
/// (<c>PAPERDIGEST_PROPERTY_MAXTEST</c> for nightly runs).
/// </summary>
[PaperDigestProperties(MaxTest = 1000)]
public class UrlScannerProperties
{
    [Property]
    public Property Scan_matches_the_oracle_on_url_dense_text(UrlText text) => Agrees(text.Value);

    [Property]
    public Property Scan_matches_the_oracle_on_digest_fragments(string text) => Agrees(text ?? string.Empty);

    [Property]
    public Property Scan_matches_the_oracle_on_arbitrary_utf16(Utf16Text text) => Agrees(text.Value);

    [Property(MaxTest = 200)]
    public Property Scan_matches_the_oracle_on_repeated_url_text(UrlText text, PositiveInt times)
    {
        // Repetition builds long runs of the same trigger, word or bracket.
        int count = Math.Min(times.Get, 200);
        return Agrees(string.Concat(Enumerable.Repeat(text.Value, count)));
    }

    private static Property Agrees(string text)
    {
        string? difference = UrlScannerEquivalence.FindDifference(text);
        return (difference is null).Label(difference ?? string.Empty);
    }
}
