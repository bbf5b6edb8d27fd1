namespace PaperDigest.Html;

/// <summary>Finds an attribute's value in the source text of a start tag, so that it can be mapped character for character.</summary>
internal static class StartTagAttributes
{
    /// <summary>Finds the value of the first attribute called <paramref name="name"/> in the start tag <c>text[start..end)</c>.</summary>
    /// <param name="text">The original input.</param>
    /// <param name="start">Offset of the tag's <c>&lt;</c>.</param>
    /// <param name="end">Offset just after the tag.</param>
    /// <param name="name">The attribute name (ASCII, compared case-insensitively).</param>
    /// <param name="valueStart">Offset of the value (inside the quotes).</param>
    /// <param name="valueLength">Length of the value.</param>
    /// <returns><see langword="true"/> when the attribute has a value.</returns>
    internal static bool TryFind(string text, int start, int end, string name, out int valueStart, out int valueLength)
    {
        valueStart = 0;
        valueLength = 0;
        end = Math.Min(end, text.Length);
        if (start < 0 || start >= end || text[start] != '<')
        {
            return false;
        }

        int position = start + 1;
        while (position < end && !IsSpace(text[position]) && text[position] is not ('/' or '>'))
        {
            position++;
        }

        while (position < end)
        {
            while (position < end && (IsSpace(text[position]) || text[position] == '/'))
            {
                position++;
            }

            if (position >= end || text[position] == '>')
            {
                return false;
            }

            int nameStart = position;
            position++;
            while (position < end && !IsSpace(text[position]) && text[position] is not ('/' or '>' or '='))
            {
                position++;
            }

            int nameEnd = position;
            while (position < end && IsSpace(text[position]))
            {
                position++;
            }

            int foundStart = -1;
            int foundEnd = -1;
            if (position < end && text[position] == '=')
            {
                position++;
                while (position < end && IsSpace(text[position]))
                {
                    position++;
                }

                if (position < end && text[position] is '"' or '\'')
                {
                    char quote = text[position];
                    foundStart = position + 1;
                    int close = text.AsSpan(foundStart, end - foundStart).IndexOf(quote);
                    foundEnd = close < 0 ? end : foundStart + close;
                    position = Math.Min(end, foundEnd + 1);
                }
                else
                {
                    foundStart = position;
                    while (position < end && !IsSpace(text[position]) && text[position] != '>')
                    {
                        position++;
                    }

                    foundEnd = position;
                }
            }

            if (foundStart >= 0 && text.AsSpan(nameStart, nameEnd - nameStart).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                valueStart = foundStart;
                valueLength = foundEnd - foundStart;
                return true;
            }
        }

        return false;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
