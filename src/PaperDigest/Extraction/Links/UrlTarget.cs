namespace PaperDigest.Extraction.Links;

/// <summary>
/// What a URL found by <see cref="UrlScanner"/> was read as: a plain URL read from the text (<see cref="Plain"/>, when
/// <see cref="Uri"/> is <see langword="null"/>) or, for any other URL, the <see cref="System.Uri"/> made from it.
/// </summary>
/// <param name="Uri">The URI, or <see langword="null"/> when the URL is plain.</param>
/// <param name="Plain">The parts of the plain URL, relative to the start of the URL; default when <paramref name="Uri"/>
/// is set.</param>
internal readonly record struct UrlTarget(Uri? Uri, PlainUrl Plain)
{
    /// <summary>Reads a URL as <see cref="UrlScanner.TryCreateUri"/> would accept it: without <see cref="System.Uri"/>
    /// when it is plain, otherwise through <see cref="UrlScanner.TryCreateUri"/>.</summary>
    /// <param name="url">The URL text, with an <c>http</c> or <c>https</c> scheme or without one.</param>
    /// <param name="target">The target, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> exactly when <see cref="UrlScanner.TryCreateUri"/> accepts the URL.</returns>
    public static bool TryCreate(ReadOnlySpan<char> url, out UrlTarget target)
    {
        if (PlainUrl.TryParse(url, out PlainUrl plain))
        {
            target = new UrlTarget(null, plain);
            return true;
        }

        bool created = UrlScanner.TryCreateUri(url, out Uri? uri);
        target = new UrlTarget(uri, default);
        return created;
    }
}
