using FsCheck;
using FsCheck.Fluent;

namespace PaperDigest.Tests.Properties;

/// <summary>
/// Generates <see cref="UrlCandidate"/>s: mostly the plain URLs that are read without <see cref="Uri"/>, mixed with
/// every kind of detail that must send a URL to <see cref="Uri"/> instead.
/// </summary>
public static class UrlCandidates
{
    private static readonly string[] Schemes = ["", "http://", "https://", "HTTP://", "HtTpS://", "https://", "http://", "ftp://", "http:/"];

    private static readonly string[] Hosts =
    [
        "github.com", "www.github.com", "GitHub.com", "arxiv.org", "www.arxiv.org", "export.arxiv.org", "huggingface.co",
        "hf.co", "www.huggingface.co", "foo.github.io", "FOO.GitHub.IO", "gitlab.com", "gitee.com", "bitbucket.org",
        "openreview.net", "doi.org", "dx.doi.org", "paperswithcode.com", "kaggle.com", "modelscope.cn", "semanticscholar.org",
        "api.semanticscholar.org", "aclweb.org", "nature.com", "www.sciencedirect.com", "jmlr.org", "ijcai.org", "ecva.net",
        "ar5iv.org", "ar5iv.labs.arxiv.org", "alphaxiv.org", "paperweekly.site", "researchgate.net", "twitter.com",
        "www.x.com", "mp.weixin.qq.com", "zhuanlan.zhihu.com", "example.com", "www.example.com", "a.b.c.example.org",
        "github.io", "www.github.io", "www.com", "localhost", "127.0.0.1", "1.2", "0x7f.1", "[::1]", "abc.de", "a.123",
        "ghi.123", "123.abc", "xn--fsq.com", "a--b.com", "-a.com", "a-.com", "a_b.com", "a.com.", "a..com", "例子.测试",
        "bücher.de", "ｇｉｔｈｕｂ.com", "github．com", "１．1", "a.b", "user@github.com", "u:p@example.com",
        "github.com@evil.com", "ex%41mple.com", "EXAMPLE.COM", "sub.huggingface.co", "www.hf.co", "WWW.ARXIV.ORG",
        "a" + new string('b', 62) + ".com", "a" + new string('b', 63) + ".com",
    ];

    private static readonly string[] Ports =
        ["", "", "", "", ":80", ":443", ":8080", ":0", ":080", ":", ":65535", ":65536", ":99999", ":12a", ":1:2", ":8443"];

    private static readonly string[] Segments =
    [
        "a", "abs", "pdf", "html", "2404.08634", "..", ".", "", "tree", "main", "blob", "datasets", "spaces", "models",
        "papers", "%20", "%41", "%2e", "x.git", "é", "中", "[1]", "(x)", "{a}", "a'b", "~u", "a:b", "a@b", "a;b=c", "a+b",
        "a,b", "a!b", "a*b", "a$b", "a&b", "owner", "name", "-", "issues", "CorpusID:123", "paper", "dataset",
        "anthology", "publication", "articles", "science", "article", "proceedings", "...", ".well-known", "a^b", "a|b",
        "a`b", "a\\b", "a\"b", "a<b", "ｆｕｌｌ", "x-y_z", "UPPER", "groups", "raw",
    ];

    private static readonly string[] Queries =
        ["", "", "", "?", "?a=1", "?a=1&b=2", "?a=%20", "?x=/../y", "?q=a?b", "?a=é", "?a={b}", "?a=[1]", "?utm_source=x"];

    private static readonly string[] Fragments = ["", "", "", "#", "#frag", "#a#b", "#a?b", "#é", "#a%20", "#{x}", "#L10-L20"];

    /// <summary>Gets the generator.</summary>
    public static Gen<UrlCandidate> Candidate { get; } =
        from scheme in Gen.Elements(Schemes)
        from host in Gen.Frequency((3, Gen.Elements(Hosts)), (1, RandomHost()))
        from port in Gen.Elements(Ports)
        from segments in Gen.Elements(Segments).ArrayOf()
        from slash in Gen.Elements("", "", "/", "//")
        from query in Gen.Elements(Queries)
        from fragment in Gen.Elements(Fragments)
        select new UrlCandidate(
            scheme + host + port + (segments.Length > 0 ? "/" + string.Join('/', segments) : string.Empty) + slash + query + fragment);

    /// <summary>Hosts of one to four labels of letters, digits, hyphens and underscores, now and then with a non-ASCII
    /// character, an empty label, a full-width dot or a trailing dot.</summary>
    private static Gen<string> RandomHost() =>
        from labels in Gen.Elements(
                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789---__äé中ａ１".ToCharArray())
            .ArrayOf()
            .Select(chars => new string(chars))
            .NonEmptyListOf()
        from separator in Gen.Frequency((20, Gen.Constant(".")), (1, Gen.Constant("．")), (1, Gen.Constant("..")))
        from trailing in Gen.Frequency((20, Gen.Constant("")), (1, Gen.Constant(".")))
        select string.Join(separator, labels.Take(4)) + trailing;
}
