namespace PaperDigest.Markdown;

/// <summary>
/// Blanks the inline constructs whose text must never be mined — code spans, HTML comments, <c>&lt;img&gt;</c> tags and
/// image syntax <c>![alt](url)</c> / <c>![alt][ref]</c> — in one paragraph or heading (or in an HTML block, where only
/// comments and <c>&lt;img&gt;</c> tags count). Blanked characters become spaces; line breaks stay.
/// </summary>
/// <remarks>
/// <para>
/// Hand-written rather than Markdig's inline parser: Markdig's link parsing is super-linear on inputs such as
/// <c>[](</c> repeated (64 KB take seconds), and the reader must stay linear on every input. Every step here is: code
/// span closers are found through per-length lists of backtick runs walked by a forward-only pointer, brackets and
/// parentheses are paired with one stack pass, the searches for <c>&gt;</c> and <c>--&gt;</c> remember where none exists, and
/// an image is checked in constant time from precomputed white-space tables.
/// </para>
/// <para>
/// It follows CommonMark's precedence (the construct that starts first wins; backslash escapes; a code span needs a
/// closing run of the same length) but not every corner: a shortcut reference image <c>![alt]</c> is left alone, and an
/// image's title is not checked for its closing quote.
/// </para>
/// </remarks>
internal static class InlineBlanker
{
    private const int MaxTagLength = 1024;

    /// <summary>Blanks the constructs found in <c>source[start..end)</c> into <paramref name="output"/> (same offsets).</summary>
    /// <param name="source">The Markdown.</param>
    /// <param name="output">The projection being made (a copy of <paramref name="source"/>).</param>
    /// <param name="start">Start of the region.</param>
    /// <param name="end">End of the region (exclusive).</param>
    /// <param name="markdown"><see langword="true"/> for Markdown text (paragraphs, headings); <see langword="false"/> for an HTML block.</param>
    internal static void Blank(ReadOnlySpan<char> source, Span<char> output, int start, int end, bool markdown)
    {
        if (start < 0 || end > source.Length || start >= end)
        {
            return;
        }

        ReadOnlySpan<char> text = source[start..end];
        Span<char> target = output[start..end];
        bool[] opaque = new bool[text.Length];
        var images = new List<int>();
        BacktickRuns runs = markdown ? new BacktickRuns(text) : default;

        // The first '>' (and '-->') at or after the last search start: valid for every later position up to it.
        int nextGt = -1;
        int nextCommentClose = -1;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (markdown && c == '\\' && i + 1 < text.Length && IsAsciiPunctuation(text[i + 1]))
            {
                opaque[i + 1] = true;
                i += 2;
            }
            else if (markdown && c == '`')
            {
                int length = RunLength(text, i);
                int close = runs.NextRun(length, i + length);
                if (close >= 0)
                {
                    BlankRange(target, opaque, i, close + length);
                    i = close + length;
                }
                else
                {
                    i += length;
                }
            }
            else if (c == '<' && text[(i + 1)..].StartsWith("!--", StringComparison.Ordinal))
            {
                int close = CommentEnd(text, i, ref nextCommentClose);
                if (close < 0)
                {
                    i++;
                    continue;
                }

                BlankRange(target, opaque, i, close);
                i = close;
            }
            else if (c == '<' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '/'))
            {
                if (nextGt < i)
                {
                    int found = text[i..].IndexOf('>');
                    nextGt = found < 0 ? int.MaxValue : i + found;
                }

                if (nextGt == int.MaxValue || nextGt - i > MaxTagLength)
                {
                    i++;
                    continue;
                }

                int tagEnd = nextGt + 1;
                if (IsImageTag(text[i..tagEnd]))
                {
                    BlankRange(target, opaque, i, tagEnd);
                }
                else
                {
                    opaque.AsSpan(i, tagEnd - i).Fill(true);
                }

                i = tagEnd;
            }
            else
            {
                if (markdown && c == '!' && i + 1 < text.Length && text[i + 1] == '[')
                {
                    images.Add(i);
                }

                i++;
            }
        }

        if (images.Count > 0)
        {
            BlankImages(text, target, opaque, images);
        }
    }

    /// <summary>The end (exclusive) of the HTML comment that starts at <paramref name="start"/>, or -1 when it never ends.</summary>
    private static int CommentEnd(ReadOnlySpan<char> text, int start, ref int nextClose)
    {
        ReadOnlySpan<char> rest = text[(start + 4)..];
        if (rest.StartsWith(">", StringComparison.Ordinal))
        {
            return start + 5;
        }

        if (rest.StartsWith("->", StringComparison.Ordinal))
        {
            return start + 6;
        }

        if (nextClose < start + 4)
        {
            int found = rest.IndexOf("-->", StringComparison.Ordinal);
            nextClose = found < 0 ? int.MaxValue : start + 4 + found;
        }

        return nextClose == int.MaxValue ? -1 : nextClose + 3;
    }

    private static bool IsAsciiPunctuation(char c) => c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');

    private static bool IsImageTag(ReadOnlySpan<char> tag) =>
        tag.Length > 4 && tag[1..4].Equals("img", StringComparison.OrdinalIgnoreCase) && tag[4] is ' ' or '\t' or '\n' or '\r' or '/' or '>';

    private static int RunLength(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end < text.Length && text[end] == '`')
        {
            end++;
        }

        return end - start;
    }

    /// <summary>Pairs brackets and parentheses outside opaque text, then blanks every <c>![…](…)</c> and <c>![…][…]</c>.</summary>
    private static void BlankImages(ReadOnlySpan<char> text, Span<char> target, bool[] opaque, List<int> images)
    {
        var bracketClose = new Dictionary<int, int>();
        var parenClose = new Dictionary<int, int>();
        var brackets = new Stack<int>();
        var parens = new Stack<int>();
        for (int i = 0; i < text.Length; i++)
        {
            if (opaque[i])
            {
                continue;
            }

            switch (text[i])
            {
                case '[':
                    brackets.Push(i);
                    break;
                case ']' when brackets.Count > 0:
                    bracketClose[brackets.Pop()] = i;
                    break;
                case '(':
                    parens.Push(i);
                    break;
                case ')' when parens.Count > 0:
                    parenClose[parens.Pop()] = i;
                    break;
                default:
                    break;
            }
        }

        int[] nextSpace = new int[text.Length + 1];
        int[] nextNonSpace = new int[text.Length + 1];
        nextSpace[text.Length] = text.Length;
        nextNonSpace[text.Length] = text.Length;
        for (int i = text.Length - 1; i >= 0; i--)
        {
            bool space = char.IsWhiteSpace(text[i]);
            nextSpace[i] = space ? i : nextSpace[i + 1];
            nextNonSpace[i] = space ? nextNonSpace[i + 1] : i;
        }

        foreach (int bang in images)
        {
            if (opaque[bang] || !bracketClose.TryGetValue(bang + 1, out int altEnd) || altEnd + 1 >= text.Length)
            {
                continue;
            }

            int open = altEnd + 1;
            int end = -1;
            if (text[open] == '(' && parenClose.TryGetValue(open, out int close) && IsDestination(text, open, close, nextSpace, nextNonSpace))
            {
                end = close + 1;
            }
            else if (text[open] == '[' && bracketClose.TryGetValue(open, out int labelEnd))
            {
                end = labelEnd + 1;
            }

            if (end > 0)
            {
                BlankRange(target, opaque, bang, end);
            }
        }
    }

    /// <summary>
    /// Whether <c>(…)</c> holds a link destination: one run without white space (or <c>&lt;…&gt;</c>), optionally followed
    /// by a title that starts with a quote or a parenthesis. Constant time.
    /// </summary>
    private static bool IsDestination(ReadOnlySpan<char> text, int open, int close, int[] nextSpace, int[] nextNonSpace)
    {
        int destination = nextNonSpace[open + 1];
        if (destination >= close || text[destination] == '<')
        {
            return true;
        }

        int destinationEnd = nextSpace[destination];
        if (destinationEnd >= close)
        {
            return true;
        }

        int title = nextNonSpace[destinationEnd];
        return title >= close || text[title] is '"' or '\'' or '(';
    }

    private static void BlankRange(Span<char> target, bool[] opaque, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (target[i] is not ('\r' or '\n'))
            {
                target[i] = ' ';
            }

            opaque[i] = true;
        }
    }

    /// <summary>The backtick runs of a region, by length, each list walked forward only once.</summary>
    private readonly struct BacktickRuns
    {
        private readonly Dictionary<int, RunList> _byLength;

        internal BacktickRuns(ReadOnlySpan<char> text)
        {
            _byLength = [];
            int i = 0;
            while (i < text.Length)
            {
                int next = text[i..].IndexOf('`');
                if (next < 0)
                {
                    break;
                }

                i += next;
                int length = RunLength(text, i);
                if (!_byLength.TryGetValue(length, out RunList? list))
                {
                    list = new RunList();
                    _byLength[length] = list;
                }

                list.Starts.Add(i);
                i += length;
            }
        }

        /// <summary>The start of the first run of exactly <paramref name="length"/> backticks at or after <paramref name="from"/>, or -1.</summary>
        internal int NextRun(int length, int from)
        {
            if (_byLength is null || !_byLength.TryGetValue(length, out RunList? list))
            {
                return -1;
            }

            while (list.Next < list.Starts.Count && list.Starts[list.Next] < from)
            {
                list.Next++;
            }

            return list.Next < list.Starts.Count ? list.Starts[list.Next] : -1;
        }
    }

    private sealed class RunList
    {
        public List<int> Starts { get; } = [];

        public int Next { get; set; }
    }
}
