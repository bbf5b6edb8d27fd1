using System.Buffers;

namespace PaperDigest.Extraction.Links;

/// <summary>
/// A web URL read without <see cref="Uri"/>: the common, plain form whose meaning <see cref="Uri"/> would not change
/// (<see cref="TryParse"/> says which). All offsets are relative to the start of the URL text.
/// </summary>
/// <remarks>
/// <para>
/// Plain means: <c>http://</c> or <c>https://</c> in any case (or no scheme, read as <c>https</c>, for the scheme-less
/// URLs the scanner finds); a host of at least two labels of ASCII letters, digits and inner hyphens, each 1–63
/// characters, 253 at most in all, not made only of characters an IPv4 literal may hold, without a punycode-like
/// <c>--</c> and without a trailing dot; an optional port of 1–5 digits without a leading zero, below 65536; then a path,
/// query and fragment of printable ASCII characters that <see cref="Uri"/> neither escapes nor unescapes (no
/// <c>%</c>, no <c>" &lt; &gt; \ ^ ` { | }</c>), without dot segments, and at most <see cref="MaxLength"/> characters
/// in all.
/// </para>
/// <para>
/// For such a URL, <see cref="Uri"/> accepts the URL, calls its host a DNS name, lower-cases the scheme and the host, and
/// keeps the path and query as written (an empty path becomes <c>/</c>); so the URL can be normalized and classified
/// from the text alone. Anything else is left to <see cref="Uri"/>: <see cref="TryParse"/> answering
/// <see langword="false"/> means "not sure", never "invalid".
/// </para>
/// </remarks>
internal readonly record struct PlainUrl
{
    /// <summary>The longest URL read without <see cref="Uri"/>.</summary>
    internal const int MaxLength = 2048;

    private const int MaxLabelLength = 63;

    private static readonly SearchValues<char> HostCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.");

    /// <summary>Path characters that <see cref="Uri"/> keeps as written: letters, digits and
    /// <c>! $ &amp; ' ( ) * + , - . / : ; = @ [ ] _ ~</c>.</summary>
    private static readonly SearchValues<char> PathCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!$&'()*+,-./:;=@[]_~");

    /// <summary>Query characters that <see cref="Uri"/> keeps as written: the path characters and <c>?</c>.</summary>
    private static readonly SearchValues<char> QueryCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!$&'()*+,-./:;=@[]_~?");

    /// <summary>Fragment characters accepted: the query characters and <c>#</c>.</summary>
    private static readonly SearchValues<char> FragmentCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!$&'()*+,-./:;=@[]_~?#");

    /// <summary>Gets a value indicating whether the scheme is <c>https</c> (written, or taken for a scheme-less URL).</summary>
    public bool IsHttps { get; init; }

    /// <summary>Gets the start of the host.</summary>
    public int HostStart { get; init; }

    /// <summary>Gets the end of the host.</summary>
    public int HostEnd { get; init; }

    /// <summary>Gets the port written, or -1 when there is none.</summary>
    public int Port { get; init; }

    /// <summary>Gets the start of the path (where the host or port ends).</summary>
    public int PathStart { get; init; }

    /// <summary>Gets the end of the path: the start of the query, the fragment, or the end of the URL.</summary>
    public int PathEnd { get; init; }

    /// <summary>Gets the end of the query (which starts at <see cref="PathEnd"/> with its <c>?</c>, when there is
    /// one): the start of the fragment or the end of the URL.</summary>
    public int QueryEnd { get; init; }

    /// <summary>Gets the length of the URL.</summary>
    public int Length { get; init; }

    /// <summary>Gets a value indicating whether the port is the scheme's default one (or none is written), as
    /// <see cref="Uri.IsDefaultPort"/> says.</summary>
    public bool IsDefaultPort => Port < 0 || Port == (IsHttps ? 443 : 80);

    /// <summary>Reads a URL as the scanner finds it, with an <c>http</c> or <c>https</c> scheme or without one (then
    /// <c>https</c> is taken), when it is plain (see the remarks).</summary>
    /// <param name="url">The URL text.</param>
    /// <param name="result">The parts, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the URL is plain; <see langword="false"/> when <see cref="Uri"/> must
    /// decide.</returns>
    public static bool TryParse(ReadOnlySpan<char> url, out PlainUrl result)
    {
        result = default;
        if (url.Length > MaxLength)
        {
            return false;
        }

        bool https;
        int hostStart;
        if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            (https, hostStart) = (true, "https://".Length);
        }
        else if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            (https, hostStart) = (false, "http://".Length);
        }
        else
        {
            (https, hostStart) = (true, 0);
        }

        int hostLength = url[hostStart..].IndexOfAnyExcept(HostCharacters);
        int hostEnd = hostLength < 0 ? url.Length : hostStart + hostLength;
        if (!IsPlainHost(url[hostStart..hostEnd]))
        {
            return false;
        }

        int port = -1;
        int pathStart = hostEnd;
        if (pathStart < url.Length && url[pathStart] == ':')
        {
            if (!TryReadPort(url, pathStart + 1, out port, out pathStart))
            {
                return false;
            }
        }

        if (pathStart < url.Length && url[pathStart] is not ('/' or '?' or '#'))
        {
            return false;
        }

        int pathEnd = EndOfRun(url, pathStart, PathCharacters);
        if (url[pathStart..pathEnd].Contains("/.", StringComparison.Ordinal))
        {
            return false;
        }

        int queryEnd = pathEnd;
        if (queryEnd < url.Length && url[queryEnd] == '?')
        {
            queryEnd = EndOfRun(url, queryEnd, QueryCharacters);
        }

        if (queryEnd < url.Length && (url[queryEnd] != '#' || EndOfRun(url, queryEnd, FragmentCharacters) != url.Length))
        {
            return false;
        }

        result = new PlainUrl
        {
            IsHttps = https,
            HostStart = hostStart,
            HostEnd = hostEnd,
            Port = port,
            PathStart = pathStart,
            PathEnd = pathEnd,
            QueryEnd = queryEnd,
            Length = url.Length,
        };
        return true;
    }

    /// <summary>Whether a host of letters, digits, hyphens and dots is a plain DNS name (see the remarks on
    /// <see cref="PlainUrl"/>), in one pass.</summary>
    private static bool IsPlainHost(ReadOnlySpan<char> host)
    {
        if (host.IsEmpty || host.Length > UrlScanner.MaxHostLength)
        {
            return false;
        }

        int labels = 1;
        int labelStart = 0;
        bool numeric = true;
        char previous = '.';
        for (int i = 0; i < host.Length; i++)
        {
            char c = host[i];
            if (c == '.')
            {
                // A label is 1–63 characters and does not end with a hyphen.
                if (previous is '.' or '-' || i - labelStart > MaxLabelLength)
                {
                    return false;
                }

                labels++;
                labelStart = i + 1;
            }
            else if (c == '-')
            {
                // Nor does it start with one, nor hold "--" (punycode and its look-alikes).
                if (previous is '.' or '-')
                {
                    return false;
                }

                numeric = false;
            }
            else
            {
                numeric = numeric && (char.IsAsciiHexDigit(c) || c is 'x' or 'X');
            }

            previous = c;
        }

        return previous is not ('.' or '-')
            && host.Length - labelStart <= MaxLabelLength
            && labels >= 2
            && !numeric;
    }

    /// <summary>Reads a port of 1–5 digits without a leading zero, below 65536.</summary>
    private static bool TryReadPort(ReadOnlySpan<char> url, int start, out int port, out int end)
    {
        port = 0;
        end = start;
        while (end < url.Length && char.IsAsciiDigit(url[end]) && end - start < 6)
        {
            port = (port * 10) + (url[end] - '0');
            end++;
        }

        return end - start is >= 1 and <= 5 && url[start] != '0' && port <= ushort.MaxValue;
    }

    private static int EndOfRun(ReadOnlySpan<char> url, int start, SearchValues<char> allowed)
    {
        int length = url[start..].IndexOfAnyExcept(allowed);
        return length < 0 ? url.Length : start + length;
    }
}
