using System.Buffers;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PaperDigest.Extraction.Links;

/// <summary>
/// Finds web URLs in mixed Chinese/English text: bare <c>http(s)://</c> URLs, scheme-less URLs of well-known hosts,
/// <c>&lt;url&gt;</c> autolinks and Markdown links <c>[text](url)</c>.
/// </summary>
/// <remarks>
/// <para>
/// The scan is a single left-to-right pass in linear time on every input: every look-ahead is either bounded by a
/// constant or by a character that the following steps never scan again, and failed candidates never make the scanner
/// revisit the rest of the input. Text without a <c>.</c>, <c>:</c>, <c>[</c> or <c>&lt;</c> cannot hold a URL and is
/// skipped in one vectorized search; at such a character the scan backs up to the start of its word (never behind the
/// point it had reached), so every character is looked at a constant number of times.
/// </para>
/// <para>Decisions:</para>
/// <list type="bullet">
/// <item><description>An explicit scheme (<c>http://</c>, <c>https://</c>, any case) may follow anything, even a
/// letter (<c>Codehttps://…</c> in scraped text starts the URL at the <c>h</c>).</description></item>
/// <item><description>A URL ends at whitespace (including NBSP, U+3000 and zero-width characters), control and format
/// characters, any CJK character (Han, kana, Hangul, CJK symbols and punctuation, full-width and half-width forms),
/// general punctuation U+2000–U+206F (curly quotes, dashes, ellipsis), arrows and symbols U+2190–U+2BFF, any
/// surrogate (emoji), <c>«</c>, <c>»</c>, <c>·</c> and the ASCII characters <c>&lt; &gt; " ` \ |</c>.</description></item>
/// <item><description>An apostrophe is allowed inside a URL but trimmed from its end, like <c>. , ; : ! ? * _ ~</c>
/// and an opening <c>( [ {</c>; a closing <c>) ] }</c> is trimmed only while the URL has more closing than opening
/// ones (so <c>…/Foo_(bar)</c> keeps its parenthesis).</description></item>
/// <item><description>Two URLs glued together (<c>…/2404.08634https://github.com/…</c>, frequent in scraped text) are
/// split where an embedded <c>http(s)://</c> directly follows a letter or digit; one that follows <c>/</c>, <c>=</c>
/// and the like (archive and redirect links) stays part of the URL.</description></item>
/// <item><description>Scheme-less URLs are only recognised for <c>www.</c> hosts, <c>*.github.io</c> hosts and a
/// short list of research hosts followed by <c>/</c>; they must start at a boundary, so e-mail addresses, version
/// numbers and abbreviations (<c>2.31</c>, <c>1.5B</c>, <c>e.g.</c>) never match.</description></item>
/// <item><description>A Markdown image <c>![alt](url)</c> is reported like a link; its match starts at the
/// <c>!</c>.</description></item>
/// </list>
/// </remarks>
internal static class UrlScanner
{
    /// <summary>The longest DNS host name accepted.</summary>
    internal const int MaxHostLength = 253;

    private const int MaxLabelLength = 63;
    private const int MaxLinkTextLength = 1000;
    private const int MaxTitleLength = 1000;
    private const int MaxMarkdownWhitespace = 16;
    private const string AsciiLettersAndDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string GitHubPagesSuffix = ".github.io";

    private static readonly SearchValues<char> StartChars = SearchValues.Create("[<" + AsciiLettersAndDigits);

    /// <summary>The characters near which a URL can start: a word is only a candidate when it holds a <c>.</c> (a
    /// scheme-less host) or is followed by <c>://</c>; Markdown links and autolinks start at <c>[</c> and
    /// <c>&lt;</c>.</summary>
    private static readonly SearchValues<char> Triggers = SearchValues.Create(".:[<");
    private static readonly SearchValues<char> HostChars = SearchValues.Create(AsciiLettersAndDigits + ".-");
    private static readonly SearchValues<char> Terminators = SearchValues.Create(CharsWhere(IsTerminator));
    private static readonly SearchValues<char> AuthorityEnds =
        SearchValues.Create(CharsWhere(static c => c is '/' or '?' or '#' || IsTerminator(c)));

    private static readonly SearchValues<char> LinkTextDelimiters = SearchValues.Create("[]");
    private static readonly SearchValues<char> Parentheses = SearchValues.Create("()");

    /// <summary>Hosts recognised without a scheme when directly followed by <c>/</c>.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SchemeLessHosts = new[]
    {
        "arxiv.org", "export.arxiv.org", "alphaxiv.org", "github.com", "gitlab.com", "gitee.com", "bitbucket.org",
        "huggingface.co", "openreview.net", "aclanthology.org", "doi.org", "paperswithcode.com",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Appends to <paramref name="results"/>, in text order and without overlaps, every URL found in
    /// <paramref name="text"/>.
    /// </summary>
    /// <param name="text">The text to scan.</param>
    /// <param name="results">The list the matches are appended to.</param>
    internal static void Scan(ReadOnlySpan<char> text, List<UrlMatch> results) => Scan(text, results, null);

    /// <summary>
    /// Appends to <paramref name="results"/>, in text order and without overlaps, every URL found in
    /// <paramref name="text"/>, and to <paramref name="targets"/> (when given) what each URL was read as, by
    /// <see cref="UrlTarget.TryCreate"/>: a plain URL, or the <see cref="Uri"/> that <see cref="TryCreateUri"/> makes.
    /// </summary>
    /// <param name="text">The text to scan.</param>
    /// <param name="results">The list the matches are appended to.</param>
    /// <param name="targets">The list the targets are appended to, one per match, or <see langword="null"/>.</param>
    internal static void Scan(ReadOnlySpan<char> text, List<UrlMatch> results, List<UrlTarget>? targets)
    {
        ArgumentNullException.ThrowIfNull(results);
        var state = new ScanState { Targets = targets };
        int i = 0;
        while (i < text.Length)
        {
            // Words are only worth a look near a trigger; the words before it are skipped in one search.
            int offset = text[i..].IndexOfAny(Triggers);
            if (offset < 0)
            {
                break;
            }

            int trigger = i + offset;
            int wordStart = text[trigger] is '[' or '<' ? trigger : WordStartBefore(text, i, trigger);
            if (IsInertTrigger(text, trigger, wordStart))
            {
                i = trigger + 1;
                if (wordStart == trigger)
                {
                    // Not even part of a word (a run of dots or colons): resume where the next word or bracket starts.
                    offset = text[i..].IndexOfAny(StartChars);
                    if (offset < 0)
                    {
                        break;
                    }

                    i += offset;
                }

                continue;
            }

            i = wordStart;
            if (i == trigger || !char.IsAsciiLetterOrDigit(text[i]))
            {
                offset = text[i..].IndexOfAny(StartChars);
                if (offset < 0)
                {
                    break;
                }

                i += offset;
            }

            i = text[i] switch
            {
                '[' => ScanMarkdown(text, i, results, ref state),
                '<' => ScanAngle(text, i, results, ref state),
                _ => ScanWord(text, i, results, ref state),
            };
        }
    }

    /// <summary>Finds where the run of host characters that ends at <paramref name="trigger"/> starts, but not before
    /// <paramref name="from"/>: the scan resumes there, where it would have started the word that holds the
    /// <c>.</c> or is followed by the <c>:</c>. The words skipped before it hold no dot and are not followed by
    /// <c>://</c>, so none of them starts a URL.</summary>
    /// <param name="text">The text being scanned.</param>
    /// <param name="from">Where the scan stands; nothing before it is looked at again.</param>
    /// <param name="trigger">The trigger character found at or after <paramref name="from"/>.</param>
    /// <returns>The start of the word, between <paramref name="from"/> and <paramref name="trigger"/>.</returns>
    private static int WordStartBefore(ReadOnlySpan<char> text, int from, int trigger)
    {
        int last = text[from..trigger].LastIndexOfAnyExcept(HostChars);
        return last < 0 ? from : from + last + 1;
    }

    /// <summary>Gets a value indicating whether a trigger found before any other cannot start a URL, so that the scan
    /// may resume right after it. <c>[</c> and <c>&lt;</c> always need a look. A <c>:</c> matters only as the start of
    /// <c>://</c> right after a word. A <c>.</c> matters only inside a word: one that ends its word (a full stop)
    /// leaves, once trimmed, a word without a dot, which is neither a host nor a scheme.</summary>
    /// <param name="text">The text being scanned.</param>
    /// <param name="trigger">The first trigger at or after the scan position.</param>
    /// <param name="wordStart">The start of the run of host characters that ends at <paramref name="trigger"/>.</param>
    /// <returns><see langword="true"/> when the scan can skip past the trigger.</returns>
    private static bool IsInertTrigger(ReadOnlySpan<char> text, int trigger, int wordStart)
    {
        int next = trigger + 1;
        return text[trigger] switch
        {
            ':' => wordStart == trigger || !text[next..].StartsWith("//", StringComparison.Ordinal),
            '.' => wordStart == trigger || next == text.Length || !HostChars.Contains(text[next]),
            _ => false,
        };
    }

    /// <summary>
    /// Turns a URL as found by <see cref="Scan(ReadOnlySpan{char}, List{UrlMatch})"/> (with or without a scheme) into an
    /// absolute <c>http</c> or <c>https</c> <see cref="Uri"/>. A scheme-less URL (<c>github.com/a/b</c>) is taken as
    /// <c>https</c>.
    /// </summary>
    /// <param name="url">The URL text.</param>
    /// <param name="uri">The URI, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="url"/> is a web URL whose host is <c>localhost</c>, an IP
    /// address, or a DNS name with at least two non-empty labels.</returns>
    internal static bool TryCreateUri(ReadOnlySpan<char> url, [NotNullWhen(true)] out Uri? uri)
    {
        uri = null;
        string candidate;
        int separator = url.IndexOf("://", StringComparison.Ordinal);
        if (separator > 0 && IsSchemeName(url[..separator]))
        {
            var scheme = url[..separator];
            if (!scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
                && !scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            candidate = url.ToString();
        }
        else if (LooksLikeSchemeLessHost(url))
        {
            candidate = string.Concat("https://", url);
        }
        else
        {
            return false;
        }

        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var created)
            || (created.Scheme != Uri.UriSchemeHttp && created.Scheme != Uri.UriSchemeHttps)
            || !IsAcceptableHost(created))
        {
            return false;
        }

        uri = created;
        return true;
    }

    /// <summary>Gets a value indicating whether a URI's host is <c>localhost</c>, an IP address, or a DNS name with at
    /// least two labels of 1–63 characters and at most 253 characters in all.</summary>
    /// <param name="uri">An absolute URI.</param>
    /// <returns><see langword="true"/> when the host is acceptable.</returns>
    internal static bool IsAcceptableHost(Uri uri)
    {
        switch (uri.HostNameType)
        {
            case UriHostNameType.IPv4:
            case UriHostNameType.IPv6:
                return true;
            case UriHostNameType.Dns:
                return TryGetIdnHost(uri, out string? host)
                    && (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || HasValidLabels(host));
            default:
                return false;
        }
    }

    /// <summary>Gets the host in its ASCII (punycode) form. <see cref="Uri"/> accepts hosts with code points that IDNA
    /// rejects (unassigned or private-use characters, <c>b\u05FA.com</c>), and then <see cref="Uri.IdnHost"/> throws:
    /// such a host is not a host.</summary>
    /// <param name="uri">An absolute URI with a DNS host.</param>
    /// <param name="host">The ASCII host, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the host has an ASCII form.</returns>
    internal static bool TryGetIdnHost(Uri uri, [NotNullWhen(true)] out string? host)
    {
        try
        {
            host = uri.IdnHost;
            return true;
        }
        catch (UriFormatException)
        {
            host = null;
            return false;
        }
    }

    /// <summary>Gets a value indicating whether a host name has at least two labels, none empty, none longer than 63
    /// characters, and at most 253 characters in all.</summary>
    /// <param name="host">The host name.</param>
    /// <returns><see langword="true"/> when the labels are valid.</returns>
    internal static bool HasValidLabels(ReadOnlySpan<char> host)
    {
        if (host.IsEmpty || host.Length > MaxHostLength)
        {
            return false;
        }

        int labels = 0;
        while (true)
        {
            int dot = host.IndexOf('.');
            int length = dot < 0 ? host.Length : dot;
            if (length is 0 or > MaxLabelLength)
            {
                return false;
            }

            labels++;
            if (dot < 0)
            {
                return labels >= 2;
            }

            host = host[(dot + 1)..];
        }
    }

    private static int ScanWord(ReadOnlySpan<char> text, int i, List<UrlMatch> results, ref ScanState state)
    {
        int runEnd = RunEnd(text, i);
        if (runEnd + 2 < text.Length && text[runEnd] == ':' && text[runEnd + 1] == '/' && text[runEnd + 2] == '/')
        {
            int schemeLength = SchemeSuffixLength(text[i..runEnd]);
            if (schemeLength > 0)
            {
                return ScanBare(text, runEnd - schemeLength, runEnd + 3, requireSlash: false, results, ref state);
            }
        }

        if (IsBoundaryBefore(text, i) && IsSchemeLessHost(text, i, runEnd, out bool requireSlash))
        {
            return ScanBare(text, i, i, requireSlash, results, ref state);
        }

        return runEnd;
    }

    private static int ScanBare(
        ReadOnlySpan<char> text, int start, int hostStart, bool requireSlash, List<UrlMatch> results, ref ScanState state)
    {
        bool schemeLess = hostStart == start;
        if (!schemeLess && !AuthorityLooksValid(text, hostStart))
        {
            return hostStart;
        }

        int end = state.FindTerminator(text, hostStart);
        end = SplitAtEmbeddedScheme(text, hostStart, end);
        end = TrimTrailing(text, hostStart, end);
        if (IsValidCandidate(text[start..end], schemeLess, requireSlash, out UrlTarget target))
        {
            results.Add(new UrlMatch(start, end - start, start, end - start, start, 0));
            state.Targets?.Add(target);
        }

        return Math.Max(end, start + 1);
    }

    private static int ScanAngle(ReadOnlySpan<char> text, int open, List<UrlMatch> results, ref ScanState state)
    {
        int urlStart = open + 1;
        if (!TryRecognizeUrlStart(text, urlStart, out int hostStart, out bool requireSlash)
            || (hostStart != urlStart && !AuthorityLooksValid(text, hostStart)))
        {
            return open + 1;
        }

        int end = state.FindTerminator(text, hostStart);
        if (end >= text.Length || text[end] != '>' || !IsValidCandidate(text[urlStart..end], hostStart == urlStart, requireSlash, out UrlTarget target))
        {
            return open + 1;
        }

        results.Add(new UrlMatch(open, end + 1 - open, urlStart, end - urlStart, open, 0));
        state.Targets?.Add(target);
        return end + 1;
    }

    private static int ScanMarkdown(ReadOnlySpan<char> text, int open, List<UrlMatch> results, ref ScanState state)
    {
        int next = open + 1;
        if (open < state.MarkdownFloor)
        {
            return next;
        }

        int textStart = open + 1;
        int limit = Math.Min(text.Length, textStart + MaxLinkTextLength + 1);
        int offset = text[textStart..limit].IndexOfAny(LinkTextDelimiters);
        if (offset < 0 || text[textStart + offset] == '[')
        {
            return next;
        }

        int textEnd = textStart + offset;
        if (textEnd + 1 >= text.Length || text[textEnd + 1] != '(')
        {
            return next;
        }

        int destination = SkipWhitespace(text, textEnd + 2);
        bool angle = destination < text.Length && text[destination] == '<';
        int urlStart = angle ? destination + 1 : destination;
        if (!TryRecognizeUrlStart(text, urlStart, out int hostStart, out bool requireSlash)
            || (hostStart != urlStart && !AuthorityLooksValid(text, hostStart)))
        {
            return next;
        }

        int extentEnd = state.FindTerminator(text, hostStart);
        int urlEnd;
        int close;
        if (angle)
        {
            if (extentEnd >= text.Length || text[extentEnd] != '>')
            {
                return next;
            }

            urlEnd = extentEnd;
            close = FindCloseAfterDestination(text, extentEnd + 1, ref state);
        }
        else
        {
            urlEnd = FindUnbalancedCloseParenthesis(text, hostStart, extentEnd);
            if (urlEnd >= 0)
            {
                close = urlEnd;
            }
            else
            {
                // The whole extent was scanned: a '[' inside it is never tried as a Markdown link again.
                state.MarkdownFloor = Math.Max(state.MarkdownFloor, extentEnd);
                urlEnd = extentEnd;
                close = FindCloseAfterDestination(text, extentEnd, ref state);
            }
        }

        if (close < 0 || !IsValidCandidate(text[urlStart..urlEnd], hostStart == urlStart, requireSlash, out UrlTarget target))
        {
            state.MarkdownFloor = Math.Max(state.MarkdownFloor, urlEnd);
            return next;
        }

        int start = open > 0 && text[open - 1] == '!' ? open - 1 : open;
        results.Add(new UrlMatch(start, close + 1 - start, urlStart, urlEnd - urlStart, textStart, textEnd - textStart));
        state.Targets?.Add(target);
        return close + 1;
    }

    /// <summary>Finds the <c>)</c> closing a Markdown destination that ended at <paramref name="position"/>, after
    /// optional whitespace and an optional title in quotes or parentheses on the same line.</summary>
    private static int FindCloseAfterDestination(ReadOnlySpan<char> text, int position, ref ScanState state)
    {
        int i = SkipWhitespace(text, position);
        if (i < text.Length && text[i] == ')')
        {
            return i;
        }

        if (i == position || i >= text.Length)
        {
            return -1;
        }

        char closing = text[i] switch
        {
            '"' => '"',
            '\'' => '\'',
            '(' => ')',
            _ => '\0',
        };
        if (closing == '\0')
        {
            return -1;
        }

        int titleStart = i + 1;
        int limit = Math.Min(text.Length, titleStart + MaxTitleLength);
        var title = text[titleStart..limit];
        int offset = title.IndexOfAny(closing, '\n');
        if (offset < 0 || title[offset] == '\n')
        {
            state.MarkdownFloor = Math.Max(state.MarkdownFloor, offset < 0 ? limit : titleStart + offset);
            return -1;
        }

        int j = SkipWhitespace(text, titleStart + offset + 1);
        return j < text.Length && text[j] == ')' ? j : -1;
    }

    private static int FindUnbalancedCloseParenthesis(ReadOnlySpan<char> text, int from, int to)
    {
        int depth = 0;
        int i = from;
        while (i < to)
        {
            int offset = text[i..to].IndexOfAny(Parentheses);
            if (offset < 0)
            {
                return -1;
            }

            i += offset;
            if (text[i] == '(')
            {
                depth++;
            }
            else if (depth == 0)
            {
                return i;
            }
            else
            {
                depth--;
            }

            i++;
        }

        return -1;
    }

    private static int SkipWhitespace(ReadOnlySpan<char> text, int i)
    {
        int limit = Math.Min(text.Length, i + MaxMarkdownWhitespace);
        while (i < limit && text[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }

        return i;
    }

    /// <summary>Recognises the start of a URL at <paramref name="position"/> inside <c>&lt;…&gt;</c> or a Markdown
    /// destination: an explicit scheme, or a scheme-less host (no boundary needed there).</summary>
    private static bool TryRecognizeUrlStart(ReadOnlySpan<char> text, int position, out int hostStart, out bool requireSlash)
    {
        requireSlash = false;
        hostStart = position;
        var rest = text[position..];
        if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            hostStart = position + "https://".Length;
            return true;
        }

        if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            hostStart = position + "http://".Length;
            return true;
        }

        return !rest.IsEmpty
            && char.IsAsciiLetterOrDigit(rest[0])
            && IsSchemeLessHost(text, position, RunEnd(text, position), out requireSlash);
    }

    /// <summary>Decides whether the run of host characters <c>[start, runEnd)</c> starts a scheme-less URL.</summary>
    private static bool IsSchemeLessHost(ReadOnlySpan<char> text, int start, int runEnd, out bool requireSlash)
    {
        requireSlash = false;
        var token = text[start..runEnd].TrimEnd(".-");
        if (!token.Contains('.'))
        {
            return false;
        }

        // Each form is told by its shape first; the labels are checked only for a token that has one.
        if (token.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return token[4..].Contains('.') && HasValidLabels(token);
        }

        if (token.Length > GitHubPagesSuffix.Length && token.EndsWith(GitHubPagesSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return HasValidLabels(token);
        }

        requireSlash = true;
        return token.Length == runEnd - start
            && runEnd < text.Length
            && text[runEnd] == '/'
            && SchemeLessHosts.Contains(token)
            && HasValidLabels(token);
    }

    /// <summary>A cheap check, bounded by the next <c>/</c>, that the authority after <c>://</c> can hold a host
    /// with a dot (or <c>localhost</c>, or an IPv6 literal); anything finer is left to <see cref="Uri"/>.</summary>
    private static bool AuthorityLooksValid(ReadOnlySpan<char> text, int hostStart)
    {
        var authority = text[hostStart..];

        // Usually the authority is a run of host characters ended by a '/' (or another authority end): then that run
        // is the authority, found without searching for the many non-ASCII terminators.
        int end = authority.IndexOfAnyExcept(HostChars);
        if (end >= 0 && !AuthorityEnds.Contains(authority[end]))
        {
            end = authority.IndexOfAny(AuthorityEnds);
        }

        if (end >= 0)
        {
            authority = authority[..end];
        }

        int at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority[(at + 1)..];
        }

        if (authority.IsEmpty)
        {
            return false;
        }

        if (authority[0] == '[')
        {
            return authority.IndexOf(']') > 1;
        }

        int colon = authority.IndexOf(':');
        var host = (colon < 0 ? authority : authority[..colon]).TrimEnd(".,;:!?'*_~)]}");
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        int dot = host.IndexOf('.');
        return dot > 0 && dot < host.Length - 1;
    }

    /// <summary>Ends a URL before an embedded <c>http(s)://</c> that directly follows a letter or digit.</summary>
    private static int SplitAtEmbeddedScheme(ReadOnlySpan<char> text, int hostStart, int end)
    {
        int from = hostStart;
        while (from < end)
        {
            int offset = text[from..end].IndexOf("://", StringComparison.Ordinal);
            if (offset < 0)
            {
                break;
            }

            int colon = from + offset;
            int schemeLength = SchemeSuffixLength(text[hostStart..colon]);
            int schemeStart = colon - schemeLength;
            if (schemeLength > 0 && schemeStart > hostStart && char.IsAsciiLetterOrDigit(text[schemeStart - 1]))
            {
                return schemeStart;
            }

            from = colon + 3;
        }

        return end;
    }

    /// <summary>Drops trailing punctuation, opening brackets and unbalanced closing brackets.</summary>
    private static int TrimTrailing(ReadOnlySpan<char> text, int hostStart, int end)
    {
        // Without a closing bracket among the trailing candidates every one of them goes, and the bracket balance of
        // the URL, which only decides about closing brackets, need not be counted.
        int suffixStart = end;
        bool closingBracket = false;
        while (suffixStart > hostStart && IsTrailingCandidate(text[suffixStart - 1]))
        {
            suffixStart--;
            closingBracket |= text[suffixStart] is ')' or ']' or '}';
        }

        if (!closingBracket)
        {
            return suffixStart;
        }

        var span = text[hostStart..end];
        int parentheses = span.Count(')') - span.Count('(');
        int brackets = span.Count(']') - span.Count('[');
        int braces = span.Count('}') - span.Count('{');
        while (end > hostStart)
        {
            switch (text[end - 1])
            {
                case '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '*' or '_' or '~':
                    break;
                case ')' when parentheses > 0:
                    parentheses--;
                    break;
                case '(':
                    parentheses++;
                    break;
                case '[':
                    brackets++;
                    break;
                case '{':
                    braces++;
                    break;
                case ']' when brackets > 0:
                    brackets--;
                    break;
                case '}' when braces > 0:
                    braces--;
                    break;
                default:
                    return end;
            }

            end--;
        }

        return end;
    }

    private static bool IsValidCandidate(ReadOnlySpan<char> url, bool schemeLess, bool requireSlash, out UrlTarget target)
    {
        target = default;
        if (schemeLess)
        {
            int hostEnd = url.IndexOfAnyExcept(HostChars);
            if (hostEnd < 0)
            {
                if (requireSlash)
                {
                    return false;
                }
            }
            else if (requireSlash ? url[hostEnd] != '/' : url[hostEnd] is not ('/' or '?' or '#' or ':'))
            {
                return false;
            }
        }

        return UrlTarget.TryCreate(url, out target);
    }

    private static bool LooksLikeSchemeLessHost(ReadOnlySpan<char> url)
    {
        if (url.IsEmpty || !char.IsAsciiLetterOrDigit(url[0]))
        {
            return false;
        }

        int hostEnd = url.IndexOfAnyExcept(HostChars);
        var host = hostEnd < 0 ? url : url[..hostEnd];
        return host.Contains('.') && (hostEnd < 0 || url[hostEnd] is '/' or '?' or '#' or ':');
    }

    private static bool IsSchemeName(ReadOnlySpan<char> scheme)
    {
        if (!char.IsAsciiLetter(scheme[0]))
        {
            return false;
        }

        foreach (char c in scheme)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static int SchemeSuffixLength(ReadOnlySpan<char> run)
    {
        if (run.EndsWith("https", StringComparison.OrdinalIgnoreCase))
        {
            return 5;
        }

        return run.EndsWith("http", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
    }

    private static int RunEnd(ReadOnlySpan<char> text, int start)
    {
        int offset = text[start..].IndexOfAnyExcept(HostChars);
        return offset < 0 ? text.Length : start + offset;
    }

    /// <summary>Whether <paramref name="c"/> is one of the characters <see cref="TrimTrailing"/> may drop from the end
    /// of a URL: <c>. , ; : ! ? ' " * _ ~ ( ) [ ] { }</c>.</summary>
    private static bool IsTrailingCandidate(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '*' or '_' or '~' or '(' or ')' or '[' or ']' or '{' or '}';

    /// <summary>A scheme-less URL may not continue a word, a path, a domain or an e-mail address.</summary>
    private static bool IsBoundaryBefore(ReadOnlySpan<char> text, int i)
    {
        if (i == 0)
        {
            return true;
        }

        char previous = text[i - 1];
        if (char.IsAsciiLetterOrDigit(previous) || previous is '.' or '/' or '@' or '-' or '_')
        {
            return false;
        }

        return previous < '\u0080' || IsTerminator(previous);
    }

    private static bool IsTerminator(char c)
    {
        if (c < '\u0080')
        {
            return c <= ' ' || c is '\u007F' or '<' or '>' or '"' or '`' or '\\' or '|';
        }

        return c switch
        {
            <= '\u00A0' => true, // C1 controls and NBSP
            '\u00AB' or '\u00AD' or '\u00B7' or '\u00BB' => true, // « soft hyphen · »
            >= '\u1100' and <= '\u11FF' => true, // Hangul Jamo
            >= '\u2000' and <= '\u206F' => true, // general punctuation: spaces, zero-width, dashes, quotes, ellipsis
            >= '\u2190' and <= '\u2BFF' => true, // arrows, math operators, technical, box drawing, shapes, dingbats
            >= '\u2E80' and <= '\uA4CF' => true, // CJK radicals, CJK symbols and punctuation, kana, Hangul, Han, Yi
            >= '\uAC00' and <= '\uDFFF' => true, // Hangul syllables and surrogates (emoji, supplementary Han)
            >= '\uF900' and <= '\uFAFF' => true, // CJK compatibility ideographs
            >= '\uFE00' and <= '\uFE6F' => true, // variation selectors, vertical and CJK compatibility forms
            >= '\uFEFF' => true, // zero-width no-break space, half-width and full-width forms, specials
            _ => char.IsWhiteSpace(c)
                || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format,
        };
    }

    private static string CharsWhere(Func<char, bool> predicate)
    {
        var chars = new List<char>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (predicate((char)c))
            {
                chars.Add((char)c);
            }
        }

        return new string(chars.ToArray());
    }

    /// <summary>Mutable scan state that keeps every look-ahead linear.</summary>
    private struct ScanState
    {
        private int terminatorFrom;
        private int terminatorEnd;

        /// <summary>Gets or sets the offset before which a <c>[</c> is never tried as a Markdown link again, because
        /// the text up to here was already scanned for a Markdown destination.</summary>
        public int MarkdownFloor { get; set; }

        /// <summary>Gets or sets the list that receives the target of each match, or <see langword="null"/>.</summary>
        public List<UrlTarget>? Targets { get; set; }

        /// <summary>Finds the first terminator at or after <paramref name="from"/>, reusing the last answer when
        /// <paramref name="from"/> lies in the terminator-free stretch found last time.</summary>
        public int FindTerminator(ReadOnlySpan<char> text, int from)
        {
            if (from >= terminatorFrom && from <= terminatorEnd && terminatorEnd > 0)
            {
                return terminatorEnd;
            }

            int offset = text[from..].IndexOfAny(Terminators);
            terminatorFrom = from;
            terminatorEnd = offset < 0 ? text.Length : from + offset;
            return terminatorEnd;
        }
    }
}
