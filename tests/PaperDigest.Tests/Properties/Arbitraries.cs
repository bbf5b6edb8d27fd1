using FsCheck;
using FsCheck.Fluent;
using PaperDigest.Model;
using PaperDigest.Tests.Properties.Generation;

namespace PaperDigest.Tests.Properties;

/// <summary>
/// The custom arbitraries of the property suite, registered once through <see cref="PaperDigestPropertiesAttribute"/>.
/// Each comes with a shrinker, so a failure is reported with a small input.
/// </summary>
public static class Arbitraries
{
    private static readonly string[] CodeHosts = ["github.com", "gitlab.com", "gitee.com", "bitbucket.org", "huggingface.co"];

    private static readonly Gen<char> NameChar = Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_".ToCharArray());

    /// <summary>Messy text: digest fragments and arbitrary code units (see <see cref="TextFragments"/>).</summary>
    public static Arbitrary<string> Text() => Arb.From(TextFragments.Text, StringShrinker.Shrink);

    public static Arbitrary<Utf16Text> Utf16Text() =>
        Arb.From(
            Gen.Frequency(
                    (3, Gen.Choose(0, 0xFFFF)),
                    (1, Gen.Elements(0xD800, 0xDBFF, 0xDC00, 0xDFFF, '\r', '\n', 0, 0xFEFF, 0x3000, 0x200B, 0x0085, 0x2028)),
                    (2, Gen.Choose(0x4E00, 0x9FFF)),
                    (2, Gen.Choose(0x20, 0x7E)))
                .Select(c => (char)c)
                .ArrayOf()
                .Select(chars => new Utf16Text(new string(chars))),
            text => StringShrinker.Shrink(text.Value).Select(s => new Utf16Text(s)));

    /// <summary>Text dense in URLs and URL fragments (see <see cref="UrlFragments"/>).</summary>
    public static Arbitrary<UrlText> UrlText() =>
        Arb.From(UrlFragments.Text, text => StringShrinker.Shrink(text.Value).Select(s => new UrlText(s)));

    /// <summary>Text dense in affiliation material (see <see cref="AffiliationFragments"/>).</summary>
    public static Arbitrary<AffiliationProse> AffiliationProse() =>
        Arb.From(AffiliationFragments.Text, text => StringShrinker.Shrink(text.Value).Select(s => new AffiliationProse(s)));

    /// <summary>Digest structures (see <see cref="DigestSpecGen"/>).</summary>
    public static Arbitrary<DigestSpec> DigestSpec() => Arb.From(DigestSpecGen.Digest, DigestSpecShrinker.Shrink);

    public static Arbitrary<ValidArxivId> ValidArxivId() =>
        Arb.From(
            from canonical in ArxivIdGen.Canonical
            from version in ArxivIdGen.Version
            select new ValidArxivId(canonical, version),
            id => id.Version is null ? [] : [id with { Version = null }]);

    public static Arbitrary<InvalidArxivId> InvalidArxivId() =>
        Arb.From(ArxivIdGen.Invalid.Select(x => new InvalidArxivId(x.Text, x.Reason)));

    /// <summary>Repositories on every supported host with valid, non-reserved names (a digit keeps names off the reserved lists).</summary>
    public static Arbitrary<RepositoryRef> RepositoryRef() =>
        Arb.From(
            from host in Gen.Elements(CodeHosts)
            from groups in host == "gitlab.com" ? Gen.Choose(1, 3) : Gen.Constant(1)
            from owner in Name(allowDot: host is "gitee.com" or "bitbucket.org").Select(n => n + "7").ArrayOf(groups).Select(parts => string.Join('/', parts))
            from name in Name(allowDot: true).Where(n => !n.EndsWith(".git", StringComparison.OrdinalIgnoreCase) && n is not ("." or "..")).Select(n => n + "7")
            from kind in host == "huggingface.co" ? Gen.Elements(LinkKind.Model, LinkKind.Dataset, LinkKind.Repository) : Gen.Constant(LinkKind.Repository)
            select new RepositoryRef(host, owner, name) { Kind = kind });

    /// <summary>URL candidates, plain and odd (see <see cref="UrlCandidates"/>).</summary>
    public static Arbitrary<UrlCandidate> UrlCandidate() =>
        Arb.From(UrlCandidates.Candidate, url => StringShrinker.Shrink(url.Text).Select(t => new UrlCandidate(t)));

    /// <summary>URLs as digests write them: scheme or none, <c>www.</c>, any case, port, escapes, dot segments, query, fragment.</summary>
    public static Arbitrary<WebUrl> WebUrl() =>
        Arb.From(
            from scheme in Gen.Elements("", "http://", "https://", "HTTPS://", "hTTp://")
            from www in Gen.Elements("", "www.", "WWW.")
            from host in Gen.Elements("arxiv.org", "GitHub.com", "github.com", "huggingface.co", "openreview.net", "Text2Song.github.io", "example.com", "mp.weixin.qq.com", "gitlab.com", "bücher.de")
            from port in Gen.Elements("", "", ":80", ":443", ":8080")
            from segments in Gen.Elements("abs", "2404.08634", "a", "B", "tree", "main", "%41", "%7e", "%2F", "~user", "x.git", "", ".", "..", "Foo_(bar)", "中文", "datasets", "-", "index.html").ArrayOf()
            from slash in Gen.Elements("", "/")
            from query in Gen.Elements("", "", "?", "?a=1", "?utm_source=x&b=%20")
            from fragment in Gen.Elements("", "", "#", "#readme")
            select new WebUrl(scheme + www + host + port + (segments.Length > 0 ? "/" + string.Join('/', segments) : string.Empty) + slash + query + fragment),
            url => StringShrinker.Shrink(url.Text).Select(t => new WebUrl(t)));

    private static Gen<string> Name(bool allowDot) =>
        from first in Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray())
        from length in Gen.Choose(0, 12)
        from rest in (allowDot ? Gen.Frequency((12, NameChar), (1, Gen.Constant('.'))) : NameChar).ArrayOf(length)
        select first + new string(rest);
}
