using System.Collections.Frozen;

namespace PaperDigest.Html;

/// <summary>Decides whether an input is HTML (for <see cref="PaperDigest.Input.InputFormat.Auto"/>) from its first 2 KB.</summary>
/// <remarks>
/// Conservative on purpose, so that Markdown or plain text with a few inline tags (<c>&lt;a name="x"&gt;</c>,
/// <c>&lt;br&gt;</c>, <c>&lt;sup&gt;</c>) stays with its own reader:
/// <list type="bullet">
/// <item><description>a document that starts (after a BOM, white space, <c>&lt;?xml …?&gt;</c> and comments) with
/// <c>&lt;!DOCTYPE html</c>, <c>&lt;html</c>, <c>&lt;head</c> or <c>&lt;body</c> is HTML;</description></item>
/// <item><description>otherwise it needs block-level markup — at least two block tags (<c>p</c>, <c>div</c>,
/// <c>section</c>, <c>li</c>, <c>h1</c>–<c>h6</c>, <c>table</c>, <c>br</c>…) of which one is an end tag (<c>&lt;/p&gt;</c>,
/// <c>&lt;/div&gt;</c>…), and either to start with a tag or to hold at least four block tags — and no Markdown line
/// syntax (an ATX heading <c># </c> or a code fence) at the start of a line.</description></item>
/// </list>
/// </remarks>
internal static class HtmlSniffer
{
    /// <summary>How much of the input is looked at.</summary>
    internal const int Window = 2048;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BlockTags = new[]
    {
        "p", "div", "section", "article", "table", "tr", "td", "th", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "br", "hr", "header", "footer", "main", "figure", "dl", "dt", "dd", "body",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] DocumentStarts = ["<!doctype html", "<html", "<head", "<body"];

    /// <summary>Whether <paramref name="input"/> looks like HTML.</summary>
    /// <param name="input">The input.</param>
    /// <returns><see langword="true"/> for HTML.</returns>
    internal static bool LooksLikeHtml(string input)
    {
        ReadOnlySpan<char> window = input.AsSpan(0, Math.Min(input.Length, Window * 2));
        int start = SkipProlog(window);
        ReadOnlySpan<char> head = window[start..];
        if (StartsLikeDocument(head))
        {
            return true;
        }

        head = head[..Math.Min(head.Length, Window)];
        if (HasMarkdownLineSyntax(head))
        {
            return false;
        }

        CountBlockTags(head, out int blockTags, out int endTags);
        bool startsWithTag = head.Length > 1 && head[0] == '<' && char.IsAsciiLetter(head[1]);
        return endTags >= 1 && blockTags >= 2 && (startsWithTag || blockTags >= 4);
    }

    /// <summary>Whether the text starts like a whole HTML document (<c>&lt;!DOCTYPE html</c>, <c>&lt;html</c>…).</summary>
    /// <param name="text">The text after its prolog.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    private static bool StartsLikeDocument(ReadOnlySpan<char> text)
    {
        foreach (string prefix in DocumentStarts)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (text.Length == prefix.Length || !char.IsAsciiLetterOrDigit(text[prefix.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Skips a BOM, white space, an XML declaration and comments at the start.</summary>
    private static int SkipProlog(ReadOnlySpan<char> text)
    {
        int position = 0;
        while (true)
        {
            while (position < text.Length && (char.IsWhiteSpace(text[position]) || text[position] == '\uFEFF'))
            {
                position++;
            }

            ReadOnlySpan<char> rest = text[position..];
            int end;
            if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                end = rest.IndexOf("-->", StringComparison.Ordinal);
                end = end < 0 ? -1 : end + 3;
            }
            else if (rest.StartsWith("<?", StringComparison.Ordinal))
            {
                end = rest.IndexOf('>');
                end = end < 0 ? -1 : end + 1;
            }
            else
            {
                return position;
            }

            if (end < 0)
            {
                return position;
            }

            position += end;
        }
    }

    private static bool HasMarkdownLineSyntax(ReadOnlySpan<char> text)
    {
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int newline = text[lineStart..].IndexOf('\n');
            int lineEnd = newline < 0 ? text.Length : lineStart + newline;
            ReadOnlySpan<char> line = text[lineStart..lineEnd].TrimStart(' ');
            int hashes = 0;
            while (hashes < line.Length && line[hashes] == '#')
            {
                hashes++;
            }

            if ((hashes is >= 1 and <= 6 && hashes < line.Length && line[hashes] is ' ' or '\t')
                || line.StartsWith("```", StringComparison.Ordinal)
                || line.StartsWith("~~~", StringComparison.Ordinal))
            {
                return true;
            }

            lineStart = lineEnd + 1;
        }

        return false;
    }

    private static void CountBlockTags(ReadOnlySpan<char> text, out int blockTags, out int endTags)
    {
        blockTags = 0;
        endTags = 0;
        int position = 0;
        while (position < text.Length)
        {
            int open = text[position..].IndexOf('<');
            if (open < 0)
            {
                return;
            }

            position += open + 1;
            bool isEnd = position < text.Length && text[position] == '/';
            int nameStart = isEnd ? position + 1 : position;
            int nameEnd = nameStart;
            while (nameEnd < text.Length && nameEnd - nameStart < 12 && char.IsAsciiLetterOrDigit(text[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || nameEnd >= text.Length || text[nameEnd] is not ('>' or ' ' or '/' or '\t' or '\n' or '\r'))
            {
                continue;
            }

            if (BlockTags.Contains(text[nameStart..nameEnd]))
            {
                blockTags++;
                if (isEnd)
                {
                    endTags++;
                }
            }
        }
    }
}
