using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using PaperDigest.Model;

namespace PaperDigest.Extraction.Formulas;

/// <summary>
/// Finds LaTeX formulas quoted in the prose of a digest article, in time linear in the length of the text.
/// </summary>
/// <remarks>
/// <para>
/// Recognised top-level delimiters: <c>\( … \)</c> (inline), <c>\[ … \]</c> (display), <c>$$ … $$</c> (display),
/// <c>$ … $</c> (inline) and <c>\begin{env} … \end{env}</c> for the math environments equation, align, gather,
/// multline, eqnarray, split, alignat, flalign, displaymath and math, with or without <c>*</c> (display, except
/// <c>math</c>, which is inline). Anything inside an open formula, including a <c>\begin{…}</c>, belongs to it.
/// </para>
/// <para>
/// The text is tokenised the way TeX reads control symbols: a backslash always takes the next character with it,
/// so <c>\$</c> is a literal dollar and <c>\\(</c> is a line break followed by a parenthesis, never a delimiter.
/// <c>%</c> comments are not interpreted.
/// </para>
/// <para>
/// A single <c>$</c> follows pandoc's rules, extended for currency such as <c>US$ 10</c>: the opener must be
/// followed by a non-space character and must not follow an ASCII letter or digit; the first unescaped <c>$</c>
/// after it on the same line decides — it closes the formula when it follows a non-space character and is not
/// followed by an ASCII digit, otherwise there is no formula (so <c>$5 and $10</c> is prose). Consequently
/// <c>$a$$b$</c> is two inline formulas, <c>a</c> and <c>b</c>.
/// A formula whose TeX is empty or white space (<c>$$$$</c>, <c>\( \)</c>) is not reported.
/// </para>
/// <para>
/// Every search for a closing delimiter remembers where it failed, so no part of the text is searched twice for
/// the same kind of closer; environments are matched (with nesting of the same name) through one stack pass per
/// environment name. At most <see cref="MaxProblemsPerKind"/> problems of each kind are reported individually;
/// the rest are folded into one summary problem placed where the first omitted one would have been.
/// </para>
/// </remarks>
internal static class FormulaScanner
{
    /// <summary>How many problems of one <see cref="FormulaProblemKind"/> are reported individually per scan.</summary>
    internal const int MaxProblemsPerKind = 100;

    private const int MaxEnvironmentNameLength = 16;
    private const string BeginPrefix = "\\begin{";
    private const string EndPrefix = "\\end{";

    private static readonly SearchValues<char> BackslashOrDollar = SearchValues.Create("\\$");
    private static readonly SearchValues<char> InlineDollarStops = SearchValues.Create("\\$\n\r\u0085\u2028\u2029");
    private static readonly SearchValues<char> TexSpecials = SearchValues.Create("\\{}");

    private static readonly string[] EnvironmentNames = CreateEnvironmentNames();

    private static readonly FrozenDictionary<string, int> EnvironmentIds =
        EnvironmentNames.Select((name, index) => KeyValuePair.Create(name, index)).ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> EnvironmentLookup =
        EnvironmentIds.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Scans <paramref name="text"/> and appends the formulas and problems found, each in text order.
    /// Offsets are relative to <paramref name="text"/>. Never throws for any text.
    /// </summary>
    /// <param name="text">The prose to scan.</param>
    /// <param name="formulas">Receives the formulas found.</param>
    /// <param name="problems">Receives the problems found.</param>
    internal static void Scan(ReadOnlySpan<char> text, List<FormulaMatch> formulas, List<FormulaProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(formulas);
        ArgumentNullException.ThrowIfNull(problems);

        ScanState state = ScanState.Rent(formulas, problems);
        var i = 0;
        while (i < text.Length)
        {
            var relative = text[i..].IndexOfAny(BackslashOrDollar);
            if (relative < 0)
            {
                break;
            }

            i += relative;
            i = text[i] == '\\' ? OnBackslash(text, i, state) : OnDollar(text, i, state);
        }

        state.Finish();
        ScanState.Return(state);
    }

    private static string[] CreateEnvironmentNames()
    {
        string[] plain = ["equation", "align", "gather", "multline", "eqnarray", "split", "alignat", "flalign", "displaymath", "math"];
        return [.. plain, .. plain.Select(static name => name + "*")];
    }

    private static bool IsInlineEnvironment(int id) => EnvironmentNames[id] is "math" or "math*";

    /// <summary>Handles the backslash at <paramref name="i"/>; returns where scanning resumes.</summary>
    private static int OnBackslash(ReadOnlySpan<char> text, int i, ScanState state)
    {
        if (i + 1 >= text.Length)
        {
            return text.Length;
        }

        switch (text[i + 1])
        {
            case '(':
                return OpenBackslashDelimited(text, i, ')', FormulaDelimiter.Parentheses, display: false, ref state.ParenthesesNoCloserFrom, state);
            case '[':
                return OpenBackslashDelimited(text, i, ']', FormulaDelimiter.Brackets, display: true, ref state.BracketsNoCloserFrom, state);
            case 'b' when TryReadEnvironmentTag(text, i, BeginPrefix, out var id, out var tagEnd):
                return OpenEnvironment(text, i, id, tagEnd, state);
            default:
                // Control symbol or control word start (\\, \$, \alpha ...): the backslash takes the next character.
                return i + 2;
        }
    }

    private static int OpenBackslashDelimited(
        ReadOnlySpan<char> text,
        int i,
        char closeChar,
        FormulaDelimiter delimiter,
        bool display,
        ref int noCloserFrom,
        ScanState state)
    {
        var texStart = i + 2;
        var closer = texStart >= noCloserFrom ? -1 : FindBackslashCloser(text, texStart, closeChar);
        if (closer < 0)
        {
            noCloserFrom = Math.Min(noCloserFrom, texStart);
            if (state.ShouldReport(FormulaProblemKind.Unterminated, i, 2))
            {
                var opener = text.Slice(i, 2).ToString();
                state.Add(new FormulaProblem(
                    i,
                    2,
                    FormulaProblemKind.Unterminated,
                    string.Concat("Unterminated ", opener, ": no matching \\", closeChar.ToString(), " follows; the text is kept as prose.")));
            }

            return texStart;
        }

        state.AddFormula(text, i, closer + 2, texStart, closer, delimiter, display);
        return closer + 2;
    }

    /// <summary>Finds the first <c>\</c> + <paramref name="closeChar"/> token at or after <paramref name="from"/>.</summary>
    private static int FindBackslashCloser(ReadOnlySpan<char> text, int from, char closeChar)
    {
        var k = from;
        while (k < text.Length)
        {
            var relative = text[k..].IndexOf('\\');
            if (relative < 0)
            {
                return -1;
            }

            var j = k + relative;
            if (j + 1 >= text.Length)
            {
                return -1;
            }

            if (text[j + 1] == closeChar)
            {
                return j;
            }

            k = j + 2;
        }

        return -1;
    }

    /// <summary>Handles the dollar at <paramref name="i"/>; returns where scanning resumes.</summary>
    private static int OnDollar(ReadOnlySpan<char> text, int i, ScanState state)
    {
        if (i + 1 < text.Length && text[i + 1] == '$')
        {
            return OpenDoubleDollar(text, i, state);
        }

        if (!IsInlineDollarOpener(text, i))
        {
            return i + 1;
        }

        var closer = FindInlineDollarCloser(text, i + 1);
        if (closer < 0)
        {
            var next = text[i + 1];
            if ((char.IsAsciiLetter(next) || next == '\\')
                && state.ShouldReport(FormulaProblemKind.Unterminated, i, 1))
            {
                state.Add(new FormulaProblem(
                    i,
                    1,
                    FormulaProblemKind.Unterminated,
                    "Unterminated $: no closing $ on the same line; the text is kept as prose."));
            }

            // Otherwise (a digit, punctuation ...) it is most likely currency: no problem.
            return i + 1;
        }

        if (LooksLikeProse(text[(i + 1)..closer]))
        {
            // "$5 和 US$ 10", "$5 million or US$": two currency signs, not a formula.
            return i + 1;
        }

        state.AddFormula(text, i, closer + 1, i + 1, closer, FormulaDelimiter.Dollar, display: false);
        return closer + 1;
    }

    /// <summary>
    /// Inline <c>$…$</c> math in a digest never holds Chinese prose, and math that starts with a digit has no spaces
    /// (<c>$2^n$</c>); content failing either test sits between two currency signs.
    /// </summary>
    private static bool LooksLikeProse(ReadOnlySpan<char> content)
    {
        foreach (var c in content)
        {
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF')
            {
                return true;
            }
        }

        return content.Length > 0 && char.IsAsciiDigit(content[0]) && content.ContainsAny(' ', '\t');
    }

    private static int OpenDoubleDollar(ReadOnlySpan<char> text, int i, ScanState state)
    {
        var texStart = i + 2;
        var closer = texStart >= state.DoubleDollarNoCloserFrom ? -1 : FindDoubleDollarCloser(text, texStart);
        if (closer < 0)
        {
            state.DoubleDollarNoCloserFrom = Math.Min(state.DoubleDollarNoCloserFrom, texStart);
            if (state.ShouldReport(FormulaProblemKind.Unterminated, i, 2))
            {
                state.Add(new FormulaProblem(
                    i,
                    2,
                    FormulaProblemKind.Unterminated,
                    "Unterminated $$: no closing $$ follows; the text is kept as prose."));
            }

            return texStart;
        }

        state.AddFormula(text, i, closer + 2, texStart, closer, FormulaDelimiter.DoubleDollar, display: true);
        return closer + 2;
    }

    /// <summary>Finds the first unescaped <c>$$</c> at or after <paramref name="from"/>.</summary>
    private static int FindDoubleDollarCloser(ReadOnlySpan<char> text, int from)
    {
        var k = from;
        while (k < text.Length)
        {
            var relative = text[k..].IndexOfAny(BackslashOrDollar);
            if (relative < 0)
            {
                return -1;
            }

            var j = k + relative;
            if (j + 1 >= text.Length)
            {
                return -1;
            }

            if (text[j] == '\\')
            {
                k = j + 2;
            }
            else if (text[j + 1] == '$')
            {
                return j;
            }
            else
            {
                k = j + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A single <c>$</c> opens inline math when a non-space character follows it and no ASCII letter or digit
    /// precedes it (<c>US$5</c>). The caller has already excluded <c>$$</c>.
    /// </summary>
    private static bool IsInlineDollarOpener(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length
        && !char.IsWhiteSpace(text[i + 1])
        && (i == 0 || !char.IsAsciiLetterOrDigit(text[i - 1]));

    /// <summary>
    /// The first unescaped <c>$</c> after an inline opener, on the same line, closes the formula when it follows a
    /// non-space character and no ASCII digit follows it; otherwise there is no formula (returns -1).
    /// The search never goes past the next <c>$</c> or line break, so these searches never overlap.
    /// </summary>
    private static int FindInlineDollarCloser(ReadOnlySpan<char> text, int from)
    {
        var k = from;
        while (k < text.Length)
        {
            var relative = text[k..].IndexOfAny(InlineDollarStops);
            if (relative < 0)
            {
                return -1;
            }

            var j = k + relative;
            var c = text[j];
            if (c == '\\')
            {
                if (j + 1 >= text.Length || IsLineBreak(text[j + 1]))
                {
                    return -1;
                }

                k = j + 2;
                continue;
            }

            if (c != '$')
            {
                return -1; // line break
            }

            if (char.IsWhiteSpace(text[j - 1]) || (j + 1 < text.Length && char.IsAsciiDigit(text[j + 1])))
            {
                return -1;
            }

            return j;
        }

        return -1;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    private static int OpenEnvironment(ReadOnlySpan<char> text, int i, int id, int tagEnd, ScanState state)
    {
        var table = state.EnvironmentTables[id] ??= EnvironmentTable.Build(text, i, id);
        var end = table.FindEnd(i);
        if (end < 0)
        {
            if (state.ShouldReport(FormulaProblemKind.Unterminated, i, tagEnd - i))
            {
                var name = EnvironmentNames[id];
                state.Add(new FormulaProblem(
                    i,
                    tagEnd - i,
                    FormulaProblemKind.Unterminated,
                    string.Concat("Unterminated \\begin{", name, "}: no matching \\end{", name, "} follows; the text is kept as prose.")));
            }

            return tagEnd;
        }

        state.AddFormula(text, i, end, i, end, FormulaDelimiter.Environment, display: !IsInlineEnvironment(id));
        return end;
    }

    /// <summary>
    /// Reads a <c>\begin{name}</c> or <c>\end{name}</c> tag (per <paramref name="prefix"/>) at <paramref name="j"/>
    /// naming one of the known math environments.
    /// </summary>
    private static bool TryReadEnvironmentTag(ReadOnlySpan<char> text, int j, string prefix, out int id, out int tagEnd)
    {
        id = -1;
        tagEnd = -1;
        var rest = text[j..];
        if (!rest.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var limit = Math.Min(rest.Length, prefix.Length + MaxEnvironmentNameLength + 1);
        var close = rest[prefix.Length..limit].IndexOf('}');
        if (close <= 0 || !EnvironmentLookup.TryGetValue(rest.Slice(prefix.Length, close), out id))
        {
            id = -1;
            return false;
        }

        tagEnd = j + prefix.Length + close + 1;
        return true;
    }

    /// <summary>
    /// Checks brace balance and <c>\left</c>/<c>\right</c> pairing of a formula's TeX.
    /// </summary>
    private static void CheckTex(ReadOnlySpan<char> tex, int formulaStart, int formulaLength, ScanState state)
    {
        int openBraces = 0, strayCloseBraces = 0, openLefts = 0, strayRights = 0;
        var k = 0;
        while (k < tex.Length)
        {
            var relative = tex[k..].IndexOfAny(TexSpecials);
            if (relative < 0)
            {
                break;
            }

            var j = k + relative;
            switch (tex[j])
            {
                case '{':
                    openBraces++;
                    k = j + 1;
                    break;
                case '}':
                    if (openBraces > 0)
                    {
                        openBraces--;
                    }
                    else
                    {
                        strayCloseBraces++;
                    }

                    k = j + 1;
                    break;
                default:
                    var nameEnd = j + 1;
                    while (nameEnd < tex.Length && char.IsAsciiLetter(tex[nameEnd]))
                    {
                        nameEnd++;
                    }

                    if (nameEnd == j + 1)
                    {
                        // Control symbol such as \{ \} \\ : skip the escaped character.
                        k = Math.Min(j + 2, tex.Length);
                        break;
                    }

                    var name = tex[(j + 1)..nameEnd];
                    if (name.SequenceEqual("left"))
                    {
                        openLefts++;
                    }
                    else if (name.SequenceEqual("right"))
                    {
                        if (openLefts > 0)
                        {
                            openLefts--;
                        }
                        else
                        {
                            strayRights++;
                        }
                    }

                    k = nameEnd;
                    break;
            }
        }

        if ((openBraces != 0 || strayCloseBraces != 0)
            && state.ShouldReport(FormulaProblemKind.UnbalancedBraces, formulaStart, formulaLength))
        {
            state.Add(new FormulaProblem(
                formulaStart,
                formulaLength,
                FormulaProblemKind.UnbalancedBraces,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Unbalanced braces in formula: {openBraces} unclosed '{{' and {strayCloseBraces} unmatched '}}'.")));
        }

        if ((openLefts != 0 || strayRights != 0)
            && state.ShouldReport(FormulaProblemKind.UnpairedLeftRight, formulaStart, formulaLength))
        {
            state.Add(new FormulaProblem(
                formulaStart,
                formulaLength,
                FormulaProblemKind.UnpairedLeftRight,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Unpaired \\left/\\right in formula: {openLefts} \\left without \\right and {strayRights} \\right without \\left.")));
        }
    }

    /// <summary>
    /// Matches every <c>\begin{name}</c> of one environment from a start offset to the end of the text with its
    /// <c>\end{name}</c> (same-name nesting counted), in one pass with an explicit stack.
    /// </summary>
    private sealed class EnvironmentTable
    {
        private readonly List<int> _begins = [];
        private readonly List<int> _ends = [];
        private int _cursor;

        internal static EnvironmentTable Build(ReadOnlySpan<char> text, int start, int id)
        {
            var table = new EnvironmentTable();
            var open = new List<int>();
            var k = start;
            while (k < text.Length)
            {
                var relative = text[k..].IndexOf('\\');
                if (relative < 0)
                {
                    break;
                }

                var j = k + relative;
                if (TryReadEnvironmentTag(text, j, BeginPrefix, out var beginId, out var beginEnd))
                {
                    if (beginId == id)
                    {
                        open.Add(table._begins.Count);
                        table._begins.Add(j);
                        table._ends.Add(-1);
                    }

                    k = beginEnd;
                }
                else if (TryReadEnvironmentTag(text, j, EndPrefix, out var endId, out var endEnd))
                {
                    if (endId == id && open.Count > 0)
                    {
                        table._ends[open[^1]] = endEnd;
                        open.RemoveAt(open.Count - 1);
                    }

                    k = endEnd;
                }
                else
                {
                    k = j + 2;
                }
            }

            return table;
        }

        /// <summary>
        /// The end offset of the environment opened at <paramref name="begin"/>, or -1. Offsets must be asked in
        /// increasing order (the scanner only moves forward).
        /// </summary>
        internal int FindEnd(int begin)
        {
            while (_cursor < _begins.Count && _begins[_cursor] < begin)
            {
                _cursor++;
            }

            return _cursor < _begins.Count && _begins[_cursor] == begin ? _ends[_cursor] : -1;
        }
    }

    /// <summary>Per-call mutable state: closer memos, environment tables, and the capped problem sink.</summary>
    /// <remarks>Reused by the next scan on the same thread (most blocks with a backslash or a dollar are scanned), so a scan allocates nothing of its own.</remarks>
    private sealed class ScanState
    {
        private const int KindCount = 3;

        [ThreadStatic]
        private static ScanState? t_cached;

        private List<FormulaMatch> _formulas = null!;
        private List<FormulaProblem> _problems = null!;

        private readonly int[] _reported = new int[KindCount];
        private readonly int[] _omitted = new int[KindCount];
        private readonly int[] _summaryIndex = new int[KindCount];
        private readonly int[] _omittedStart = new int[KindCount];
        private readonly int[] _omittedEnd = new int[KindCount];

        /// <summary>No <c>\)</c> exists at or after this offset (int.MaxValue: unknown).</summary>
        internal int ParenthesesNoCloserFrom = int.MaxValue;

        /// <summary>No <c>\]</c> exists at or after this offset (int.MaxValue: unknown).</summary>
        internal int BracketsNoCloserFrom = int.MaxValue;

        /// <summary>No <c>$$</c> exists at or after this offset (int.MaxValue: unknown).</summary>
        internal int DoubleDollarNoCloserFrom = int.MaxValue;

        internal EnvironmentTable?[] EnvironmentTables { get; } = new EnvironmentTable?[EnvironmentNames.Length];

        internal static ScanState Rent(List<FormulaMatch> formulas, List<FormulaProblem> problems)
        {
            ScanState state = t_cached ?? new ScanState();
            t_cached = null;
            state._formulas = formulas;
            state._problems = problems;
            return state;
        }

        internal static void Return(ScanState state)
        {
            state._formulas = null!;
            state._problems = null!;
            Array.Clear(state._reported);
            Array.Clear(state._omitted);
            Array.Clear(state._summaryIndex);
            Array.Clear(state._omittedStart);
            Array.Clear(state._omittedEnd);
            Array.Clear(state.EnvironmentTables);
            state.ParenthesesNoCloserFrom = int.MaxValue;
            state.BracketsNoCloserFrom = int.MaxValue;
            state.DoubleDollarNoCloserFrom = int.MaxValue;
            t_cached = state;
        }

        internal void AddFormula(
            ReadOnlySpan<char> text,
            int start,
            int end,
            int texStart,
            int texEnd,
            FormulaDelimiter delimiter,
            bool display)
        {
            var tex = text[texStart..texEnd];
            if (tex.IsWhiteSpace())
            {
                return;
            }

            _formulas.Add(new FormulaMatch(start, end - start, texStart, texEnd - texStart, delimiter, display));
            CheckTex(tex, start, end - start, this);
        }

        /// <summary>
        /// Whether a problem of <paramref name="kind"/> should be added individually; when the cap is reached, the
        /// problem is counted into the kind's summary instead and <see langword="false"/> is returned.
        /// </summary>
        internal bool ShouldReport(FormulaProblemKind kind, int start, int length)
        {
            var k = (int)kind;
            if (_reported[k] < MaxProblemsPerKind)
            {
                _reported[k]++;
                return true;
            }

            if (_omitted[k] == 0)
            {
                // Reserve the summary's place so the list stays in text order.
                _summaryIndex[k] = _problems.Count;
                _omittedStart[k] = start;
                _problems.Add(default);
            }

            _omitted[k]++;
            _omittedEnd[k] = Math.Max(_omittedEnd[k], start + length);
            return false;
        }

        internal void Add(FormulaProblem problem) => _problems.Add(problem);

        internal void Finish()
        {
            for (var k = 0; k < KindCount; k++)
            {
                if (_omitted[k] == 0)
                {
                    continue;
                }

                var kind = (FormulaProblemKind)k;
                var what = kind switch
                {
                    FormulaProblemKind.Unterminated => "unterminated delimiters",
                    FormulaProblemKind.UnbalancedBraces => "formulas with unbalanced braces",
                    _ => "formulas with unpaired \\left/\\right",
                };
                _problems[_summaryIndex[k]] = new FormulaProblem(
                    _omittedStart[k],
                    _omittedEnd[k] - _omittedStart[k],
                    kind,
                    string.Create(CultureInfo.InvariantCulture, $"{_omitted[k]} more {what} were not reported individually."));
            }
        }
    }
}
