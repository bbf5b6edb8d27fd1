using PaperDigest.Extraction.Links;
using PaperDigest.Model;

namespace PaperDigest.Tests.Extraction.Links;

/// <summary>Reads one URL candidate both ways, without <see cref="Uri"/> (<see cref="PlainUrl"/>) and with it
/// (<see cref="UrlScanner.TryCreateUri"/>), and compares the accept decision, the normalized URL and the kind.</summary>
internal static class PlainUrlEquivalence
{
    /// <summary>Describes how the two readings of <paramref name="url"/> differ.</summary>
    /// <param name="url">A URL candidate as the scanner hands it over.</param>
    /// <returns><see langword="null"/> when they agree.</returns>
    public static string? FindDifference(string url) => FindDifference(url, out _);

    /// <summary>Describes how the two readings of <paramref name="url"/> differ.</summary>
    /// <param name="url">A URL candidate as the scanner hands it over.</param>
    /// <param name="plain">Whether the URL was read without <see cref="Uri"/>.</param>
    /// <returns><see langword="null"/> when they agree.</returns>
    public static string? FindDifference(string url, out bool plain)
    {
        bool viaUri = UrlScanner.TryCreateUri(url, out Uri? uri);
        bool created = UrlTarget.TryCreate(url, out UrlTarget target);
        plain = PlainUrl.TryParse(url, out PlainUrl parts);
        if (created != viaUri)
        {
            return $"TryCreate {created}, TryCreateUri {viaUri}";
        }

        if (!plain)
        {
            return created && target.Uri is null ? "a URL that is not plain has no URI" : null;
        }

        if (uri is null)
        {
            return "read as plain, but Uri rejects it";
        }

        if (target.Uri is not null || target.Plain != parts)
        {
            return "TryCreate did not take the plain reading";
        }

        string want = LinkClassifier.NormalizeAndClassify(uri, out LinkKind wantKind);
        string got = LinkClassifier.NormalizeAndClassify(url, 0, parts, out LinkKind gotKind);

        // Inside a longer text (the extractor passes the whole document and the URL's offset).
        string inText = LinkClassifier.NormalizeAndClassify("见 " + url + " 。", 2, parts, out LinkKind inTextKind);
        return want == got && wantKind == gotKind && got == inText && gotKind == inTextKind
            ? null
            : $"Uri gives {want} ({wantKind}), plain {got} ({gotKind}), in text {inText} ({inTextKind})";
    }
}
