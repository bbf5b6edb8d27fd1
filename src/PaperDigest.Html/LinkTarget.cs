using System.Text;

namespace PaperDigest.Html;

/// <summary>An anchor's decoded <c>href</c>, each character with the range of the attribute value it was written as.</summary>
internal sealed class LinkTarget
{
    private readonly int[] _starts;
    private readonly int[] _lengths;

    private LinkTarget(string url, int[] starts, int[] lengths)
    {
        Url = url;
        _starts = starts;
        _lengths = lengths;
    }

    /// <summary>Gets the decoded, trimmed URL.</summary>
    internal string Url { get; }

    /// <summary>Gets the original range of character <paramref name="index"/> of <see cref="Url"/>.</summary>
    /// <param name="index">Index in <see cref="Url"/>.</param>
    /// <returns>Start and length in the input.</returns>
    internal (int Start, int Length) RangeOf(int index) => (_starts[index], _lengths[index]);

    /// <summary>
    /// Reads the <c>href</c> of the start tag at <c>original[tagStart..tagStart+tagLength)</c>; when the element has no
    /// source (the parser made it), <paramref name="fallback"/> is read and every character maps to the tag.
    /// </summary>
    /// <param name="original">The original input.</param>
    /// <param name="tagStart">Start of the tag.</param>
    /// <param name="tagLength">Length of the tag (0 when unknown).</param>
    /// <param name="fallback">The attribute value from the DOM.</param>
    /// <returns>The target, or <see langword="null"/> when it is not an absolute http(s) URL.</returns>
    internal static LinkTarget? Read(string original, int tagStart, int tagLength, string? fallback)
    {
        var url = new StringBuilder();
        var starts = new List<int>();
        var lengths = new List<int>();
        ReadOnlySpan<char> value;
        int valueStart = 0;
        int valueLength = 0;
        bool mapped = tagLength > 0 && StartTagAttributes.TryFind(original, tagStart, tagStart + tagLength, "href", out valueStart, out valueLength);
        if (mapped)
        {
            value = original.AsSpan(valueStart, valueLength);
        }
        else if (fallback is not null)
        {
            value = fallback;
        }
        else
        {
            return null;
        }

        for (int i = 0; i < value.Length;)
        {
            if (value[i] == '&' && HtmlEntityDecoder.TryDecode(value, i, inAttribute: true, out string decoded, out int length))
            {
                foreach (char c in decoded)
                {
                    url.Append(c);
                    starts.Add(mapped ? valueStart + i : tagStart);
                    lengths.Add(mapped ? length : tagLength);
                }

                i += length;
                continue;
            }

            url.Append(value[i]);
            starts.Add(mapped ? valueStart + i : tagStart);
            lengths.Add(mapped ? 1 : tagLength);
            i++;
        }

        int first = 0;
        int last = url.Length;
        while (first < last && IsSpace(url[first]))
        {
            first++;
        }

        while (last > first && IsSpace(url[last - 1]))
        {
            last--;
        }

        string text = url.ToString(first, last - first);
        if (!IsWebUrl(text))
        {
            return null;
        }

        return new LinkTarget(text, starts.GetRange(first, last - first).ToArray(), lengths.GetRange(first, last - first).ToArray());
    }

    /// <summary>Whether <paramref name="text"/> is an absolute http(s) URL that can stand in a Markdown link.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    internal static bool IsWebUrl(ReadOnlySpan<char> text)
    {
        int schemeLength = text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : 0;
        if (schemeLength == 0 || text.Length == schemeLength)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c <= ' ' || c is '<' or '>' or '"' or '`' or '\u007F')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
