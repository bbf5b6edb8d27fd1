using System.Runtime.CompilerServices;

namespace PaperDigest.Extraction.Affiliations;

/// <summary>Character classes and word lists shared by <see cref="Gazetteer"/> and <see cref="AffiliationScanner"/>.</summary>
internal static class AffiliationText
{
    /// <summary>Endings of Chinese institution names (大学, 研究所, …); an unknown name must end with one of them.</summary>
    public static readonly string[] CjkInstitutionSuffixes =
    [
        "大学", "大學", "学院", "學院", "研究院", "研究所", "实验室", "實驗室", "分校", "研究中心",
    ];

    /// <summary>
    /// Endings after which a Chinese conjunction (和, 与, 及) separates two names rather than joining words inside one
    /// name (计算机科学与技术学院).
    /// </summary>
    public static readonly string[] CjkCompleteNameSuffixes =
    [
        "大学", "大學", "学院", "學院", "研究院", "研究所", "实验室", "實驗室", "分校", "中心", "公司", "集团", "科技", "智能",
        "团队", "课题组", "系", "所", "院", "室", "组", "部", "校",
    ];

    /// <summary>Words that make a Latin name an institution (University, Institute, Lab, …); matched case-sensitively.</summary>
    public static readonly string[] LatinInstitutionKeywords =
    [
        "University", "Universität", "Université", "Universidad", "Università", "Universiteit", "Universitat",
        "Institute", "Institut", "Laboratory", "Laboratories", "Lab", "Labs", "College", "Academy", "Polytechnic",
    ];

    /// <summary>Lower-case words that may sit inside a Latin institution name (University <b>of</b> Texas <b>at</b> Austin).</summary>
    public static readonly string[] LatinConnectors = ["of", "for", "at", "the", "de", "di", "du", "des", "la", "le", "der", "für"];

    /// <summary>Folds full-width ASCII to ASCII, dash and apostrophe variants to <c>-</c> and <c>'</c>, white space and middle dots to a space.</summary>
    public static char Fold(char c)
    {
        // Fast paths: ASCII (only its white space folds) and the CJK ideographs (nothing folds).
        if (c < '\u0080')
        {
            return c is ' ' or (>= '\t' and <= '\r') ? ' ' : c;
        }

        if (c is >= '\u3400' and <= '\u9FFF')
        {
            return c;
        }

        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            return (char)(c - 0xFEE0);
        }

        switch (c)
        {
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE63':
                return '-';
            case '\u2018' or '\u2019' or '\u02BC' or '\u2032':
                return '\'';
            case '\u00B7' or '\u30FB' or '\u2027' or '\u2022' or '\u2219':
                return ' ';
            default:
                return char.IsWhiteSpace(c) ? ' ' : c;
        }
    }

    /// <summary>
    /// <see cref="Fold"/> followed by <see cref="char.ToLowerInvariant"/>, as one table look-up: the character a name is
    /// compared in (a space for white space and middle dots).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // in the prefilter's per-candidate loop
    public static char FoldLower(char c) =>
        c is >= '\u3400' and <= '\u9FFF' ? c : FoldLowerTable.Values[c]; // CJK ideographs neither fold nor have case

    /// <summary>The <see cref="FoldLower"/> value of every UTF-16 code unit, indexed by it (for loops without branches).</summary>
    public static ReadOnlySpan<char> FoldLowerValues => FoldLowerTable.Values;

    /// <summary>Whether <paramref name="c"/> (already folded) belongs to a Latin/Greek/Cyrillic word: letter, digit or underscore.</summary>
    public static bool IsWordChar(char c) => c < '\u2E80' && (char.IsLetterOrDigit(c) || c == '_');

    /// <summary>Whether <paramref name="c"/> is a CJK ideograph (or part of a surrogate pair, treated alike).</summary>
    public static bool IsCjk(char c) =>
        c is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uD800' and <= '\uDFFF') or (>= '\u3040' and <= '\u30FF') or (>= '\uAC00' and <= '\uD7AF');

    /// <summary>Whether <paramref name="text"/> ends with any of <paramref name="words"/> (ordinal).</summary>
    public static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (string word in words)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> is one of <paramref name="words"/> (ordinal).</summary>
    public static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (string candidate in words)
        {
            if (word.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Trims white space (including the ideographic space) from both ends of a range of <paramref name="text"/>.</summary>
    public static (int Start, int End) Trim(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && Fold(text[start]) == ' ')
        {
            start++;
        }

        while (end > start && Fold(text[end - 1]) == ' ')
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>The <see cref="FoldLower"/> table for every UTF-16 code unit, built on first use.</summary>
    private static class FoldLowerTable
    {
        public static readonly char[] Values = Build();

        private static char[] Build()
        {
            // One invariant lower-casing of all code units at once is far cheaper than 65,536 single calls. Surrogates are
            // left out (a high surrogate followed by a low one would be lower-cased as a pair) and map to themselves.
            char[] folded = new char[char.MaxValue + 1];
            for (int c = 0; c <= char.MaxValue; c++)
            {
                folded[c] = char.IsSurrogate((char)c) ? 'x' : Fold((char)c);
            }

            string lowered = new string(folded).ToLowerInvariant();
            char[] values = new char[char.MaxValue + 1];
            for (int c = 0; c <= char.MaxValue; c++)
            {
                values[c] = char.IsSurrogate((char)c) ? (char)c : lowered[c];
            }

            return values;
        }
    }
}
