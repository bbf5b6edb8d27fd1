using PaperDigest.Extraction.Links;
using PaperDigest.Model;

namespace PaperDigest.Tests.Extraction.Links;

/// <summary>Runs <see cref="UrlScanner"/> and <see cref="UrlScannerOracle"/> on the same text and compares their
/// matches (every offset and length) and what each URL was read as: the same <see cref="Uri"/> when the scanner made
/// one, and otherwise (a plain URL read without <see cref="Uri"/>) the same normalized URL and kind as the oracle's
/// <see cref="Uri"/> gives.</summary>
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
        var actualTargets = new List<UrlTarget>();
        UrlScanner.Scan(text, actual, actualTargets);

        // Scanning without the target list must find the same matches too.
        var withoutTargets = new List<UrlMatch>();
        UrlScanner.Scan(text, withoutTargets);

        for (int i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            UrlMatch? want = i < expected.Count ? expected[i] : null;
            UrlMatch? got = i < actual.Count ? actual[i] : null;
            if (want != got)
            {
                return $"match {i}: oracle {Describe(text, want)}, scanner {Describe(text, got)}";
            }

            string? difference = CompareTarget(text, actual[i], expectedUris[i], actualTargets[i]);
            if (difference is not null)
            {
                return $"target {i}: {difference}";
            }
        }

        if (actualTargets.Count != actual.Count)
        {
            return $"{actual.Count} matches but {actualTargets.Count} targets";
        }

        return withoutTargets.SequenceEqual(actual) ? null : "scanning without targets found other matches";
    }

    /// <summary>Compares what the scanner read a URL as with the oracle's <see cref="Uri"/>.</summary>
    private static string? CompareTarget(string text, UrlMatch match, Uri expected, UrlTarget target)
    {
        if (target.Uri is { } uri)
        {
            return uri.OriginalString == expected.OriginalString && uri.AbsoluteUri == expected.AbsoluteUri
                ? null
                : $"oracle URI {expected.OriginalString}, scanner URI {uri.OriginalString}";
        }

        string wantUrl = LinkClassifier.NormalizeAndClassify(expected, out LinkKind wantKind);
        string gotUrl = LinkClassifier.NormalizeAndClassify(text, match.UrlStart, target, out LinkKind gotKind);
        return wantUrl == gotUrl && wantKind == gotKind
            ? null
            : $"oracle {wantUrl} ({wantKind}), plain URL {gotUrl} ({gotKind}) for {text.Substring(match.UrlStart, match.UrlLength)}";
    }

    private static string Describe(string text, UrlMatch? match) =>
        match is { } m ? $"{m} \"{text.Substring(m.Start, m.Length)}\"" : "nothing";
}
