namespace PaperDigest.Tests.Properties;

/// <summary>
/// One URL candidate as the scanner hands it over (see <see cref="UrlCandidates"/>): a scheme or none, a host that is
/// plain or odd (digits, hyphens, underscores, non-ASCII, full-width dots, IP literals, user information, trailing
/// dots), a port, path segments with escapes and dot segments, a query and a fragment.
/// </summary>
public sealed record UrlCandidate(string Text)
{
    public override string ToString() =>
        "\"" + string.Concat(Text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";
}
