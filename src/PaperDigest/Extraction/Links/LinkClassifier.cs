using System.Buffers;
using System.Text;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using PaperDigest.Model;

namespace PaperDigest.Extraction.Links;

/// <summary>
/// Classifies and normalizes web URLs. Classification looks at the URL only (host and path), never at the label
/// written next to it.
/// </summary>
/// <remarks>
/// <para>Normalization (<see cref="Normalize(Uri)"/>) is idempotent and:</para>
/// <list type="bullet">
/// <item><description>lower-cases the scheme and the host (internationalized hosts become punycode), drops a default
/// port, the fragment and an empty <c>?</c>, and keeps the path and query as <see cref="Uri"/> escapes them;</description></item>
/// <item><description>drops <c>www.</c> and upgrades <c>http</c> to <c>https</c> only for well-known hosts that
/// serve the same pages either way (arXiv, GitHub, Hugging Face, OpenReview, the big social sites…; <c>https</c> also
/// for <c>*.github.io</c>); other hosts keep both, since <c>www.example.com</c> and <c>example.com</c> may
/// differ;</description></item>
/// <item><description>turns a URL inside a repository (anything <see cref="RepositoryRef.TryParse(Uri, out RepositoryRef)"/>
/// accepts, Hugging Face models and data sets included) into the repository's canonical URL followed by the rest of
/// the path, without trailing slash, <c>.git</c> suffix or query.</description></item>
/// </list>
/// </remarks>
internal static class LinkClassifier
{
    private const string GitHubPagesSuffix = ".github.io";

    // The characters of an IPv4 literal in any form Uri accepts (dotted decimal, octal, hexadecimal).
    private static readonly SearchValues<char> NumericHostCharacters = SearchValues.Create("0123456789abcdefABCDEFxX.");

    private static readonly FrozenDictionary<string, Rule>.AlternateLookup<ReadOnlySpan<char>> ExactHosts =
        new Dictionary<string, Rule>
        {
            ["arxiv.org"] = Rule.Arxiv,
            ["export.arxiv.org"] = Rule.Arxiv,
            ["ar5iv.org"] = Rule.Ar5iv,
            ["ar5iv.labs.arxiv.org"] = Rule.Ar5iv,
            ["alphaxiv.org"] = Rule.AlphaXiv,
            ["huggingface.co"] = Rule.HuggingFace,
            ["hf.co"] = Rule.HuggingFace,
            ["github.com"] = Rule.CodeHost,
            ["gitlab.com"] = Rule.CodeHost,
            ["gitee.com"] = Rule.CodeHost,
            ["bitbucket.org"] = Rule.CodeHost,
            ["github.io"] = Rule.Other,
            ["kaggle.com"] = Rule.Kaggle,
            ["modelscope.cn"] = Rule.ModelScope,
            ["paperswithcode.com"] = Rule.PapersWithCode,
            ["semanticscholar.org"] = Rule.SemanticScholar,
            ["api.semanticscholar.org"] = Rule.SemanticScholar,
            ["paperweekly.site"] = Rule.PaperWeekly,
            ["aclweb.org"] = Rule.AclWeb,
            ["researchgate.net"] = Rule.ResearchGate,
            ["nature.com"] = Rule.Nature,
            ["sciencedirect.com"] = Rule.ScienceDirect,
            ["jmlr.org"] = Rule.Jmlr,
            ["ijcai.org"] = Rule.Ijcai,
            ["ecva.net"] = Rule.Ecva,
            ["openreview.net"] = Rule.PaperHost,
            ["aclanthology.org"] = Rule.PaperHost,
            ["doi.org"] = Rule.PaperHost,
            ["dx.doi.org"] = Rule.PaperHost,
            ["papers.nips.cc"] = Rule.PaperHost,
            ["proceedings.neurips.cc"] = Rule.PaperHost,
            ["openaccess.thecvf.com"] = Rule.PaperHost,
            ["proceedings.mlr.press"] = Rule.PaperHost,
            ["ieeexplore.ieee.org"] = Rule.PaperHost,
            ["dl.acm.org"] = Rule.PaperHost,
            ["link.springer.com"] = Rule.PaperHost,
            ["ojs.aaai.org"] = Rule.PaperHost,
            ["biorxiv.org"] = Rule.PaperHost,
            ["medrxiv.org"] = Rule.PaperHost,
            ["papers.ssrn.com"] = Rule.PaperHost,
            ["pubmed.ncbi.nlm.nih.gov"] = Rule.PaperHost,
            ["chinaxiv.org"] = Rule.PaperHost,
            ["onlinelibrary.wiley.com"] = Rule.PaperHost,
            ["google.com"] = Rule.Other,
            ["drive.google.com"] = Rule.Other,
            ["docs.google.com"] = Rule.Other,
            ["scholar.google.com"] = Rule.Other,
            ["colab.research.google.com"] = Rule.Other,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Rules that also apply to every subdomain of the host (after <see cref="ExactHosts"/>).</summary>
    private static readonly FrozenDictionary<string, Rule>.AlternateLookup<ReadOnlySpan<char>> SuffixHosts =
        new Dictionary<string, Rule>
        {
            ["github.io"] = Rule.ProjectPage,
            ["github.com"] = Rule.Other,
            ["arxiv.org"] = Rule.Other,
            ["huggingface.co"] = Rule.Other,
            ["twitter.com"] = Rule.Other,
            ["x.com"] = Rule.Other,
            ["t.co"] = Rule.Other,
            ["weibo.com"] = Rule.Other,
            ["weibo.cn"] = Rule.Other,
            ["zhihu.com"] = Rule.Other,
            ["bilibili.com"] = Rule.Other,
            ["b23.tv"] = Rule.Other,
            ["youtube.com"] = Rule.Other,
            ["youtu.be"] = Rule.Other,
            ["qq.com"] = Rule.Other,
            ["qpic.cn"] = Rule.Other,
            ["medium.com"] = Rule.Other,
            ["substack.com"] = Rule.Other,
            ["csdn.net"] = Rule.Other,
            ["reddit.com"] = Rule.Other,
            ["redd.it"] = Rule.Other,
            ["linkedin.com"] = Rule.Other,
            ["lnkd.in"] = Rule.Other,
            ["discord.com"] = Rule.Other,
            ["discord.gg"] = Rule.Other,
            ["discordapp.com"] = Rule.Other,
            ["forms.gle"] = Rule.Other,
            ["goo.gl"] = Rule.Other,
            ["git.io"] = Rule.Other,
            ["bit.ly"] = Rule.Other,
            ["tinyurl.com"] = Rule.Other,
            ["facebook.com"] = Rule.Other,
            ["instagram.com"] = Rule.Other,
            ["tiktok.com"] = Rule.Other,
            ["douyin.com"] = Rule.Other,
            ["xiaohongshu.com"] = Rule.Other,
            ["xhslink.com"] = Rule.Other,
            ["juejin.cn"] = Rule.Other,
            ["jianshu.com"] = Rule.Other,
            ["segmentfault.com"] = Rule.Other,
            ["news.ycombinator.com"] = Rule.Other,
            ["threads.net"] = Rule.Other,
            ["bsky.app"] = Rule.Other,
            ["t.me"] = Rule.Other,
            ["slack.com"] = Rule.Other,
            ["wikipedia.org"] = Rule.Other,
            ["jiqizhixin.com"] = Rule.Other,
            ["qbitai.com"] = Rule.Other,
            ["36kr.com"] = Rule.Other,
            ["infoq.cn"] = Rule.Other,
            ["oschina.net"] = Rule.Other,
            ["sohu.com"] = Rule.Other,
            ["163.com"] = Rule.Other,
            ["sina.com.cn"] = Rule.Other,
            ["toutiao.com"] = Rule.Other,
            ["baidu.com"] = Rule.Other,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><see cref="ExactHosts"/> for a host known to be in lower case (a plain URL's), compared ordinally.</summary>
    private static readonly FrozenDictionary<string, Rule>.AlternateLookup<ReadOnlySpan<char>> LowerCaseExactHosts =
        ExactHosts.Dictionary.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><see cref="SuffixHosts"/> for a host known to be in lower case, compared ordinally.</summary>
    private static readonly FrozenDictionary<string, Rule>.AlternateLookup<ReadOnlySpan<char>> LowerCaseSuffixHosts =
        SuffixHosts.Dictionary.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Hosts whose <c>www.</c> form is dropped and whose <c>http</c> URLs are upgraded to <c>https</c>.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownHosts = new[]
    {
        "arxiv.org", "export.arxiv.org", "alphaxiv.org", "github.com", "gitlab.com", "gitee.com", "bitbucket.org",
        "huggingface.co", "openreview.net", "aclanthology.org", "doi.org", "paperswithcode.com",
        "semanticscholar.org", "kaggle.com", "modelscope.cn", "twitter.com", "x.com", "youtube.com", "reddit.com",
        "zhihu.com", "zhuanlan.zhihu.com", "bilibili.com", "weibo.com", "linkedin.com", "medium.com",
        "mp.weixin.qq.com",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private enum Rule
    {
        Other,
        ProjectPage,
        Arxiv,
        Ar5iv,
        AlphaXiv,
        HuggingFace,
        CodeHost,
        Kaggle,
        ModelScope,
        PapersWithCode,
        SemanticScholar,
        PaperWeekly,
        AclWeb,
        ResearchGate,
        Nature,
        ScienceDirect,
        Jmlr,
        Ijcai,
        Ecva,
        PaperHost,
    }

    /// <summary>Classifies a URL as found by <see cref="UrlScanner"/> (with or without a scheme).</summary>
    /// <param name="url">The URL text.</param>
    /// <returns>The kind; <see cref="LinkKind.Other"/> when <paramref name="url"/> is not a web URL.</returns>
    internal static LinkKind Classify(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return UrlScanner.TryCreateUri(url.AsSpan().Trim(), out var uri) ? Classify(uri) : LinkKind.Other;
    }

    /// <summary>Classifies a URL by its host and path.</summary>
    /// <param name="uri">The URL.</param>
    /// <returns>The kind; <see cref="LinkKind.Other"/> for relative URIs, schemes other than <c>http</c> and
    /// <c>https</c>, IP addresses and hosts without a dot.</returns>
    internal static LinkKind Classify(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var repository = new RepositoryLookup(uri);
        return Classify(uri, ref repository);
    }

    /// <summary>Normalizes and classifies a URL at once (the same as <see cref="Normalize(Uri)"/> and
    /// <see cref="Classify(Uri)"/>, with the repository parsed once).</summary>
    /// <param name="uri">The URL.</param>
    /// <param name="kind">The kind.</param>
    /// <returns>The normalized URL.</returns>
    internal static string NormalizeAndClassify(Uri uri, out LinkKind kind)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var repository = new RepositoryLookup(uri);
        kind = Classify(uri, ref repository);
        return Normalize(uri, ref repository);
    }

    /// <summary>Normalizes and classifies a plain URL (see <see cref="PlainUrl"/>) read from the text, giving exactly
    /// what <see cref="NormalizeAndClassify(Uri, out LinkKind)"/> gives for the <see cref="Uri"/> made from it.</summary>
    /// <param name="source">The text that holds the URL.</param>
    /// <param name="start">Where the URL starts in <paramref name="source"/>.</param>
    /// <param name="url">The parts of the URL, relative to <paramref name="start"/>.</param>
    /// <param name="kind">The kind.</param>
    /// <returns>The normalized URL.</returns>
    internal static string NormalizeAndClassify(string source, int start, in PlainUrl url, out LinkKind kind)
    {
        ArgumentNullException.ThrowIfNull(source);
        ReadOnlySpan<char> text = source.AsSpan(start, url.Length);

        // Uri lower-cases the host; a plain host is ASCII, so that is its IDN form too.
        scoped ReadOnlySpan<char> host = text[url.HostStart..url.HostEnd];
        bool lowered = host.ContainsAnyInRange('A', 'Z');
        Span<char> buffer = lowered ? stackalloc char[UrlScanner.MaxHostLength] : default;
        if (lowered)
        {
            Ascii.ToLower(host, buffer, out int written);
            host = buffer[..written];
        }

        ReadOnlySpan<char> bareHost = host.StartsWith("www.", StringComparison.Ordinal) && host[4..].Contains('.') ? host[4..] : host;
        ReadOnlySpan<char> path = text[url.PathStart..url.PathEnd];
        ReadOnlySpan<char> query = text[url.PathEnd..url.QueryEnd];
        var repository = new RepositoryLookup(source, new Range(start + url.PathStart, start + url.PathEnd), bareHost);
        kind = Classify(bareHost, path, query.Length > 1, ref repository);
        if (repository.TryGet(out RepositoryPath match))
        {
            return match.CreateUrl(withRemainder: true, reuse: null);
        }

        string scheme = url.IsHttps ? Uri.UriSchemeHttps : Uri.UriSchemeHttp;
        if (!lowered && IsNormalAsWritten(text, url, scheme, host))
        {
            // Most URLs are written in normal form: one copy, without building.
            return url.HostStart == 0 ? string.Concat("https://", text) : text.ToString();
        }

        return Build(scheme, host, url.IsDefaultPort, url.Port, userInfo: default, path.IsEmpty ? "/" : path, query, reuse: null);
    }

    /// <summary>Whether <see cref="Build"/> would write a plain URL with a lower-case host exactly as it is written
    /// (after <c>https://</c> for a scheme-less one): lower-case scheme, no <c>www.</c> to drop, no scheme to upgrade, no
    /// default port, a path, no empty query and no fragment.</summary>
    private static bool IsNormalAsWritten(ReadOnlySpan<char> text, in PlainUrl url, string scheme, ReadOnlySpan<char> host)
    {
        bool schemeAsWritten = url.HostStart == 0
            ? url.IsHttps
            : text[..(url.HostStart - 3)].SequenceEqual(scheme);
        return schemeAsWritten
            && url.PathEnd > url.PathStart
            && url.QueryEnd == url.Length
            && url.QueryEnd - url.PathEnd != 1
            && (url.Port < 0 || !url.IsDefaultPort)
            && !(host.StartsWith("www.", StringComparison.Ordinal) && KnownHosts.Contains(host[4..]))
            && !(!url.IsHttps && url.IsDefaultPort && (KnownHosts.Contains(host) || host.EndsWith(GitHubPagesSuffix, StringComparison.Ordinal)));
    }

    /// <summary>Normalizes and classifies a URL as <see cref="UrlScanner"/> read it.</summary>
    /// <param name="source">The text that holds the URL.</param>
    /// <param name="start">Where the URL starts in <paramref name="source"/>.</param>
    /// <param name="target">What the scanner read the URL as.</param>
    /// <param name="kind">The kind.</param>
    /// <returns>The normalized URL.</returns>
    internal static string NormalizeAndClassify(string source, int start, in UrlTarget target, out LinkKind kind) =>
        target.Uri is { } uri ? NormalizeAndClassify(uri, out kind) : NormalizeAndClassify(source, start, target.Plain, out kind);

    private static LinkKind Classify(Uri uri, ref RepositoryLookup repository)
    {
        // A full-width numeric host (１．1) is a DNS name to Uri but an IP address once normalized: not a web page.
        if (!IsWebUri(uri) || uri.HostNameType != UriHostNameType.Dns || MapsToIPv4(uri.IdnHost, out _))
        {
            return LinkKind.Other;
        }

        ReadOnlySpan<char> host = GetBareHost(uri);
        if (!host.Contains('.'))
        {
            return LinkKind.Other;
        }

        if (!TryGetRule(host, out var rule))
        {
            return LinkKind.ProjectPage;
        }

        RepositoryPath.GetPath(uri, out string source, out Range path);
        return Classify(rule, new PathSegments(source.AsSpan()[path]), rule == Rule.PaperHost && uri.Query.Length > 1, ref repository);
    }

    /// <summary>Classifies a web URL with a DNS host that is not an IP address in disguise.</summary>
    /// <param name="bareHost">The host as <see cref="GetBareHost(Uri)"/> gives it (in lower case).</param>
    /// <param name="path">The path.</param>
    /// <param name="hasQuery">Whether the query holds more than its <c>?</c>.</param>
    /// <param name="repository">The repository of the URL.</param>
    private static LinkKind Classify(ReadOnlySpan<char> bareHost, ReadOnlySpan<char> path, bool hasQuery, ref RepositoryLookup repository)
    {
        if (!bareHost.Contains('.'))
        {
            return LinkKind.Other;
        }

        if (!TryGetLowerCaseRule(bareHost, out var rule))
        {
            return LinkKind.ProjectPage;
        }

        // Code hosts (the most frequent rule after arXiv) are decided by the repository alone.
        if (rule == Rule.CodeHost)
        {
            return repository.TryGet(out _) ? LinkKind.Repository : LinkKind.Other;
        }

        return Classify(rule, new PathSegments(path), hasQuery, ref repository);
    }

    private static LinkKind Classify(Rule rule, PathSegments segments, bool hasQuery, ref RepositoryLookup repository)
    {
        return rule switch
        {
            Rule.ProjectPage => LinkKind.ProjectPage,
            Rule.Arxiv => FirstIs(segments, 2, "abs", "pdf", "html", "format") ? LinkKind.Arxiv : LinkKind.Other,
            Rule.Ar5iv => FirstIs(segments, 2, "abs", "html") ? LinkKind.Arxiv : LinkKind.Other,
            Rule.AlphaXiv => FirstIs(segments, 2, "abs", "overview") ? LinkKind.Arxiv : LinkKind.Other,
            Rule.HuggingFace => ClassifyHuggingFace(segments, ref repository),
            Rule.CodeHost => repository.TryGet(out _) ? LinkKind.Repository : LinkKind.Other,
            Rule.Kaggle => FirstIs(segments, 3, "datasets") ? LinkKind.Dataset
                : FirstIs(segments, 3, "models") ? LinkKind.Model
                : LinkKind.Other,
            Rule.ModelScope => FirstIs(segments, 3, "models") ? LinkKind.Model
                : FirstIs(segments, 3, "datasets") ? LinkKind.Dataset
                : FirstIs(segments, 3, "studios") ? LinkKind.Repository
                : LinkKind.Other,
            Rule.PapersWithCode => FirstIs(segments, 2, "paper") ? LinkKind.Paper
                : FirstIs(segments, 2, "dataset") ? LinkKind.Dataset
                : LinkKind.Other,
            Rule.SemanticScholar => FirstIs(segments, 2, "paper", "arxiv")
                || (segments.Count > 0 && segments.First.StartsWith("CorpusID:", StringComparison.OrdinalIgnoreCase))
                ? LinkKind.Paper
                : LinkKind.Other,
            Rule.PaperWeekly or Rule.Jmlr or Rule.Ecva => PaperIf(FirstIs(segments, 2, "papers")),
            Rule.AclWeb => PaperIf(FirstIs(segments, 2, "anthology")),
            Rule.ResearchGate => PaperIf(FirstIs(segments, 2, "publication")),
            Rule.Nature => PaperIf(FirstIs(segments, 2, "articles")),
            Rule.ScienceDirect => PaperIf(FirstIs(segments, 3, "science") && IsSegment(segments.Second, "article")),
            Rule.Ijcai => PaperIf(FirstIs(segments, 2, "proceedings")),
            Rule.PaperHost => PaperIf(segments.Count > 0 || hasQuery),
            _ => LinkKind.Other,
        };
    }

    /// <summary>Normalizes a URL as found by <see cref="UrlScanner"/> (with or without a scheme; a scheme-less URL
    /// becomes <c>https</c>).</summary>
    /// <param name="url">The URL text.</param>
    /// <returns>The normalized URL, or <paramref name="url"/> unchanged when it is not a web URL.</returns>
    internal static string Normalize(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return UrlScanner.TryCreateUri(url.AsSpan().Trim(), out var uri) ? Normalize(uri) : url;
    }

    /// <summary>Normalizes a web URL (see the remarks on <see cref="LinkClassifier"/>).</summary>
    /// <param name="uri">The URL.</param>
    /// <returns>The normalized URL; <see cref="Uri.OriginalString"/> for relative URIs and schemes other than
    /// <c>http</c> and <c>https</c>.</returns>
    internal static string Normalize(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var repository = new RepositoryLookup(uri);
        return Normalize(uri, ref repository);
    }

    /// <summary>
    /// The host in ASCII (IDN) form. A host written in full-width characters (<c>１．1</c>) is a DNS name to
    /// <see cref="Uri"/> but maps to an IPv4 literal (<c>1.1</c>), which <see cref="Uri"/> would canonicalize
    /// (<c>1.0.0.1</c>) when the normalized URL is read again; such a host is canonicalized now, so normalizing is
    /// idempotent.
    /// </summary>
    private static string CanonicalDnsHost(Uri uri)
    {
        string host = uri.IdnHost;
        return MapsToIPv4(host, out string? address) ? address : host;
    }

    /// <summary>Whether a DNS host in ASCII form is really an IPv4 literal, and its canonical form.</summary>
    private static bool MapsToIPv4(string idnHost, [NotNullWhen(true)] out string? address)
    {
        address = null;
        if (idnHost.AsSpan().IndexOfAnyExcept(NumericHostCharacters) < 0
            && Uri.TryCreate("http://" + idnHost + "/", UriKind.Absolute, out Uri? numeric)
            && numeric.HostNameType == UriHostNameType.IPv4)
        {
            address = numeric.Host;
        }

        return address is not null;
    }

    private static string Normalize(Uri uri, ref RepositoryLookup repositoryLookup)
    {
        if (!IsWebUri(uri))
        {
            return uri.OriginalString;
        }

        if (repositoryLookup.TryGet(out RepositoryPath repository))
        {
            return repository.CreateUrl(withRemainder: true, reuse: uri.OriginalString);
        }

        ReadOnlySpan<char> host = uri.HostNameType == UriHostNameType.Dns ? CanonicalDnsHost(uri) : uri.Host;
        RepositoryPath.GetPath(uri, out string source, out Range path);
        return Build(
            uri.Scheme,
            host,
            uri.IsDefaultPort,
            uri.Port,
            uri.UserInfo.Length > 0 ? uri.GetComponents(UriComponents.UserInfo, UriFormat.UriEscaped) : default,
            source.AsSpan()[path],
            uri.Query,
            uri.OriginalString);
    }

    /// <summary>Writes a normalized web URL from its parts.</summary>
    /// <param name="scheme"><c>http</c> or <c>https</c>.</param>
    /// <param name="host">The host in canonical form (lower case, ASCII).</param>
    /// <param name="isDefaultPort">Whether the port is the scheme's default one.</param>
    /// <param name="port">The port, written when it is not the default one.</param>
    /// <param name="userInfo">The escaped user information, or empty.</param>
    /// <param name="path">The path, as <see cref="Uri.AbsolutePath"/> has it.</param>
    /// <param name="query">The query with its <c>?</c>, or empty.</param>
    /// <param name="reuse">A string returned instead of a new one when it holds the same URL, or <see langword="null"/>.</param>
    private static string Build(
        string scheme,
        ReadOnlySpan<char> host,
        bool isDefaultPort,
        int port,
        ReadOnlySpan<char> userInfo,
        ReadOnlySpan<char> path,
        ReadOnlySpan<char> query,
        string? reuse)
    {
        if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && KnownHosts.Contains(host[4..]))
        {
            host = host[4..];
        }

        if (scheme == Uri.UriSchemeHttp
            && isDefaultPort
            && (KnownHosts.Contains(host) || host.EndsWith(GitHubPagesSuffix, StringComparison.OrdinalIgnoreCase)))
        {
            scheme = Uri.UriSchemeHttps;
        }

        // Built on the stack: most URLs are already normal, and then the string they were written as is returned.
        var builder = new UrlBuilder(stackalloc char[256]);
        try
        {
            builder.Append(scheme);
            builder.Append("://");
            if (!userInfo.IsEmpty)
            {
                builder.Append(userInfo);
                builder.Append('@');
            }

            builder.Append(host);
            if (!isDefaultPort)
            {
                builder.Append(':');
                builder.Append(port);
            }

            builder.Append(path);
            if (query.Length > 1)
            {
                builder.Append(query);
            }

            return builder.ToString(reuse);
        }
        finally
        {
            builder.Dispose();
        }
    }

    /// <summary>Gets the host of a URI in lower case, without a trailing dot and without a leading <c>www.</c>.</summary>
    /// <param name="uri">An absolute URI.</param>
    /// <returns>The host used for lookups, for example <c>github.com</c> for <c>WWW.GitHub.com</c>.</returns>
    internal static ReadOnlySpan<char> GetBareHost(Uri uri)
    {
        ReadOnlySpan<char> host = (uri.HostNameType == UriHostNameType.Dns ? uri.IdnHost : uri.Host).AsSpan().TrimEnd('.');
        return host.StartsWith("www.", StringComparison.Ordinal) && host[4..].Contains('.') ? host[4..] : host;
    }

    private static bool IsWebUri(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static bool TryGetRule(ReadOnlySpan<char> host, out Rule rule) => TryGetRule(host, ExactHosts, SuffixHosts, out rule);

    /// <summary><see cref="TryGetRule(ReadOnlySpan{char}, out Rule)"/> for a host in lower case.</summary>
    private static bool TryGetLowerCaseRule(ReadOnlySpan<char> host, out Rule rule) =>
        TryGetRule(host, LowerCaseExactHosts, LowerCaseSuffixHosts, out rule);

    private static bool TryGetRule(
        ReadOnlySpan<char> host,
        FrozenDictionary<string, Rule>.AlternateLookup<ReadOnlySpan<char>> exactHosts,
        FrozenDictionary<string, Rule>.AlternateLookup<ReadOnlySpan<char>> suffixHosts,
        out Rule rule)
    {
        if (exactHosts.TryGetValue(host, out rule))
        {
            return true;
        }

        var suffix = host;
        while (true)
        {
            if (suffixHosts.TryGetValue(suffix, out rule))
            {
                return true;
            }

            int dot = suffix.IndexOf('.');
            if (dot < 0)
            {
                return false;
            }

            suffix = suffix[(dot + 1)..];
        }
    }

    private static LinkKind ClassifyHuggingFace(PathSegments segments, ref RepositoryLookup repositoryLookup)
    {
        if (FirstIs(segments, 2, "papers"))
        {
            return LinkKind.Arxiv;
        }

        if (repositoryLookup.TryGet(out RepositoryPath repository))
        {
            return repository.Kind;
        }

        // Canonical data sets without an owner (huggingface.co/datasets/squad) are still data sets.
        return FirstIs(segments, 2, "datasets") ? LinkKind.Dataset : LinkKind.Other;
    }

    private static LinkKind PaperIf(bool condition) => condition ? LinkKind.Paper : LinkKind.Other;

    /// <summary>Gets a value indicating whether the path has at least <paramref name="minimumSegments"/> segments and
    /// its first segment is one of <paramref name="names"/>.</summary>
    private static bool FirstIs(PathSegments segments, int minimumSegments, params ReadOnlySpan<string> names)
    {
        if (segments.Count < minimumSegments)
        {
            return false;
        }

        foreach (string name in names)
        {
            if (IsSegment(segments.First, name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSegment(ReadOnlySpan<char> segment, string name) =>
        segment.Equals(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The first two non-empty segments of a URL path and how many there are (counted up to three), as
    /// <c>path.Split('/', StringSplitOptions.RemoveEmptyEntries)</c> would give them, without allocating.</summary>
    private readonly ref struct PathSegments
    {
        public PathSegments(ReadOnlySpan<char> path)
        {
            Span<Range> segments = stackalloc Range[3];
            Count = RepositoryPath.ReadSegments(path, segments);
            First = Count > 0 ? path[segments[0]] : default;
            Second = Count > 1 ? path[segments[1]] : default;
        }

        /// <summary>Gets the number of non-empty segments, at most 3.</summary>
        public int Count { get; }

        /// <summary>Gets the first segment (empty when there is none).</summary>
        public ReadOnlySpan<char> First { get; }

        /// <summary>Gets the second segment (empty when there are fewer than two).</summary>
        public ReadOnlySpan<char> Second { get; }
    }

    /// <summary>Parses the repository of a URL on first use and remembers the answer.</summary>
    private ref struct RepositoryLookup
    {
        private readonly Uri? _uri;
        private readonly string? _source;
        private readonly Range _path;
        private readonly ReadOnlySpan<char> _bareHost;
        private int _state;
        private RepositoryPath _repository;

        /// <summary>Initializes a new instance of the <see cref="RepositoryLookup"/> struct for a URI.</summary>
        public RepositoryLookup(Uri uri)
        {
            _uri = uri;
        }

        /// <summary>Initializes a new instance of the <see cref="RepositoryLookup"/> struct for a plain URL's path
        /// and bare host.</summary>
        public RepositoryLookup(string source, Range path, ReadOnlySpan<char> bareHost)
        {
            _source = source;
            _path = path;
            _bareHost = bareHost;
        }

        public bool TryGet(out RepositoryPath repository)
        {
            if (_state == 0)
            {
                bool found = _uri is not null
                    ? RepositoryPath.TryMatch(_uri, out _repository)
                    : RepositoryPath.TryMatch(_source!, _path, _bareHost, out _repository);
                _state = found ? 1 : 2;
            }

            repository = _repository;
            return _state == 1;
        }
    }
}
