using System.Buffers;
using System.Globalization;
using PaperDigest.Tokenization;

namespace PaperDigest.Sections;

/// <summary>Span scanners for the shapes of one trimmed line: numbered headings, labels, decorations.</summary>
internal static class LineSyntax
{
    private const int MaxLabelLength = 24;
    private const int MaxHeadingNumber = 999;

    private static readonly SearchValues<char> LabelSeparators = SearchValues.Create(":：丨|｜");
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。；;！!");
    private static readonly SearchValues<char> TrailingPunctuation = SearchValues.Create("。，,.;；!！?？、:：");

    /// <summary>Trims white space (including NBSP, the ideographic space, zero-width characters and BOM) from both ends.</summary>
    public static (int Start, int End) Trim(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && CharClass.IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && CharClass.IsSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>Whether the line contains CJK characters.</summary>
    public static bool HasCjk(ReadOnlySpan<char> line)
    {
        // Every CJK character is in U+3005–U+FAFF: jump between candidates in that range (vectorized), so an English
        // line costs one scan and a Chinese line stops at its first character.
        int i = 0;
        while (i < line.Length)
        {
            int found = line[i..].IndexOfAnyInRange('\u3005', '\uFAFF');
            if (found < 0)
            {
                return false;
            }

            i += found;
            if (CharClass.IsCjk(line[i]))
            {
                return true;
            }

            i++;
        }

        return false;
    }

    /// <summary>Whether the line ends like a sentence rather than a title.</summary>
    public static bool EndsLikeSentence(ReadOnlySpan<char> line) => line.Length > 0 && SentenceEnds.Contains(line[^1]);

    /// <summary>Whether the line ends with punctuation that a heading would not have.</summary>
    public static bool EndsWithPunctuation(ReadOnlySpan<char> line) => line.Length > 0 && TrailingPunctuation.Contains(line[^1]);

    /// <summary>Whether the line ends with an ASCII or full-width colon.</summary>
    public static bool EndsWithColon(ReadOnlySpan<char> line) => line.Length > 0 && line[^1] is ':' or '：';

    /// <summary>
    /// Skips list bullets, Markdown heading marks and bold markers, quote marks and leading emoji; returns the offset of
    /// the first meaningful character and sets <paramref name="end"/> past the last one (trailing bold markers removed).
    /// </summary>
    public static int SkipDecorations(ReadOnlySpan<char> line, out int end)
    {
        int i = 0;
        end = line.Length;
        while (i < end)
        {
            char c = line[i];
            if (c is '#' or '>' or '-' or '+' or '•' or '■' or '□' or '▪' or '◆' or '◇' or '●' or '○' or '·' or '√' or '→' or '▶' or '►' or '★' or '☆' or '※')
            {
                // A '-' or '+' is a bullet only when a space follows it ("- item"); "-1" is a number.
                if (c is '-' or '+' && (i + 1 >= end || !CharClass.IsSpace(line[i + 1])))
                {
                    break;
                }

                // "#1" is a hash-numbered heading, not a Markdown heading mark.
                if (c == '#' && i + 1 < end && CharClass.IsDigit(line[i + 1]))
                {
                    break;
                }

                i++;
            }
            else if (c == '*' && i + 1 < end && line[i + 1] == '*')
            {
                i += 2;
            }
            else if (c == '*' && i + 1 < end && CharClass.IsSpace(line[i + 1]))
            {
                i++;
            }
            else if (CharClass.IsSpace(c) || c is '\uFE0F' or '\u200D')
            {
                i++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(line[i + 1]))
            {
                // Emoji labels ("📄Paper:") carry no meaning for matching.
                i += 2;
            }
            else if (c > 127 && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherSymbol)
            {
                i++;
            }
            else
            {
                break;
            }
        }

        while (end > i + 1 && line[end - 1] == '*' && line[end - 2] == '*')
        {
            end -= 2;
            while (end > i && CharClass.IsSpace(line[end - 1]))
            {
                end--;
            }
        }

        return i;
    }

    /// <summary>Reads a numbered heading such as <c>1.</c> <c>1、</c> <c>【1】</c> <c>①</c> <c>No.1</c> <c>### 1.</c> <c>**1.**</c>.</summary>
    public static bool TryParseHeading(ReadOnlySpan<char> line, out HeadingMatch match)
    {
        match = default;
        int i = 0;
        bool markdown = false;
        if (line.Length > 1 && line[0] == '#' && !CharClass.IsDigit(line[1]))
        {
            while (i < line.Length && i < 6 && line[i] == '#')
            {
                i++;
            }

            if (i >= line.Length || !CharClass.IsSpace(line[i]))
            {
                return false;
            }

            markdown = true;
            i = SkipSpaces(line, i);
        }

        bool bold = false;
        if (i + 1 < line.Length && ((line[i] == '*' && line[i + 1] == '*') || (line[i] == '_' && line[i + 1] == '_')))
        {
            bold = true;
            i += 2;
        }

        int markerStart = i;
        if (!TryReadMarker(line, ref i, out NumberingStyle style, out int number) || number > MaxHeadingNumber)
        {
            return false;
        }

        int markerEnd = i;
        if (bold && i + 1 < line.Length && line[i] == '*' && line[i + 1] == '*')
        {
            i += 2;
        }

        i = SkipSpaces(line, i);
        int titleStart = i;
        int titleEnd = line.Length;
        if (bold || (titleEnd - titleStart >= 4 && line[titleStart] == '*' && line[titleStart + 1] == '*'))
        {
            if (titleEnd - titleStart >= 2 && line[titleStart] == '*' && line[titleStart + 1] == '*')
            {
                titleStart += 2;
            }

            if (titleEnd - titleStart >= 2 && line[titleEnd - 1] == '*' && line[titleEnd - 2] == '*')
            {
                titleEnd -= 2;
            }
        }

        (titleStart, titleEnd) = Trim(line, titleStart, titleEnd);
        match = new HeadingMatch(style, number, markerStart, markerEnd - markerStart, titleStart, titleEnd - titleStart, markdown);
        return true;
    }

    private static bool TryReadMarker(ReadOnlySpan<char> line, ref int i, out NumberingStyle style, out int number)
    {
        style = NumberingStyle.None;
        number = 0;
        if (i >= line.Length)
        {
            return false;
        }

        char c = line[i];
        if (CharClass.TryCircledNumber(c, out number))
        {
            style = NumberingStyle.Circled;
            i++;
            return true;
        }

        if (c is '【' or '[' or '(' or '（' or '〔')
        {
            char close = c switch { '【' => '】', '[' => ']', '〔' => '〕', _ => ')' };
            int j = i + 1;
            j = SkipSpaces(line, j);
            if (!TryReadNumber(line, ref j, out number))
            {
                return false;
            }

            j = SkipSpaces(line, j);
            if (j >= line.Length || !(line[j] == close || (close == ')' && line[j] == '）')))
            {
                return false;
            }

            style = c switch { '【' or '〔' => NumberingStyle.Lenticular, '[' => NumberingStyle.Bracket, _ => NumberingStyle.Enclosed };
            i = j + 1;
            return true;
        }

        if (c == '#')
        {
            int j = i + 1;
            if (!TryReadNumber(line, ref j, out number))
            {
                return false;
            }

            style = NumberingStyle.Hash;
            i = SkipOptionalTerminator(line, j);
            return true;
        }

        if (c is 'N' or 'n' && i + 2 < line.Length && line[i + 1] is 'o' or 'O' && line[i + 2] is '.' or '．')
        {
            int j = SkipSpaces(line, i + 3);
            if (!TryReadNumber(line, ref j, out number))
            {
                return false;
            }

            style = NumberingStyle.No;
            i = SkipOptionalTerminator(line, j);
            return true;
        }

        if (c is 'P' or 'p' && line[i..].StartsWith("paper ", StringComparison.OrdinalIgnoreCase))
        {
            int j = i + 6;
            if (!TryReadNumber(line, ref j, out number) || j >= line.Length || line[j] is not (':' or '：' or '.'))
            {
                return false;
            }

            style = NumberingStyle.PaperWord;
            i = j + 1;
            return true;
        }

        int start = i;
        int k = i;
        if (!TryReadNumber(line, ref k, out number))
        {
            return false;
        }

        if (k < line.Length)
        {
            char next = line[k];
            if (next is '.' or '．')
            {
                // "2.31 倍" and "1.5B" are numbers, not headings ("1.T5Gemma" and "2.V2X-Radar" are).
                if (k + 1 < line.Length && CharClass.IsDigit(line[k + 1]))
                {
                    return false;
                }

                style = NumberingStyle.Dot;
                i = k + 1;
                return true;
            }

            if (next is '、' or '､')
            {
                style = NumberingStyle.Comma;
                i = k + 1;
                return true;
            }

            if (next is ')' or '）')
            {
                style = NumberingStyle.Paren;
                i = k + 1;
                return true;
            }

            if (CharClass.IsSpace(next) && IsPadded(line, start, k))
            {
                style = NumberingStyle.Padded;
                i = k;
                return true;
            }
        }
        else if (IsPadded(line, start, k))
        {
            // "01" alone on its line, the title on the next one.
            style = NumberingStyle.Padded;
            i = k;
            return true;
        }

        return false;
    }

    /// <summary>A number padded to two digits or more: <c>01</c>, <c>007</c>, and <c>10</c> to <c>99</c>, which need no padding.</summary>
    private static bool IsPadded(ReadOnlySpan<char> line, int start, int end) =>
        end - start >= 2 && (line[start] is '0' or '０' || end - start == 2);

    private static bool TryReadNumber(ReadOnlySpan<char> line, ref int i, out int number)
    {
        number = 0;
        int start = i;
        while (i < line.Length && CharClass.IsDigit(line[i]) && i - start < 4)
        {
            number = (number * 10) + CharClass.DigitValue(line[i]);
            i++;
        }

        // More than three digits is a year or a count, never a heading number.
        return i > start && i - start <= 3 && (i >= line.Length || !CharClass.IsDigit(line[i]));
    }

    private static int SkipOptionalTerminator(ReadOnlySpan<char> line, int j)
    {
        if (j < line.Length && line[j] is '.' or ':' or '：' or '．' or '、')
        {
            j++;
        }

        return j;
    }

    private static int SkipSpaces(ReadOnlySpan<char> line, int i)
    {
        while (i < line.Length && CharClass.IsSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Reads <c>label: value</c> with an ASCII or full-width colon, <c>丨</c> or <c>|</c>; the label is at most
    /// 24 characters and never the scheme of a URL.
    /// </summary>
    public static bool TryParseLabeled(ReadOnlySpan<char> line, out LabeledLine labeled)
    {
        int start = SkipDecorations(line, out int end);
        return TryParseLabeled(line, start, end, out labeled);
    }

    /// <summary><see cref="TryParseLabeled(ReadOnlySpan{char}, out LabeledLine)"/> for a line whose decorations were already skipped.</summary>
    /// <param name="line">The line.</param>
    /// <param name="start">What <see cref="SkipDecorations"/> returned.</param>
    /// <param name="end">The end <see cref="SkipDecorations"/> set.</param>
    /// <param name="labeled">The split.</param>
    /// <returns>Whether the line reads as <c>label: value</c>.</returns>
    public static bool TryParseLabeled(ReadOnlySpan<char> line, int start, int end, out LabeledLine labeled)
    {
        labeled = default;
        if (start >= end)
        {
            return false;
        }

        ReadOnlySpan<char> window = line[start..Math.Min(end, start + MaxLabelLength + 3)];
        int separator = window.IndexOfAny(LabelSeparators);
        if (separator <= 0)
        {
            return false;
        }

        separator += start;
        if (line[separator] == ':' && separator + 2 < line.Length && line[separator + 1] == '/' && line[separator + 2] == '/')
        {
            return false;
        }

        (int labelStart, int labelEnd) = Trim(line, start, separator);
        while (labelEnd - labelStart >= 2 && line[labelEnd - 1] == '*' && line[labelEnd - 2] == '*')
        {
            labelEnd -= 2;
        }

        if (labelEnd <= labelStart || labelEnd - labelStart > MaxLabelLength)
        {
            return false;
        }

        int valueStart = separator + 1;
        int valueEnd = Math.Max(end, valueStart);
        while (valueStart < valueEnd && (CharClass.IsSpace(line[valueStart]) || line[valueStart] is '*' or '>'))
        {
            valueStart++;
        }

        (valueStart, valueEnd) = Trim(line, valueStart, valueEnd);
        labeled = new LabeledLine(labelStart, labelEnd - labelStart, valueStart, valueEnd - valueStart);
        return true;
    }

    /// <summary>
    /// Whether the (trimmed) line is a thematic break: three or more of one of <c>- * _ — ─ ━</c>, optionally separated
    /// by spaces (Markdown <c>---</c>, <c>* * *</c>; the <c>———</c> rule of Chinese posts), and nothing else.
    /// </summary>
    public static bool IsThematicBreak(ReadOnlySpan<char> line)
    {
        if (line.Length < 3 || line[0] is not ('-' or '*' or '_' or '—' or '─' or '━'))
        {
            return false;
        }

        char mark = line[0];
        int count = 0;
        foreach (char c in line)
        {
            if (c == mark)
            {
                count++;
            }
            else if (!CharClass.IsSpace(c))
            {
                return false;
            }
        }

        return count >= 3;
    }

    /// <summary>
    /// The line without decorations and a trailing colon, for whole-line keyword matching (<c>**更多**</c>, <c>## 参考</c>, <c>往期推荐：</c>).
    /// </summary>
    public static ReadOnlySpan<char> Bare(ReadOnlySpan<char> line, out int offset)
    {
        offset = SkipDecorations(line, out int end);
        return Bare(line, offset, end);
    }

    /// <summary><see cref="Bare(ReadOnlySpan{char}, out int)"/> for a line whose decorations were already skipped.</summary>
    /// <param name="line">The line.</param>
    /// <param name="offset">What <see cref="SkipDecorations"/> returned.</param>
    /// <param name="end">The end <see cref="SkipDecorations"/> set.</param>
    /// <returns>The bare form.</returns>
    public static ReadOnlySpan<char> Bare(ReadOnlySpan<char> line, int offset, int end)
    {
        int stop = end;
        while (stop > offset && (line[stop - 1] is ':' or '：' || CharClass.IsSpace(line[stop - 1])))
        {
            stop--;
        }

        return line[offset..stop];
    }
}
