using System.Buffers;
using System.Collections.Frozen;
using PaperDigest.Model;

namespace PaperDigest.Extraction.Links;

/// <summary>
/// Where a repository sits in a URL: the host it belongs to, its kind, and the owner, name and remaining path as
/// ranges of the URL text. This is the parse behind <see cref="RepositoryRef.TryParse(Uri, out RepositoryRef)"/>;
/// it reads the path segments as spans and allocates nothing until a string is asked for.
/// </summary>
/// <remarks>
/// Path segments are the non-empty pieces of the path between slashes, as
/// <c>path.Split('/', StringSplitOptions.RemoveEmptyEntries)</c> would give them; runs of slashes inside the owner (a
/// GitLab group path) or the remainder are written as one slash.
/// </remarks>
internal readonly struct RepositoryPath
{
    private const string GitHubHost = "github.com";
    private const string GitLabHost = "gitlab.com";
    private const string GiteeHost = "gitee.com";
    private const string BitbucketHost = "bitbucket.org";
    private const string HuggingFaceHost = "huggingface.co";
    private const string HuggingFaceShortHost = "hf.co";
    private const int MaxNameLength = 100;
    private const int MaxGitLabDepth = 21;

    /// <summary>The longest URL <see cref="TryMatch(string, out RepositoryPath)"/> reads without <see cref="Uri"/>.</summary>
    private const int MaxPlainUrlLength = 2048;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GitHubReserved = ToSet(
        "about", "account", "apps", "codespaces", "collections", "contact", "copilot", "customer-stories",
        "dashboard", "discussions", "enterprise", "events", "explore", "features", "github-copilot", "home",
        "issues", "join", "login", "logout", "marketplace", "new", "nonprofit", "notifications", "organizations",
        "orgs", "password_reset", "pricing", "pulls", "readme", "resources", "search", "security", "sessions",
        "settings", "signup", "site", "solutions", "sponsors", "stars", "team", "topics", "trending", "users");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GitLabReserved = ToSet(
        "-", "abuse_reports", "admin", "api", "assets", "dashboard", "explore", "groups", "help", "import", "jwt",
        "login", "oauth", "profile", "projects", "public", "search", "s", "snippets", "uploads", "users");

    /// <summary>Route names that end a GitLab project path (the modern <c>/-/</c> and the legacy routes).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GitLabRoutes = ToSet(
        "-", "badges", "blame", "blob", "builds", "commit", "commits", "edit", "files", "find_file", "issues",
        "merge_requests", "pipelines", "raw", "refs", "tree", "wikis");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GiteeReserved = ToSet(
        "about", "api", "dashboard", "education", "enterprises", "events", "explore", "features", "gvp", "help",
        "login", "notifications", "oauth", "organizations", "projects", "search", "signup", "terms");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BitbucketReserved = ToSet(
        "-", "account", "api", "blog", "dashboard", "features", "login", "product", "repo", "signup", "site",
        "snippets", "socialauth", "support");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HuggingFaceReserved = ToSet(
        "api", "blog", "chat", "collections", "competitions", "datasets", "docs", "enterprise", "join", "learn",
        "login", "models", "new", "new-dataset", "new-space", "notifications", "organizations", "papers", "posts",
        "pricing", "privacy", "search", "settings", "spaces", "support", "tasks", "terms-of-service");

    private static readonly SearchValues<char> NameChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    private static readonly SearchValues<char> DottedNameChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.");

    /// <summary>Path characters that <see cref="Uri"/> keeps exactly as written (unreserved characters and
    /// <c>/</c>).</summary>
    private static readonly SearchValues<char> PlainPathChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~/");

    /// <summary>Characters of a plain authority: a host name and maybe a port.</summary>
    private static readonly SearchValues<char> PlainAuthorityChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.:");

    private readonly string _source;
    private readonly int _ownerStart;
    private readonly int _ownerEnd;
    private readonly int _nameStart;
    private readonly int _nameEnd;
    private readonly int _restStart;
    private readonly int _restEnd;

    private RepositoryPath(
        string source, string host, LinkKind kind, Range owner, Range name, int restStart, int restEnd)
    {
        _source = source;
        Host = host;
        Kind = kind;
        _ownerStart = owner.Start.Value;
        _ownerEnd = owner.End.Value;
        _nameStart = name.Start.Value;
        _nameEnd = name.End.Value;
        _restStart = restStart;
        _restEnd = restEnd;
    }

    /// <summary>Gets the canonical host (<c>huggingface.co</c> for <c>hf.co</c>).</summary>
    public string Host { get; }

    /// <summary>Gets the kind of repository, as <see cref="RepositoryRef.Kind"/>.</summary>
    public LinkKind Kind { get; }

    /// <summary>Gets a value indicating whether the path goes on after the repository root.</summary>
    public bool HasRemainder => _restEnd > _restStart;

    private ReadOnlySpan<char> Owner => _source.AsSpan(_ownerStart, _ownerEnd - _ownerStart);

    private ReadOnlySpan<char> Name => _source.AsSpan(_nameStart, _nameEnd - _nameStart);

    private ReadOnlySpan<char> Rest => _source.AsSpan(_restStart, _restEnd - _restStart);

    /// <summary>Finds the repository of an absolute <c>http</c> or <c>https</c> URI on a code host or Hugging Face.</summary>
    /// <param name="uri">The URI.</param>
    /// <param name="match">The repository, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="uri"/> points into a repository.</returns>
    public static bool TryMatch(Uri uri, out RepositoryPath match)
    {
        match = default;
        if (!uri.IsAbsoluteUri
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.HostNameType != UriHostNameType.Dns
            || !UrlScanner.TryGetIdnHost(uri, out _))
        {
            return false;
        }

        ReadOnlySpan<char> host = LinkClassifier.GetBareHost(uri);
        if (!IsRepositoryHost(host))
        {
            return false;
        }

        GetPath(uri, out string source, out Range path);
        return TryMatch(source, path, host, out match);
    }

    /// <summary>
    /// Gets the path of an absolute <c>http</c> or <c>https</c> URI as <see cref="Uri.AbsolutePath"/> has it. When the
    /// URL as written is plain (<c>http://</c> or <c>https://</c> in any case, a host of letters, digits, dots and hyphens with maybe a port, then
    /// a path of unreserved characters and slashes without dot segments, up to a <c>?</c>, a <c>#</c> or the end),
    /// <see cref="Uri"/> keeps that path unchanged and it is read from <see cref="Uri.OriginalString"/> instead of
    /// making <see cref="Uri"/> build the string.
    /// </summary>
    /// <param name="uri">An absolute web URI.</param>
    /// <param name="source">The string that holds the path.</param>
    /// <param name="path">Where the path is in <paramref name="source"/>.</param>
    public static void GetPath(Uri uri, out string source, out Range path)
    {
        string original = uri.OriginalString;
        int separator = original.IndexOf("://", StringComparison.Ordinal);
        if (separator > 0
            && (original.AsSpan(0, separator).Equals("https", StringComparison.OrdinalIgnoreCase)
                || original.AsSpan(0, separator).Equals("http", StringComparison.OrdinalIgnoreCase)))
        {
            int authorityStart = separator + 3;
            int authorityLength = original.AsSpan(authorityStart).IndexOfAnyExcept(PlainAuthorityChars);
            int pathStart = authorityStart + authorityLength;
            if (authorityLength > 0 && original[pathStart] == '/')
            {
                int pathLength = original.AsSpan(pathStart).IndexOfAnyExcept(PlainPathChars);
                int pathEnd = pathLength < 0 ? original.Length : pathStart + pathLength;
                if ((pathEnd == original.Length || original[pathEnd] is '?' or '#')
                    && !original.AsSpan(pathStart, pathEnd - pathStart).Contains("/.", StringComparison.Ordinal))
                {
                    source = original;
                    path = new Range(pathStart, pathEnd);
                    return;
                }
            }
        }

        source = uri.AbsolutePath;
        path = Range.All;
    }

    /// <summary>
    /// Finds the repository of a URL string, as <see cref="RepositoryRef.TryParse(string, out RepositoryRef)"/> does.
    /// A plain URL (lower-case <c>http(s)://</c> and code host, then a path of letters, digits, <c>- _ . ~ /</c>
    /// without dot segments: what normalization writes for repositories) is read directly; any other goes through
    /// <see cref="Uri"/>.
    /// </summary>
    /// <param name="url">The URL, with or without a scheme.</param>
    /// <param name="match">The repository, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="url"/> points into a repository.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is <see langword="null"/>.</exception>
    public static bool TryMatch(string url, out RepositoryPath match)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (TryGetPlainPath(url, out int hostStart, out int pathStart))
        {
            return TryMatch(url, new Range(pathStart, url.Length), url.AsSpan(hostStart, pathStart - hostStart), out match);
        }

        match = default;
        return UrlScanner.TryCreateUri(url.AsSpan().Trim(), out Uri? uri) && TryMatch(uri, out match);
    }

    /// <summary>Creates the repository.</summary>
    /// <returns>The repository, its owner and name as written.</returns>
    public RepositoryRef ToRepository()
    {
        ReadOnlySpan<char> owner = Owner;
        string ownerText = owner.Contains("//", StringComparison.Ordinal) ? Collapse(owner) : owner.ToString();
        return new RepositoryRef(Host, ownerText, Name.ToString()) { Kind = Kind };
    }

    /// <summary>Gets the path after the repository root, each segment preceded by one <c>/</c>.</summary>
    /// <returns>The remainder, for example <c>/tree/main/src</c>; empty at the repository root.</returns>
    public string GetRemainder() => !HasRemainder ? string.Empty : Collapse(Rest);

    /// <summary>Gets the repository's canonical URL (<see cref="RepositoryRef.Url"/>), optionally followed by the
    /// remainder (<see cref="GetRemainder"/>).</summary>
    /// <param name="withRemainder">Whether to append the remainder.</param>
    /// <param name="reuse">A string returned instead of a new one when it holds the same URL, or
    /// <see langword="null"/>.</param>
    /// <returns>The URL.</returns>
    public string CreateUrl(bool withRemainder, string? reuse)
    {
        var builder = new UrlBuilder(stackalloc char[256]);
        try
        {
            builder.Append("https://");
            builder.Append(Host);
            builder.Append('/');
            if (Host is HuggingFaceHost)
            {
                builder.Append(Kind switch
                {
                    LinkKind.Dataset => "datasets/",
                    LinkKind.Repository => "spaces/",
                    _ => string.Empty,
                });
            }

            builder.AppendCollapsingSlashes(Owner);
            builder.Append('/');
            builder.Append(Name);
            if (withRemainder)
            {
                builder.AppendCollapsingSlashes(Rest);
            }

            return builder.ToString(reuse);
        }
        finally
        {
            builder.Dispose();
        }
    }

    /// <summary>Whether a bare host (lower case, no <c>www.</c>) is one of the hosts with repositories.</summary>
    private static bool IsRepositoryHost(ReadOnlySpan<char> host) =>
        host is GitHubHost or GitLabHost or GiteeHost or BitbucketHost or HuggingFaceHost or HuggingFaceShortHost;

    /// <summary>Reads a plain repository URL (see <see cref="TryMatch(string, out RepositoryPath)"/>) without
    /// <see cref="Uri"/>: for such a URL, <see cref="Uri"/> gives the same bare host and the path as written.</summary>
    private static bool TryGetPlainPath(string url, out int hostStart, out int pathStart)
    {
        pathStart = -1;
        ReadOnlySpan<char> text = url;
        hostStart = text.StartsWith("https://", StringComparison.Ordinal) ? "https://".Length
            : text.StartsWith("http://", StringComparison.Ordinal) ? "http://".Length
            : -1;
        if (hostStart < 0 || text.Length > MaxPlainUrlLength)
        {
            return false;
        }

        int slash = text[hostStart..].IndexOf('/');
        if (slash < 0 || !IsRepositoryHost(text.Slice(hostStart, slash)))
        {
            return false;
        }

        ReadOnlySpan<char> path = text[(hostStart + slash)..];
        if (path.ContainsAnyExcept(PlainPathChars) || path.Contains("/.", StringComparison.Ordinal))
        {
            return false;
        }

        pathStart = hostStart + slash;
        return true;
    }

    /// <summary>Matches the path at <paramref name="pathRange"/> in <paramref name="source"/> against the rules of
    /// <paramref name="host"/>.</summary>
    /// <param name="source">The text that holds the path.</param>
    /// <param name="pathRange">Where the path is in <paramref name="source"/>, as <see cref="Uri.AbsolutePath"/> would
    /// give it.</param>
    /// <param name="host">The bare host (lower case, no <c>www.</c>, as <see cref="LinkClassifier.GetBareHost"/> gives it).</param>
    /// <param name="match">The repository, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the path on that host points into a repository.</returns>
    internal static bool TryMatch(string source, Range pathRange, ReadOnlySpan<char> host, out RepositoryPath match)
    {
        match = default;
        if (!IsRepositoryHost(host))
        {
            return false;
        }

        ReadOnlySpan<char> path = source.AsSpan()[pathRange];
        int pathStart = pathRange.Start.GetOffset(source.Length);
        Span<Range> segments = stackalloc Range[MaxGitLabDepth + 1];
        int count = ReadSegments(path, host is GitLabHost ? segments : segments[..3]);
        segments = segments[..count];
        int consumed;
        string canonicalHost;
        LinkKind kind = LinkKind.Repository;
        Range owner = default, name = default;
        switch (host)
        {
            case GitHubHost:
                (canonicalHost, consumed) = (GitHubHost, TryOwnerAndName(path, segments, GitHubReserved, allowDotInOwner: false, out owner, out name));
                break;
            case GiteeHost:
                (canonicalHost, consumed) = (GiteeHost, TryOwnerAndName(path, segments, GiteeReserved, allowDotInOwner: true, out owner, out name));
                break;
            case BitbucketHost:
                (canonicalHost, consumed) = (BitbucketHost, TryOwnerAndName(path, segments, BitbucketReserved, allowDotInOwner: true, out owner, out name));
                break;
            case GitLabHost:
                (canonicalHost, consumed) = (GitLabHost, TryGitLab(path, segments, out owner, out name));
                break;
            case HuggingFaceHost or HuggingFaceShortHost:
                (canonicalHost, consumed) = (HuggingFaceHost, TryHuggingFace(path, segments, out kind, out owner, out name));
                break;
            default:
                return false;
        }

        if (consumed == 0)
        {
            return false;
        }

        int rootEnd = segments[consumed - 1].End.Value;
        int trimmedEnd = path.TrimEnd('/').Length;
        match = new RepositoryPath(
            source,
            canonicalHost,
            kind,
            Offset(owner, pathStart),
            Offset(name, pathStart),
            pathStart + rootEnd,
            pathStart + Math.Max(rootEnd, trimmedEnd));
        return true;
    }

    /// <summary>Fills <paramref name="segments"/> with the first non-empty segments of <paramref name="path"/>.</summary>
    /// <returns>How many were found (at most the length of <paramref name="segments"/>).</returns>
    internal static int ReadSegments(ReadOnlySpan<char> path, Span<Range> segments)
    {
        // A plain loop: paths are short.
        int count = 0;
        int i = 0;
        while (count < segments.Length)
        {
            while (i < path.Length && path[i] == '/')
            {
                i++;
            }

            if (i == path.Length)
            {
                break;
            }

            int start = i;
            while (i < path.Length && path[i] != '/')
            {
                i++;
            }

            segments[count++] = new Range(start, i);
        }

        return count;
    }

    private static int TryOwnerAndName(
        ReadOnlySpan<char> path,
        ReadOnlySpan<Range> segments,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> reserved,
        bool allowDotInOwner,
        out Range owner,
        out Range name)
    {
        owner = name = default;
        if (segments.Length < 2
            || reserved.Contains(path[segments[0]])
            || !IsValidName(path[segments[0]], allowDotInOwner))
        {
            return 0;
        }

        name = StripGitSuffix(path, segments[1]);
        if (!IsValidName(path[name], allowDot: true))
        {
            return 0;
        }

        owner = segments[0];
        return 2;
    }

    private static int TryGitLab(ReadOnlySpan<char> path, ReadOnlySpan<Range> segments, out Range owner, out Range name)
    {
        owner = name = default;
        if (segments.Length < 2 || GitLabReserved.Contains(path[segments[0]]))
        {
            return 0;
        }

        // segments holds at most MaxGitLabDepth + 1 segments: reaching that many means the path is too deep.
        int end = 2;
        while (end < segments.Length && !GitLabRoutes.Contains(path[segments[end]]))
        {
            end++;
        }

        if (end > MaxGitLabDepth)
        {
            return 0;
        }

        name = StripGitSuffix(path, segments[end - 1]);
        if (!IsValidName(path[name], allowDot: true))
        {
            return 0;
        }

        for (int i = 0; i < end - 1; i++)
        {
            if (!IsValidName(path[segments[i]], allowDot: true))
            {
                return 0;
            }
        }

        owner = new Range(segments[0].Start, segments[end - 2].End);
        return end;
    }

    private static int TryHuggingFace(
        ReadOnlySpan<char> path, ReadOnlySpan<Range> segments, out LinkKind kind, out Range owner, out Range name)
    {
        owner = name = default;
        kind = LinkKind.Model;
        if (segments.Length == 0)
        {
            return 0;
        }

        ReadOnlySpan<char> first = path[segments[0]];
        int ownerIndex;
        if (first.Equals("datasets", StringComparison.OrdinalIgnoreCase))
        {
            (kind, ownerIndex) = (LinkKind.Dataset, 1);
        }
        else if (first.Equals("spaces", StringComparison.OrdinalIgnoreCase))
        {
            (kind, ownerIndex) = (LinkKind.Repository, 1);
        }
        else if (HuggingFaceReserved.Contains(first))
        {
            return 0;
        }
        else
        {
            ownerIndex = 0;
        }

        if (segments.Length < ownerIndex + 2
            || !IsValidName(path[segments[ownerIndex]], allowDot: true)
            || !IsValidName(path[segments[ownerIndex + 1]], allowDot: true))
        {
            return 0;
        }

        owner = segments[ownerIndex];
        name = segments[ownerIndex + 1];
        return ownerIndex + 2;
    }

    private static Range StripGitSuffix(ReadOnlySpan<char> path, Range segment) =>
        path[segment].EndsWith(".git", StringComparison.OrdinalIgnoreCase)
            ? new Range(segment.Start, segment.End.Value - 4)
            : segment;

    private static bool IsValidName(ReadOnlySpan<char> name, bool allowDot) =>
        name.Length is > 0 and <= MaxNameLength
        && name is not ("." or "..")
        && !name.ContainsAnyExcept(allowDot ? DottedNameChars : NameChars);

    private static Range Offset(Range range, int offset) =>
        new(range.Start.Value + offset, range.End.Value + offset);

    private static string Collapse(ReadOnlySpan<char> text)
    {
        var builder = new UrlBuilder(stackalloc char[256]);
        try
        {
            builder.AppendCollapsingSlashes(text);
            return builder.ToString();
        }
        finally
        {
            builder.Dispose();
        }
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ToSet(params string[] values) =>
        values.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
