namespace PaperDigest.Markdown;

/// <summary>Decides whether an input is Markdown (for <see cref="PaperDigest.Input.InputFormat.Auto"/>) from its first 4 KB.</summary>
/// <remarks>
/// A plain-text digest already gets light Markdown right (headings, bold, bullets, links) and reading it as Markdown
/// could blank a paragraph that merely happens to be indented by four spaces (an indented code block), so the signals
/// are weighed:
/// <list type="bullet">
/// <item><description>one strong signal is enough: YAML front matter, an ATX heading (<c># Title</c>), a code fence
/// (<c>```</c>, <c>~~~</c>) or an inline link <c>[text](http…)</c>;</description></item>
/// <item><description>the weak ones, <c>**bold**</c> and list items (<c>- </c>, <c>* </c>, <c>+ </c>), count only
/// together;</description></item>
/// <item><description>a document that starts like HTML (<c>&lt;!DOCTYPE html</c>, <c>&lt;html</c>) is never Markdown.</description></item>
/// </list>
/// </remarks>
internal static class MarkdownSniffer
{
    /// <summary>How much of the input is looked at.</summary>
    internal const int Window = 4096;

    /// <summary>Whether <paramref name="input"/> looks like Markdown.</summary>
    /// <param name="input">The input.</param>
    /// <returns><see langword="true"/> for Markdown.</returns>
    internal static bool LooksLikeMarkdown(string input)
    {
        ReadOnlySpan<char> text = input.AsSpan(0, Math.Min(input.Length, Window));
        ReadOnlySpan<char> start = text.TrimStart("\uFEFF \t\r\n");
        if (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (HasFrontMatter(text.TrimStart('\uFEFF')) || HasInlineLink(text))
        {
            return true;
        }

        bool emphasis = false;
        bool list = false;
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int newline = text[lineStart..].IndexOf('\n');
            int lineEnd = newline < 0 ? text.Length : lineStart + newline;
            ReadOnlySpan<char> line = text[lineStart..lineEnd].TrimEnd('\r');
            ReadOnlySpan<char> content = line.TrimStart(' ');
            if (line.Length - content.Length <= 3)
            {
                if (IsAtxHeading(content) || content.StartsWith("```", StringComparison.Ordinal) || content.StartsWith("~~~", StringComparison.Ordinal))
                {
                    return true;
                }

                list |= content.Length > 2 && content[0] is '-' or '*' or '+' && content[1] == ' ';
            }

            emphasis |= HasStrongEmphasis(line);
            if (emphasis && list)
            {
                return true;
            }

            lineStart = lineEnd + 1;
        }

        return false;
    }

    private static bool IsAtxHeading(ReadOnlySpan<char> line)
    {
        int hashes = 0;
        while (hashes < line.Length && line[hashes] == '#')
        {
            hashes++;
        }

        return hashes is >= 1 and <= 6 && hashes < line.Length && line[hashes] is ' ' or '\t';
    }

    private static bool HasFrontMatter(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && !text.StartsWith("---\r\n", StringComparison.Ordinal))
        {
            return false;
        }

        int close = text[3..].IndexOf("\n---", StringComparison.Ordinal);
        return close >= 0;
    }

    /// <summary>An inline link <c>[text](http…)</c>, <c>](/…)</c>, <c>](./…)</c> or <c>](#…)</c>.</summary>
    private static bool HasInlineLink(ReadOnlySpan<char> text)
    {
        int position = 0;
        while (position < text.Length)
        {
            int found = text[position..].IndexOf("](", StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            position += found + 2;
            ReadOnlySpan<char> target = text[position..];
            if (target.StartsWith("http", StringComparison.OrdinalIgnoreCase) || target.StartsWith("/", StringComparison.Ordinal)
                || target.StartsWith("./", StringComparison.Ordinal) || target.StartsWith("#", StringComparison.Ordinal))
            {
                int windowStart = Math.Max(0, position - 1000);
                if (text[windowStart..(position - 2)].Contains('['))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary><c>**x…**</c> on one line: an opening <c>**</c> before a non-space and a later closing one.</summary>
    private static bool HasStrongEmphasis(ReadOnlySpan<char> line)
    {
        int open = line.IndexOf("**", StringComparison.Ordinal);
        if (open < 0 || open + 2 >= line.Length || line[open + 2] is ' ' or '*')
        {
            return false;
        }

        return line[(open + 3)..].IndexOf("**", StringComparison.Ordinal) >= 0;
    }
}
