using System.Collections.Frozen;

namespace PaperDigest.Html;

/// <summary>
/// Keeps the HTML tree builder linear: a start tag that would nest deeper than <see cref="MaxDepth"/> unclosed elements
/// is replaced by spaces of the same length before AngleSharp parses the input.
/// </summary>
/// <remarks>
/// The HTML tree-construction algorithm searches the stack of open elements for most tags, so thousands of unclosed
/// elements (1 MB of <c>&lt;div&gt;</c>, <c>&lt;b&gt;&lt;i&gt;</c>, <c>&lt;ul&gt;&lt;li&gt;</c>) make it quadratic. This pre-scan
/// estimates the depth with a stack of tag names (void elements and elements whose end tag is optional — <c>p</c>,
/// <c>li</c>, <c>td</c>… — are not counted; the contents of <c>script</c>, <c>style</c> and the other raw-text elements are
/// skipped) and blanks only the excess start tags. The copy has the input's length, so every position AngleSharp reports
/// is still a position of the original input. Real pages never come near the limit.
/// </remarks>
internal static class HtmlNestingGuard
{
    /// <summary>The deepest nesting of counted elements kept.</summary>
    internal const int MaxDepth = 256;

    private static readonly FrozenSet<string> NotCounted = new[]
    {
        // Void elements.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        // Elements a later sibling closes.
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "rtc",
        // Elements the parser itself keeps single.
        "html", "head", "body",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> RawText = new[]
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Returns <paramref name="input"/>, or a same-length copy with the start tags beyond <see cref="MaxDepth"/> blanked.</summary>
    /// <param name="input">The HTML.</param>
    /// <returns>The text to give the HTML parser.</returns>
    internal static string Apply(string input)
    {
        var open = new List<string>();
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        char[]? copy = null;
        int position = 0;
        while (position < input.Length)
        {
            int lt = input.IndexOf('<', position);
            if (lt < 0 || lt + 1 >= input.Length)
            {
                break;
            }

            char next = input[lt + 1];
            if (next == '!' && string.CompareOrdinal(input, lt, "<!--", 0, 4) == 0)
            {
                int close = input.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                position = close < 0 ? input.Length : close + 3;
            }
            else if (next is '!' or '?')
            {
                int close = input.IndexOf('>', lt + 2);
                position = close < 0 ? input.Length : close + 1;
            }
            else if (next == '/')
            {
                string name = ReadName(input, lt + 2, out int nameEnd);
                int close = input.IndexOf('>', nameEnd);
                position = close < 0 ? input.Length : close + 1;
                if (name.Length > 0 && counts.TryGetValue(name, out int count) && count > 0)
                {
                    Close(open, counts, name);
                }
            }
            else if (char.IsAsciiLetter(next))
            {
                string name = ReadName(input, lt + 1, out int nameEnd);
                int tagEnd = FindTagEnd(input, nameEnd);
                position = tagEnd;
                if (RawText.Contains(name))
                {
                    // Raw text cannot nest: skip to its end tag and never blank it (its content would become text).
                    int close = input.IndexOf(string.Concat("</", name), tagEnd, StringComparison.OrdinalIgnoreCase);
                    position = close < 0 ? input.Length : close;
                    continue;
                }

                if (name.Equals("plaintext", StringComparison.OrdinalIgnoreCase))
                {
                    break;
                }

                if (NotCounted.Contains(name))
                {
                    continue;
                }

                if (open.Count >= MaxDepth)
                {
                    copy ??= input.ToCharArray();
                    copy.AsSpan(lt, tagEnd - lt).Fill(' ');
                    continue;
                }

                open.Add(name);
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
            else
            {
                position = lt + 1;
            }
        }

        return copy is null ? input : new string(copy);
    }

    private static void Close(List<string> open, Dictionary<string, int> counts, string name)
    {
        while (open.Count > 0)
        {
            string top = open[^1];
            open.RemoveAt(open.Count - 1);
            counts[top]--;
            if (top.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }
    }

    private static string ReadName(string input, int start, out int end)
    {
        end = start;
        while (end < input.Length && end - start < 64 && (char.IsAsciiLetterOrDigit(input[end]) || input[end] is '-' or ':' or '_'))
        {
            end++;
        }

        return input[start..end];
    }

    /// <summary>The offset just after the <c>&gt;</c> that ends a start tag (a quoted attribute value may hold one).</summary>
    private static int FindTagEnd(string input, int position)
    {
        char quote = '\0';
        char previous = '\0';
        for (; position < input.Length; position++)
        {
            char c = input[position];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                    previous = c;
                }
            }
            else if (c == '>')
            {
                return position + 1;
            }
            else if (c is '"' or '\'' && previous == '=')
            {
                quote = c;
            }
            else if (c is not (' ' or '\t' or '\n' or '\r' or '\f'))
            {
                previous = c;
            }
        }

        return input.Length;
    }
}
