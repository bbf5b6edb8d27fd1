using PaperDigest.Extraction.Links;

namespace PaperDigest.Tests.Extraction.Links;

/// <summary>Runs <see cref="UrlScanner"/> and <see cref="UrlScannerOracle"/> on the same text and compares their
/// matches (every offset and length) and the <see cref="Uri"/> made for each.</summary>
internal static class UrlScannerEquivalence
{
    /// <summary>Describes the first difference between the two scanners on <paramref name="text"/>.</summary>
    /// <param name="text">The text to scan.</param>
    /// <returns><see langword="null"/> when both scanners agree.</returns>
    public static string? FindDifference(string text)
    {
        var expected = new List<UrlMatch>();
        var expectedUris = new List<Uri>();
        UrlScannerOracle.Scan(text, expected, expectedUris);
        var actual = new List<UrlMatch>();
        var actualUris = new List<Uri>();
        UrlScanner.Scan(text, actual, actualUris);

        // Scanning without the URI list must find the same matches too.
        var withoutUris = new List<UrlMatch>();
        UrlScanner.Scan(text, withoutUris);

        for (int i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            UrlMatch? want = i < expected.Count ? expected[i] : null;
            UrlMatch? got = i < actual.Count ? actual[i] : null;
            if (want != got)
            {
                return $"match {i}: oracle {Describe(text, want)}, scanner {Describe(text, got)}";
            }

            if (expectedUris[i].OriginalString != actualUris[i].OriginalString
                || expectedUris[i].AbsoluteUri != actualUris[i].AbsoluteUri)
            {
                return $"URI {i}: oracle {expectedUris[i].OriginalString}, scanner {actualUris[i].OriginalString}";
            }
        }

        if (actualUris.Count != actual.Count)
        {
            return $"{actual.Count} matches but {actualUris.Count} URIs";
        }

        return withoutUris.SequenceEqual(actual) ? null : "scanning without URIs found other matches";
    }

    private static string Describe(string text, UrlMatch? match) =>
        match is { } m ? $"{m} \"{text.Substring(m.Start, m.Length)}\"" : "nothing";
}
