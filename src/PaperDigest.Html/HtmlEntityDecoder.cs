using AngleSharp.Html;

namespace PaperDigest.Html;

/// <summary>
/// Decodes one HTML character reference (<c>&amp;amp;</c>, <c>&amp;nbsp;</c>, <c>&amp;#x4e2d;</c>, legacy <c>&amp;copy</c>)
/// the way the HTML specification does, with AngleSharp's table of named references.
/// </summary>
/// <remarks>
/// The reader parses with <c>IsNotConsumingCharacterReferences</c>, so the DOM keeps references as written and every
/// decoded character can be mapped to the exact range of the reference it came from.
/// </remarks>
internal static class HtmlEntityDecoder
{
    /// <summary>The longest named reference, <c>CounterClockwiseContourIntegral</c>, has 31 letters.</summary>
    private const int MaxNameLength = 32;

    /// <summary>Legacy references decoded without a semicolon (<c>&amp;frac12</c>) have at most 6 letters.</summary>
    private const int MaxLegacyLength = 6;

    private const string Replacement = "\uFFFD";

    /// <summary>What numeric references to 0x80–0x9F mean (Windows-1252); <c>\0</c> where the code point is kept.</summary>
    private const string Windows1252 =
        "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0" +
        "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

    /// <summary>Decodes the character reference that starts at <paramref name="at"/> (an <c>&amp;</c>).</summary>
    /// <param name="text">The text holding the reference.</param>
    /// <param name="at">Offset of the <c>&amp;</c>.</param>
    /// <param name="inAttribute">Whether the text is an attribute value (legacy references before <c>=</c> or a letter stay text).</param>
    /// <param name="value">The decoded characters.</param>
    /// <param name="length">The length of the reference in <paramref name="text"/>.</param>
    /// <returns><see langword="true"/> when a reference was decoded.</returns>
    internal static bool TryDecode(ReadOnlySpan<char> text, int at, bool inAttribute, out string value, out int length)
    {
        value = string.Empty;
        length = 0;
        if (at < 0 || at + 1 >= text.Length || text[at] != '&')
        {
            return false;
        }

        return text[at + 1] == '#'
            ? TryDecodeNumeric(text, at, out value, out length)
            : TryDecodeNamed(text, at, inAttribute, out value, out length);
    }

    private static bool TryDecodeNumeric(ReadOnlySpan<char> text, int at, out string value, out int length)
    {
        value = string.Empty;
        length = 0;
        int position = at + 2;
        bool hex = position < text.Length && text[position] is 'x' or 'X';
        if (hex)
        {
            position++;
        }

        int digitsStart = position;
        long code = 0;
        while (position < text.Length && (hex ? char.IsAsciiHexDigit(text[position]) : char.IsAsciiDigit(text[position])))
        {
            code = Math.Min((code * (hex ? 16 : 10)) + HexValue(text[position]), 0x110000);
            position++;
        }

        if (position == digitsStart)
        {
            return false;
        }

        if (position < text.Length && text[position] == ';')
        {
            position++;
        }

        length = position - at;
        value = FromCodePoint((int)code);
        return true;
    }

    private static bool TryDecodeNamed(ReadOnlySpan<char> text, int at, bool inAttribute, out string value, out int length)
    {
        value = string.Empty;
        length = 0;
        int start = at + 1;
        int end = start;
        while (end < text.Length && end - start < MaxNameLength && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }

        if (end == start)
        {
            return false;
        }

        if (end < text.Length && text[end] == ';'
            && HtmlEntityProvider.Resolver.GetSymbol(string.Concat(text[start..end], ";")) is { Length: > 0 } symbol)
        {
            value = symbol;
            length = end + 1 - at;
            return true;
        }

        for (int nameLength = Math.Min(end - start, MaxLegacyLength); nameLength >= 2; nameLength--)
        {
            if (HtmlEntityProvider.Resolver.GetSymbol(text.Slice(start, nameLength).ToString()) is not { Length: > 0 } legacy)
            {
                continue;
            }

            int after = start + nameLength;
            if (inAttribute && after < text.Length && (text[after] == '=' || char.IsAsciiLetterOrDigit(text[after])))
            {
                return false;
            }

            value = legacy;
            length = after - at;
            return true;
        }

        return false;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static string FromCodePoint(int code)
    {
        if (code is 0 or > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        {
            return Replacement;
        }

        if (code >= 0x80 && code <= 0x9F && Windows1252[code - 0x80] != '\0')
        {
            return new string(Windows1252[code - 0x80], 1);
        }

        return code < 0x10000 ? new string((char)code, 1) : char.ConvertFromUtf32(code);
    }
}
