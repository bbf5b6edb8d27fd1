namespace PaperDigest.Tests.Properties.Generation;

/// <summary>
/// A <c>*.github.io</c> project page and how it is written: 0 URL in a page field, 1 Markdown link in the field,
/// 2 <c>http://</c>, 3 scheme-less.
/// </summary>
public sealed record PageSpec(string User, string Path, int Form, int Label)
{
    /// <summary>Gets the URL the parser reports: https, lower-case host, the path as written.</summary>
    public string NormalizedUrl => "https://" + User.ToLowerInvariant() + ".github.io" + Path;
}
