using PaperDigest.Tokenization;

namespace PaperDigest.Parsing;

/// <summary>
/// Finds a date, with an optional time, in a header line: <c>2024-04-20 10:39</c>, <c>2023/05/02</c>, <c>2023.05.02</c>,
/// <c>2024年4月20日</c>, <c>2019 年 9 月 9 日</c>.
/// </summary>
internal static class DateScanner
{
    public static bool TryFind(ReadOnlySpan<char> line, out DateTime value, out int start, out int end)
    {
        for (int i = 0; i + 8 <= line.Length; i++)
        {
            if ((i == 0 || !CharClass.IsDigit(line[i - 1])) && TryReadAt(line, i, out value, out end))
            {
                start = i;
                return true;
            }
        }

        (value, start, end) = (default, 0, 0);
        return false;
    }

    private static bool TryReadAt(ReadOnlySpan<char> s, int i, out DateTime value, out int end)
    {
        value = default;
        end = i;
        if (!ReadNumber(s, ref i, 4, 4, out int year) || year < 1990 || year > 2100)
        {
            return false;
        }

        bool chinese = Skip(s, ref i, '年');
        if (!chinese && !SkipSeparator(s, ref i))
        {
            return false;
        }

        if (!ReadNumber(s, ref i, 1, 2, out int month) || month is < 1 or > 12)
        {
            return false;
        }

        if (chinese ? !Skip(s, ref i, '月') : !SkipSeparator(s, ref i))
        {
            return false;
        }

        if (!ReadNumber(s, ref i, 1, 2, out int day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        if (chinese)
        {
            Skip(s, ref i, '日');
            Skip(s, ref i, '号');
        }

        end = i;
        int hour = 0, minute = 0, second = 0;
        int t = i;
        while (t < s.Length && (CharClass.IsSpace(s[t]) || s[t] == 'T'))
        {
            t++;
        }

        if (t > i && ReadNumber(s, ref t, 1, 2, out hour) && t < s.Length && s[t] is ':' or '：'
            && ReadNumber(s, ref Advance(ref t), 2, 2, out minute) && hour < 24 && minute < 60)
        {
            end = t;
            int u = t;
            if (u < s.Length && s[u] == ':' && ReadNumber(s, ref Advance(ref u), 2, 2, out second) && second < 60)
            {
                end = u;
            }
            else
            {
                second = 0;
            }
        }
        else
        {
            (hour, minute) = (0, 0);
        }

        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    private static ref int Advance(ref int i)
    {
        i++;
        return ref i;
    }

    private static bool SkipSeparator(ReadOnlySpan<char> s, ref int i)
    {
        if (i < s.Length && s[i] is '-' or '/' or '.' or '－' or '／' or '．')
        {
            i++;
            return true;
        }

        return false;
    }

    private static bool Skip(ReadOnlySpan<char> s, ref int i, char c)
    {
        int j = i;
        while (j < s.Length && s[j] == ' ')
        {
            j++;
        }

        if (j < s.Length && s[j] == c)
        {
            i = j + 1;
            while (i < s.Length && s[i] == ' ')
            {
                i++;
            }

            return true;
        }

        return false;
    }

    private static bool ReadNumber(ReadOnlySpan<char> s, ref int i, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        int start = i;
        while (i < s.Length && CharClass.IsDigit(s[i]) && i - start < maxDigits)
        {
            value = (value * 10) + CharClass.DigitValue(s[i]);
            i++;
        }

        return i - start >= minDigits && (i >= s.Length || !CharClass.IsDigit(s[i]));
    }
}
