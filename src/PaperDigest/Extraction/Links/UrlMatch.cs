namespace PaperDigest.Extraction.Links;

/// <summary>
/// One URL found by <see cref="UrlScanner"/>. All offsets are relative to the scanned span.
/// </summary>
/// <param name="Start">Start of the whole written form: the bare URL, the <c>&lt;</c> of <c>&lt;url&gt;</c>, or the
/// <c>[</c> of a Markdown link <c>[text](url)</c> (the <c>!</c> of a Markdown image <c>![alt](url)</c>).</param>
/// <param name="Length">Length of the whole written form, up to and including a closing <c>&gt;</c> or <c>)</c>.</param>
/// <param name="UrlStart">Start of the URL itself.</param>
/// <param name="UrlLength">Length of the URL itself (angle brackets, Markdown syntax and a Markdown title excluded).</param>
/// <param name="TextStart">Start of the Markdown link text; equal to <paramref name="Start"/> when there is none.</param>
/// <param name="TextLength">Length of the Markdown link text; 0 when there is none.</param>
internal readonly record struct UrlMatch(int Start, int Length, int UrlStart, int UrlLength, int TextStart, int TextLength)
{
    /// <summary>Gets the offset just past the whole written form.</summary>
    public int End => Start + Length;

    /// <summary>Gets the offset just past the URL.</summary>
    public int UrlEnd => UrlStart + UrlLength;

    /// <summary>Gets a value indicating whether the match carries a non-empty Markdown link text.</summary>
    public bool HasText => TextLength > 0;
}
