using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace PaperDigest.Tokenization;

/// <summary>Character classes shared by the tokenizer and the section detector.</summary>
internal static class CharClass
{
    /// <summary>Characters at which the tokenizer's current run may end (everything but ASCII letters and digits).</summary>
    internal static readonly SearchValues<char> AsciiAlphanumeric =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>White space that is not a line break, including NBSP, the ideographic space, zero-width characters and BOM.</summary>
    /// <remarks>
    /// The space separators (Unicode category Zs) are spelled out: U+0020, U+00A0, U+1680, U+2000–U+200A, U+202F,
    /// U+205F and U+3000. Asking <see cref="char.GetUnicodeCategory(char)"/> cost a table walk for every CJK character
    /// at a line's ends.
    /// The ASCII test is one bit lookup and the rest sits in a separate method, so the common case inlines at every call.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsSpace(char c) =>
        c <= '\u0020'
            ? ((AsciiSpaceBits >> c) & 1) != 0
            : c >= '\u00A0' && IsNonAsciiSpace(c);

    // Bits 9 (\t), 11 (\v), 12 (\f) and 32 (space).
    private const ulong AsciiSpaceBits = (1UL << '\t') | (1UL << '\v') | (1UL << '\f') | (1UL << ' ');

    private static bool IsNonAsciiSpace(char c) =>
        c is '\u00A0' or '\u1680' or '\u202F' or '\u205F' or '\u2060' or '\u3000' or '\uFEFF' or (>= '\u2000' and <= '\u200D');

    /// <summary>Whether <paramref name="c"/> is a CJK ideograph, kana or Hangul in the BMP.</summary>
    internal static bool IsCjk(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u3040' && c <= '\u30FF')
        || (c >= '\uAC00' && c <= '\uD7AF') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\u31F0' && c <= '\u31FF')
        || c == '\u3005' || c == '\u3007';

    /// <summary>Whether the surrogate pair starting with <paramref name="high"/> is a supplementary-plane ideograph (Ext. B and later).</summary>
    internal static bool IsCjkHighSurrogate(char high) => high >= '\uD840' && high <= '\uD88F';

    /// <summary>Whether <paramref name="c"/> is a decimal digit, ASCII or full-width.</summary>
    internal static bool IsDigit(char c) => char.IsAsciiDigit(c) || (c >= '\uFF10' && c <= '\uFF19');

    /// <summary>The value of a digit accepted by <see cref="IsDigit"/>.</summary>
    internal static int DigitValue(char c) => c <= '9' ? c - '0' : c - '\uFF10';

    /// <summary>Whether <paramref name="c"/> is a circled number ①–⑳ or ㉑–㊿.</summary>
    internal static bool TryCircledNumber(char c, out int value)
    {
        if (c >= '\u2460' && c <= '\u2473')
        {
            value = c - '\u2460' + 1;
            return true;
        }

        if (c >= '\u3251' && c <= '\u325F')
        {
            value = c - '\u3251' + 21;
            return true;
        }

        if (c >= '\u32B1' && c <= '\u32BF')
        {
            value = c - '\u32B1' + 36;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>
    /// The ASCII character a punctuation character stands for, or <c>'\0'</c> when <paramref name="c"/> is not punctuation.
    /// </summary>
    internal static char FoldPunctuation(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c) || c <= ' ' || c == 127 ? '\0' : c;
        }

        if (c >= '\uFF01' && c <= '\uFF5E')
        {
            char ascii = (char)(c - 0xFEE0);
            return char.IsAsciiLetterOrDigit(ascii) ? '\0' : ascii;
        }

        return c switch
        {
            '。' or '｡' or '．' => '.',
            '、' or '､' => ',',
            '【' or '〖' or '〔' or '［' => '[',
            '】' or '〗' or '〕' or '］' => ']',
            '「' or '」' or '『' or '』' or '“' or '”' or '„' or '«' or '»' => '"',
            '‘' or '’' or '‚' => '\'',
            '《' or '〈' => '<',
            '》' or '〉' => '>',
            '丨' or '｜' or '│' => '|',
            '—' or '–' or '－' or '‐' or '‑' or '―' => '-',
            '·' or '・' or '•' or '∙' => '*',
            '…' or '⋯' => '.',
            '～' or '〜' => '~',
            '¥' or '￥' => '$',
            _ => char.GetUnicodeCategory(c) switch
            {
                UnicodeCategory.OtherPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                    or UnicodeCategory.DashPunctuation or UnicodeCategory.InitialQuotePunctuation
                    or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.ConnectorPunctuation => c,
                _ => '\0',
            },
        };
    }
}
