using System.Buffers;

namespace PaperDigest.Extraction.Affiliations;

/// <summary>
/// Finds institutions in affiliation field values (<c>单位:上海交通大学,上海人工智能实验室</c>) and in prose
/// (<c>来自 X、Y 和 Z 的研究团队…</c>, <c>researchers from X and Y</c>).
/// </summary>
/// <remarks>
/// <para>
/// Known institutions come from the <see cref="Gazetteer"/> and carry a canonical name and country. Unknown ones are
/// reported with a <see langword="null"/> canonical name: in a field every part is one; in prose only a name that ends
/// with an institution suffix (大学, 学院, 研究院, 研究所, 实验室, 分校) or contains an institution word (University,
/// Institute, Lab, College, …) and sits in a cue (<c>来自 … 的</c>, <c>… 团队</c>, <c>… 提出</c>, <c>from …</c>,
/// <c>… researchers</c>).
/// </para>
/// <para>Every method is linear in the input (cue windows are bounded). Immutable and thread-safe.</para>
/// </remarks>
internal sealed class AffiliationScanner
{
    private const int MaxUnknownFieldLength = 120;
    private const int ForwardWindow = 120;
    private const int BackwardWindow = 80;
    private const int LatinWindow = 200;
    private const int MaxLatinTokens = 30;
    private const int MaxBackwardLatinTokens = 12;
    private const int MaxCjkNameLength = 40;

    private static readonly string[] CjkForwardCues = ["来自"];

    private static readonly string[] CjkForwardStops =
    [
        "的", "团队", "课题组", "研究组", "研究人员", "研究者", "学者", "科学家", "提出", "发布", "推出", "开发", "发表", "等",
    ];

    private static readonly string[] CjkBackwardCues =
    [
        "团队", "课题组", "研究组", "研究人员", "研究者", "科学家", "新研究", "新论文", "新成果", "提出", "推出", "发布", "开源",
        "发表", "联合", "合作",
    ];

    private static readonly string[] LatinForwardCues = ["from", "at", "by"];

    private static readonly string[] LatinBackwardCues = ["researchers", "team", "scientists", "scholars"];

    private static readonly string[] CjkTrailingNoise =
    [
        "研究团队", "联合团队", "团队", "课题组", "研究组", "研究人员", "研究者", "学者", "科学家", "的研究", "研究", "的", "等人", "等",
    ];

    private static readonly string[] LatinTrailingNoise = ["researchers", "team", "scientists", "scholars", "et al.", "et al", "etc.", "etc", "'s", "’s"];

    private static readonly string[] FieldTrailingNoise = ["等人", "等", "et al.", "et al", "etc.", "etc"];

    private static readonly string[] CjkStopWords =
    [
        "来自", "包括", "使用", "利用", "基于", "通过", "联合", "携手", "本文", "作者", "以及", "其中", "这项", "该项",
    ];

    /// <summary>Starts of the names of units inside an institution (matched case-sensitively).</summary>
    private static readonly string[] SubUnitPrefixes =
    [
        "Department of ", "Dept. of ", "Dept of ", "School of ", "Faculty of ", "Institute of ", "Laboratory of ", "Laboratory for ",
        "Lab of ", "Lab for ", "Center for ", "Centre for ", "Division of ", "Graduate School of ", "State Key Laboratory ", "Key Laboratory ",
    ];

    /// <summary>Ends of the names of teams inside an institution (<c>Brain Team</c>, <c>NLP Group</c>).</summary>
    private static readonly string[] SubUnitSuffixes = [" Team", " Group"];

    private static readonly string[] Placeholders = ["无", "暂无", "未知", "不详", "N/A", "NA", "None", "Unknown", "null", "TBD"];

    private static readonly string[] Abbreviations = ["Inc.", "Ltd.", "Co.", "Corp.", "St.", "Jr.", "Univ.", "Inst.", "Dept."];

    private static readonly string[] UrlPrefixes = ["http://", "https://", "www."];

    private static readonly SearchValues<char> CjkStopChars = SearchValues.Create("的由是在被了对从向将把让给并而或即于和与及等该这此某其各每我他她它们");

    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create("。！？；;!?\n\r：:");

    private static readonly SearchValues<char> ClauseOrCommaEnds = SearchValues.Create("。！？；;!?\n\r：:，,");

    private static readonly SearchValues<char> QuoteChars = SearchValues.Create("\"“”‘’「」『』《》【】*");

    private readonly Gazetteer _gazetteer;

    /// <summary>Creates a scanner over <paramref name="gazetteer"/>.</summary>
    public AffiliationScanner(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
    }

    /// <summary>
    /// Scans a labelled field value (<c>斯坦福大学</c>, <c>UNC Chapel Hill、Microsoft</c>, <c>Google &amp; Princeton</c>):
    /// the value is split on <c>、 , ， ; ； 和 与 及 &amp; and</c>, each part trimmed and stripped of a trailing
    /// <c>等</c>/<c>et al.</c>, and each part reported once (known or not).
    /// </summary>
    /// <param name="value">The field value.</param>
    /// <param name="results">Receives the institutions, in order, each institution once.</param>
    public void ScanField(ReadOnlySpan<char> value, List<AffiliationMatch> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (value.IsEmpty)
        {
            return;
        }

        var hits = new List<GazetteerMatch>();
        _gazetteer.FindAll(value, hits);
        var parts = new List<(int Start, int End)>();
        SplitParts(value, 0, value.Length, hits, parts);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int mergeLimit = (_gazetteer.MaxKeyLength * 2) + 8;
        int i = 0;
        while (i < parts.Count)
        {
            // A known name may contain a separator: "University of California, Berkeley", "Texas A&M University".
            int merged = -1;
            for (int j = Math.Min(parts.Count - 1, i + 3); j > i; j--)
            {
                int start = parts[i].Start;
                int end = parts[j].End;
                if (end - start <= mergeLimit && _gazetteer.TryLookup(value[start..end], out GazetteerEntry? entry))
                {
                    Add(results, seen, value, start, end, entry);
                    merged = j;
                    break;
                }
            }

            if (merged >= 0)
            {
                i = merged + 1;
                continue;
            }

            if (IsSubUnitOfNeighbour(value, parts, i, hits))
            {
                i++;
                continue;
            }

            ScanFieldPart(value, parts[i].Start, parts[i].End, hits, seen, results);
            i++;
        }
    }

    /// <summary>
    /// Whether part <paramref name="index"/> names no institution but a unit of the known institution written next to it:
    /// <c>Google Research, Brain Team</c>, <c>Institute of Information Science, Academia Sinica</c>,
    /// <c>Department of Computer Science, Stanford University</c>.
    /// </summary>
    private static bool IsSubUnitOfNeighbour(ReadOnlySpan<char> value, List<(int Start, int End)> parts, int index, List<GazetteerMatch> hits)
    {
        (int start, int end) = parts[index];
        if (OverlapsHit(hits, start, end))
        {
            return false;
        }

        ReadOnlySpan<char> part = value[start..end];
        bool unit = false;
        foreach (string prefix in SubUnitPrefixes)
        {
            unit |= part.StartsWith(prefix, StringComparison.Ordinal) && part.Length > prefix.Length;
        }

        foreach (string suffix in SubUnitSuffixes)
        {
            unit |= part.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && part.Length > suffix.Length;
        }

        return unit
            && ((index > 0 && OverlapsHit(hits, parts[index - 1].Start, parts[index - 1].End))
                || (index + 1 < parts.Count && OverlapsHit(hits, parts[index + 1].Start, parts[index + 1].End)));
    }

    /// <summary>
    /// Scans Chinese or English prose and reports, each once and in order of first occurrence, the gazetteer
    /// institutions it mentions and the unknown institutions that sit in an affiliation cue.
    /// </summary>
    /// <param name="text">The prose.</param>
    /// <param name="results">Receives the institutions.</param>
    public void ScanProse(ReadOnlySpan<char> text, List<AffiliationMatch> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (text.IsEmpty)
        {
            return;
        }

        var masked = new List<(int Start, int End)>();
        FindMaskedRanges(text, masked);
        var hits = new List<GazetteerMatch>();
        _gazetteer.FindAll(text, hits);
        var known = new List<GazetteerMatch>(hits.Count);
        var candidates = new List<AffiliationMatch>();
        foreach (GazetteerMatch hit in hits)
        {
            if (!OverlapsRange(masked, hit.Start, hit.Start + hit.Length))
            {
                known.Add(hit);
                candidates.Add(new AffiliationMatch(
                    hit.Start, hit.Length, text.Slice(hit.Start, hit.Length).ToString(), hit.Entry.CanonicalName, hit.Entry.Country));
            }
        }

        var segments = new List<(int Start, int End, bool DropFirst, bool DropLast)>();
        CollectCjkForward(text, segments);
        CollectCjkBackward(text, segments);
        CollectLatinForward(text, segments);
        CollectLatinBackward(text, segments);
        CollectLatinParenthetical(text, segments);

        var parts = new List<(int Start, int End)>();
        foreach ((int segStart, int segEnd, bool dropFirst, bool dropLast) in segments)
        {
            parts.Clear();
            SplitParts(text, segStart, segEnd, known, parts);
            for (int p = 0; p < parts.Count; p++)
            {
                if ((p == 0 && dropFirst) || (p == parts.Count - 1 && dropLast))
                {
                    continue;
                }

                if (!TryExtractName(text, parts[p].Start, parts[p].End, out int start, out int end))
                {
                    continue;
                }

                // "Bar Institute at MIT": keep the unknown name before the known one.
                int h = FirstHitEndingAfter(known, start);
                if (h < known.Count && known[h].Start < end
                    && (known[h].Start <= start || !TryExtractName(text, start, TrimLatinConnectors(text, start, known[h].Start), out start, out end)))
                {
                    continue;
                }

                if (OverlapsHit(known, start, end) || OverlapsRange(masked, start, end))
                {
                    continue;
                }

                ReadOnlySpan<char> name = text[start..end];
                candidates.Add(_gazetteer.TryLookup(name, out GazetteerEntry? entry)
                    ? new AffiliationMatch(start, end - start, name.ToString(), entry.CanonicalName, entry.Country)
                    : new AffiliationMatch(start, end - start, name.ToString(), null, null));
            }
        }

        candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int covered = 0;
        foreach (AffiliationMatch candidate in candidates)
        {
            if (candidate.Start < covered)
            {
                continue;
            }

            covered = candidate.Start + candidate.Length;
            if (seen.Add(KeyOf(candidate)))
            {
                results.Add(candidate);
            }
        }
    }

    private void ScanFieldPart(
        ReadOnlySpan<char> value, int start, int end, List<GazetteerMatch> hits, HashSet<string> seen, List<AffiliationMatch> results)
    {
        (start, end) = StripTrailing(value, start, end, FieldTrailingNoise);
        if (end <= start)
        {
            return;
        }

        ReadOnlySpan<char> part = value[start..end];
        if (_gazetteer.TryLookup(part, out GazetteerEntry? entry))
        {
            Add(results, seen, value, start, end, entry);
            return;
        }

        if (part[^1] is '.' or '。' && _gazetteer.TryLookup(part[..^1], out entry))
        {
            Add(results, seen, value, start, end - 1, entry);
            return;
        }

        // "清华大学计算机系": report the institutions inside the part.
        bool found = false;
        int first = FirstHitEndingAfter(hits, start);
        for (int h = first; h < hits.Count && hits[h].Start < end; h++)
        {
            GazetteerMatch hit = hits[h];
            if (hit.Start >= start && hit.Start + hit.Length <= end)
            {
                Add(results, seen, value, hit.Start, hit.Start + hit.Length, hit.Entry);
                found = true;
            }
        }

        if (!found && IsPlausibleUnknown(part))
        {
            Add(results, seen, value, start, end, null);
        }
    }

    private static void Add(List<AffiliationMatch> results, HashSet<string> seen, ReadOnlySpan<char> text, int start, int end, GazetteerEntry? entry)
    {
        var match = new AffiliationMatch(start, end - start, text[start..end].ToString(), entry?.CanonicalName, entry?.Country);
        if (seen.Add(KeyOf(match)))
        {
            results.Add(match);
        }
    }

    private static string KeyOf(AffiliationMatch match) =>
        match.CanonicalName is { } canonical ? "=" + canonical : "?" + Gazetteer.NormalizeKey(match.Name);

    private static bool IsPlausibleUnknown(ReadOnlySpan<char> part)
    {
        if (part.Length > MaxUnknownFieldLength)
        {
            return false;
        }

        bool hasLetter = false;
        foreach (char c in part)
        {
            if (char.IsLetter(c))
            {
                hasLetter = true;
                break;
            }
        }

        if (!hasLetter)
        {
            return false;
        }

        foreach (string placeholder in Placeholders)
        {
            if (part.Equals(placeholder, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Splits <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) into trimmed, non-empty parts on
    /// <c>、 , ， ; ；</c> always, on <c>和 与 及 以及</c> when the left part is a complete name, on a free-standing
    /// <c>&amp;</c> and on <c>and</c> unless the left part reads like "University of Science".
    /// </summary>
    private void SplitParts(ReadOnlySpan<char> text, int start, int end, List<GazetteerMatch> hits, List<(int Start, int End)> parts)
    {
        int partStart = start;
        int lastOf = -1;
        for (int k = start; k < end; k++)
        {
            int separator = 0;
            switch (text[k])
            {
                case '、' or ',' or '，' or ';' or '；':
                    separator = 1;
                    break;
                case '和' or '与' or '及' or '與':
                    separator = IsCompleteCjkLeft(text, partStart, k, hits) ? 1 : 0;
                    break;
                case '以' when k + 1 < end && text[k + 1] == '及':
                    separator = IsCompleteCjkLeft(text, partStart, k, hits) ? 2 : 0;
                    break;
                case '&':
                    bool glued = k > start && k + 1 < end
                        && AffiliationText.IsWordChar(AffiliationText.Fold(text[k - 1]))
                        && AffiliationText.IsWordChar(AffiliationText.Fold(text[k + 1]));
                    separator = !glued && IsLatinSeparator(text, partStart, k, k + 1, end, hits, lastOf) ? 1 : 0;
                    break;
                case 'a' or 'A':
                    separator = k > start && k + 3 < end
                        && AffiliationText.Fold(text[k - 1]) == ' ' && AffiliationText.Fold(text[k + 3]) == ' '
                        && text.Slice(k, 3).Equals("and", StringComparison.OrdinalIgnoreCase)
                        && IsLatinSeparator(text, partStart, k, k + 3, end, hits, lastOf) ? 3 : 0;
                    break;
                case 'o' or 'O':
                    if (IsWordAt(text, k, start, end, "of"))
                    {
                        lastOf = k;
                    }

                    break;
            }

            if (separator > 0)
            {
                AddPart(text, partStart, k, parts);
                partStart = k + separator;
                k += separator - 1;
            }
        }

        AddPart(text, partStart, end, parts);
    }

    private static void AddPart(ReadOnlySpan<char> text, int start, int end, List<(int Start, int End)> parts)
    {
        (start, end) = TrimQuotes(text, start, end);
        if (end > start)
        {
            parts.Add((start, end));
        }
    }

    private static (int Start, int End) TrimQuotes(ReadOnlySpan<char> text, int start, int end)
    {
        while (true)
        {
            (start, end) = AffiliationText.Trim(text, start, end);
            if (start < end && QuoteChars.Contains(text[start]))
            {
                start++;
            }
            else if (start < end && QuoteChars.Contains(text[end - 1]))
            {
                end--;
            }
            else
            {
                return (start, end);
            }
        }
    }

    private static bool IsWordAt(ReadOnlySpan<char> text, int k, int start, int end, string word) =>
        k + word.Length <= end
        && text.Slice(k, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
        && (k == start || !AffiliationText.IsWordChar(AffiliationText.Fold(text[k - 1])))
        && (k + word.Length == end || !AffiliationText.IsWordChar(AffiliationText.Fold(text[k + word.Length])));

    private bool IsCompleteCjkLeft(ReadOnlySpan<char> text, int start, int end, List<GazetteerMatch> hits)
    {
        (start, end) = AffiliationText.Trim(text, start, end);
        if (end <= start)
        {
            return false;
        }

        ReadOnlySpan<char> left = text[start..end];
        return AffiliationText.IsWordChar(AffiliationText.Fold(left[^1]))
            || AffiliationText.EndsWithAny(left, AffiliationText.CjkCompleteNameSuffixes)
            || IsKnownLeft(text, start, end, hits);
    }

    /// <summary>
    /// Whether <c>and</c>/<c>&amp;</c> at [<paramref name="position"/>, <paramref name="after"/>) separates two names: not
    /// when the left part reads "University of Science" and the right part ("Technology") names no institution of its own.
    /// </summary>
    private bool IsLatinSeparator(
        ReadOnlySpan<char> text, int partStart, int position, int after, int end, List<GazetteerMatch> hits, int lastOf)
    {
        (int start, int leftEnd) = AffiliationText.Trim(text, partStart, position);
        if (leftEnd <= start)
        {
            return false;
        }

        if (lastOf < start || IsKnownLeft(text, start, leftEnd, hits))
        {
            return true;
        }

        // The right part starts with a known name or contains an institution word before the next separator.
        int right = after;
        while (right < end && AffiliationText.Fold(text[right]) == ' ')
        {
            right++;
        }

        int h = FirstHitEndingAfter(hits, right);
        if (h < hits.Count && hits[h].Start == right)
        {
            return true;
        }

        int limit = Math.Min(end, right + LatinWindow);
        int tokenStart = right;
        for (int k = right; k <= limit; k++)
        {
            char c = k < limit ? text[k] : ' ';
            // A Chinese conjunction ends a Latin name as well ("… (Guangzhou)和Brown University").
            if (c is ',' or ';' or '、' or '，' or '；' or '&' or '和' or '与' or '及' or '與')
            {
                return false;
            }

            if (!char.IsWhiteSpace(c))
            {
                continue;
            }

            ReadOnlySpan<char> token = text[tokenStart..k];
            if (token.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (AffiliationText.IsOneOf(token, AffiliationText.LatinInstitutionKeywords))
            {
                return true;
            }

            tokenStart = k + 1;
        }

        return false;
    }

    private bool IsKnownLeft(ReadOnlySpan<char> text, int start, int end, List<GazetteerMatch> hits)
    {
        int h = FirstHitEndingAfter(hits, end - 1);
        if (h < hits.Count && hits[h].Start + hits[h].Length == end && hits[h].Start >= start)
        {
            return true;
        }

        return end - start <= (_gazetteer.MaxKeyLength * 2) + 8 && _gazetteer.TryLookup(text[start..end], out _);
    }

    /// <summary>Index of the first hit whose end is after <paramref name="position"/> (hits are sorted and disjoint).</summary>
    private static int FirstHitEndingAfter(List<GazetteerMatch> hits, int position)
    {
        int low = 0;
        int high = hits.Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (hits[middle].Start + hits[middle].Length > position)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private static bool OverlapsHit(List<GazetteerMatch> hits, int start, int end)
    {
        int h = FirstHitEndingAfter(hits, start);
        return h < hits.Count && hits[h].Start < end;
    }

    private static bool OverlapsRange(List<(int Start, int End)> ranges, int start, int end)
    {
        int low = 0;
        int high = ranges.Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (ranges[middle].End > start)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low < ranges.Count && ranges[low].Start < end;
    }

    /// <summary>URLs and e-mail addresses: nothing inside them is an affiliation. The ranges come out sorted and disjoint.</summary>
    private static void FindMaskedRanges(ReadOnlySpan<char> text, List<(int Start, int End)> ranges)
    {
        foreach (string prefix in UrlPrefixes)
        {
            int from = 0;
            while (from < text.Length)
            {
                int found = text[from..].IndexOf(prefix, StringComparison.OrdinalIgnoreCase);
                if (found < 0)
                {
                    break;
                }

                int start = from + found;
                int end = start + prefix.Length;
                while (end < text.Length && !IsUrlEnd(text[end]))
                {
                    end++;
                }

                ranges.Add((start, end));
                from = end;
            }
        }

        int at = 0;
        int previousEnd = 0;
        while (at < text.Length)
        {
            int found = text[at..].IndexOf('@');
            if (found < 0)
            {
                break;
            }

            int position = at + found;
            int start = position;
            while (start > previousEnd && !IsUrlEnd(text[start - 1]))
            {
                start--;
            }

            int end = position + 1;
            while (end < text.Length && !IsUrlEnd(text[end]))
            {
                end++;
            }

            ranges.Add((start, end));
            previousEnd = end;
            at = end;
        }

        if (ranges.Count < 2)
        {
            return;
        }

        ranges.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        int write = 0;
        for (int read = 1; read < ranges.Count; read++)
        {
            if (ranges[read].Start <= ranges[write].End)
            {
                ranges[write] = (ranges[write].Start, Math.Max(ranges[write].End, ranges[read].End));
            }
            else
            {
                ranges[++write] = ranges[read];
            }
        }

        ranges.RemoveRange(write + 1, ranges.Count - write - 1);
    }

    private static bool IsUrlEnd(char c) => c >= '\u2E80' || char.IsWhiteSpace(c) || c is '"' or '<' or '>' or '\'';

    /// <summary><c>来自 X、Y 和 Z 的…</c>: the text after the cue up to <c>的</c>, a team word or the end of the clause.</summary>
    private static void CollectCjkForward(ReadOnlySpan<char> text, List<(int, int, bool, bool)> segments)
    {
        foreach (string cue in CjkForwardCues)
        {
            int from = 0;
            int previousEnd = 0;
            while (from < text.Length)
            {
                int found = text[from..].IndexOf(cue, StringComparison.Ordinal);
                if (found < 0)
                {
                    break;
                }

                int start = from + found + cue.Length;
                from = start;
                if (start < previousEnd)
                {
                    continue;
                }

                int limit = Math.Min(text.Length, start + ForwardWindow);
                int end = start;
                while (end < limit && !ClauseEnds.Contains(text[end]) && !StartsWithForwardStop(text, end))
                {
                    end++;
                }

                bool truncated = end == limit && limit < text.Length && !ClauseEnds.Contains(text[end]) && !StartsWithForwardStop(text, end);
                segments.Add((start, end, false, truncated));
                previousEnd = end;
            }
        }
    }

    private static bool StartsWithForwardStop(ReadOnlySpan<char> text, int position)
    {
        ReadOnlySpan<char> rest = text[position..];
        foreach (string stop in CjkForwardStops)
        {
            if (rest.StartsWith(stop, StringComparison.Ordinal))
            {
                return stop != "等" || !IsInsideWordCharacter(text, position);
            }
        }

        return false;
    }

    /// <summary>Whether the stop character at <paramref name="position"/> is part of a word: 自由 (由), 高等/平等/同等 (等).</summary>
    private static bool IsInsideWordCharacter(ReadOnlySpan<char> text, int position)
    {
        if (position == 0)
        {
            return false;
        }

        char previous = text[position - 1];
        return text[position] switch
        {
            '由' => previous == '自',
            '等' => previous is '高' or '平' or '同',
            _ => false,
        };
    }

    /// <summary><c>X 团队…</c>, <c>X、Y 新研究</c>, <c>X 提出…</c>: the clause before the cue (back to punctuation or the previous cue).</summary>
    private static void CollectCjkBackward(ReadOnlySpan<char> text, List<(int, int, bool, bool)> segments)
    {
        var cues = new List<(int Position, int Length)>();
        foreach (string cue in CjkBackwardCues)
        {
            int from = 0;
            while (from < text.Length)
            {
                int found = text[from..].IndexOf(cue, StringComparison.Ordinal);
                if (found < 0)
                {
                    break;
                }

                cues.Add((from + found, cue.Length));
                from += found + cue.Length;
            }
        }

        cues.Sort(static (a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : b.Length.CompareTo(a.Length));
        int previousEnd = 0;
        foreach ((int position, int length) in cues)
        {
            if (position < previousEnd)
            {
                previousEnd = Math.Max(previousEnd, position + length);
                continue;
            }

            int floor = Math.Max(previousEnd, position - BackwardWindow);
            int start = position;
            while (start > floor && !ClauseOrCommaEnds.Contains(text[start - 1]))
            {
                start--;
            }

            bool truncated = start == floor && floor > previousEnd && !ClauseOrCommaEnds.Contains(text[floor - 1]);
            if (start < position)
            {
                segments.Add((start, position, truncated, false));
            }

            previousEnd = position + length;
        }
    }

    /// <summary><c>from X and Y</c>, <c>at X</c>, <c>by X</c>: the run of capitalized words and connectors after the cue.</summary>
    private static void CollectLatinForward(ReadOnlySpan<char> text, List<(int, int, bool, bool)> segments)
    {
        var cues = new List<int>();
        foreach (string cue in LatinForwardCues)
        {
            FindLatinWords(text, cue, cues);
        }

        // A cue introduces a name after a space: "AT&T Labs" and "by-product" hold no cue.
        int kept = 0;
        for (int c = 0; c < cues.Count; c++)
        {
            if (cues[c] < text.Length && char.IsWhiteSpace(text[cues[c]]))
            {
                cues[kept++] = cues[c];
            }
        }

        cues.RemoveRange(kept, cues.Count - kept);
        cues.Sort();
        int previousEnd = 0;
        foreach (int cueEnd in cues)
        {
            if (cueEnd < previousEnd)
            {
                continue;
            }

            int limit = Math.Min(text.Length, cueEnd + LatinWindow);
            int position = cueEnd;
            int segStart = -1;
            int segEnd = -1;
            int tokens = 0;
            bool stopped = false;
            while (position < limit && tokens < MaxLatinTokens)
            {
                while (position < limit && text[position] is ' ' or '\t' or '\u00A0')
                {
                    position++;
                }

                if (position >= limit)
                {
                    break;
                }

                char c = text[position];
                if (c is ',' or ';' or '&')
                {
                    position++;
                    continue;
                }

                int tokenEnd = TokenEnd(text, position, limit);
                if (tokenEnd == position)
                {
                    stopped = true;
                    break;
                }

                ReadOnlySpan<char> token = text[position..tokenEnd];
                bool sentenceEnd = false;
                if (token[^1] == '.' && !AffiliationText.IsOneOf(token, Abbreviations))
                {
                    token = token[..^1];
                    sentenceEnd = true;
                }

                if (token.IsEmpty || !(IsNameToken(token) || IsConnector(token) || token.Equals("and", StringComparison.OrdinalIgnoreCase)))
                {
                    stopped = true;
                    break;
                }

                if (segStart < 0)
                {
                    segStart = position;
                }

                segEnd = position + token.Length;
                tokens++;
                position = tokenEnd;
                if (sentenceEnd)
                {
                    stopped = true;
                    break;
                }
            }

            if (segStart >= 0)
            {
                bool truncated = !stopped && position < text.Length;
                segments.Add((segStart, segEnd, false, truncated));
                previousEnd = segEnd;
            }
        }
    }

    /// <summary><c>X researchers</c>, <c>the X team</c>: the run of capitalized words and connectors before the cue.</summary>
    private static void CollectLatinBackward(ReadOnlySpan<char> text, List<(int, int, bool, bool)> segments)
    {
        var cueEnds = new List<int>();
        foreach (string cue in LatinBackwardCues)
        {
            FindLatinWords(text, cue, cueEnds);
        }

        cueEnds.Sort();
        int previousEnd = 0;
        foreach (int cueEnd in cueEnds)
        {
            int cueStart = cueEnd;
            while (cueStart > 0 && AffiliationText.IsWordChar(text[cueStart - 1]))
            {
                cueStart--;
            }

            int floor = Math.Max(previousEnd, cueStart - LatinWindow);
            int position = cueStart;
            int segStart = -1;
            int segEnd = -1;
            int tokens = 0;
            while (position > floor && tokens < MaxBackwardLatinTokens)
            {
                int tokenEnd = position;
                while (tokenEnd > floor && text[tokenEnd - 1] is ' ' or '\t' or '\u00A0')
                {
                    tokenEnd--;
                }

                int tokenStart = tokenEnd;
                while (tokenStart > floor && IsTokenChar(text[tokenStart - 1]))
                {
                    tokenStart--;
                }

                if (tokenStart == tokenEnd)
                {
                    break;
                }

                ReadOnlySpan<char> token = text[tokenStart..tokenEnd];
                if (token.EndsWith("'s", StringComparison.Ordinal) || token.EndsWith("’s", StringComparison.Ordinal))
                {
                    token = token[..^2];
                }

                if (token.IsEmpty || !(IsNameToken(token) || IsConnector(token)))
                {
                    break;
                }

                segStart = tokenStart;
                if (segEnd < 0)
                {
                    segEnd = tokenEnd;
                }

                tokens++;
                position = tokenStart;
            }

            if (segStart >= 0)
            {
                segments.Add((segStart, segEnd, tokens >= MaxBackwardLatinTokens, false));
            }

            previousEnd = cueEnd;
        }
    }

    /// <summary>Adds the end offset of every whole-word, case-insensitive occurrence of <paramref name="word"/>.</summary>
    private static void FindLatinWords(ReadOnlySpan<char> text, string word, List<int> ends)
    {
        int from = 0;
        while (from < text.Length)
        {
            int found = text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return;
            }

            int start = from + found;
            int end = start + word.Length;
            from = end;
            if ((start == 0 || !AffiliationText.IsWordChar(AffiliationText.Fold(text[start - 1])))
                && (end == text.Length || !AffiliationText.IsWordChar(AffiliationText.Fold(text[end]))))
            {
                ends.Add(end);
            }
        }
    }

    private static int TokenEnd(ReadOnlySpan<char> text, int start, int limit)
    {
        int end = start;
        while (end < limit && IsTokenChar(text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsTokenChar(char c) =>
        AffiliationText.IsWordChar(c) || c is '-' or '.' or '\'' or '’' or '&' or '*' or '+';

    /// <summary>
    /// "Seiberg (Rutgers University) and Witten (Institute for Advanced Study)": a parenthesis right after a Latin word
    /// holds that person's or group's institution. The inside becomes a segment; as with every cue, an unknown name
    /// must still carry an institution word.
    /// </summary>
    private static void CollectLatinParenthetical(ReadOnlySpan<char> text, List<(int, int, bool, bool)> segments)
    {
        int from = 0;
        while (from < text.Length)
        {
            int open = text[from..].IndexOf('(');
            if (open < 0)
            {
                return;
            }

            open += from;
            from = open + 1;
            int before = open;
            while (before > 0 && text[before - 1] is ' ' or '\u00A0')
            {
                before--;
            }

            if (before == 0 || before == open || !AffiliationText.IsWordChar(text[before - 1]))
            {
                continue;
            }

            int limit = Math.Min(text.Length, from + LatinWindow);
            int close = text[from..limit].IndexOfAny('(', ')');
            if (close < 0 || text[from + close] == '(')
            {
                continue;
            }

            if (close > 0)
            {
                segments.Add((from, from + close, false, false));
            }

            from += close + 1;
        }
    }

    private static bool IsNameToken(ReadOnlySpan<char> token)
    {
        char first = token[0];
        return first < '\u2E80' && (char.IsUpper(first) || char.IsAsciiDigit(first));
    }

    private static bool IsConnector(ReadOnlySpan<char> token) => AffiliationText.IsOneOf(token, AffiliationText.LatinConnectors);

    /// <summary>The end of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) without trailing white space and connector words.</summary>
    private static int TrimLatinConnectors(ReadOnlySpan<char> text, int start, int end)
    {
        while (true)
        {
            (start, end) = AffiliationText.Trim(text, start, end);
            int tokenStart = end;
            while (tokenStart > start && !char.IsWhiteSpace(text[tokenStart - 1]))
            {
                tokenStart--;
            }

            if (tokenStart == end || !IsConnector(text[tokenStart..end]))
            {
                return end;
            }

            end = tokenStart;
        }
    }

    private static (int Start, int End) StripTrailing(ReadOnlySpan<char> text, int start, int end, string[] noise)
    {
        bool changed = true;
        while (changed && end > start)
        {
            changed = false;
            (start, end) = TrimQuotes(text, start, end);
            ReadOnlySpan<char> span = text[start..end];
            foreach (string word in noise)
            {
                if (span.Length > word.Length
                    && span.EndsWith(word, StringComparison.OrdinalIgnoreCase)
                    && (!AffiliationText.IsWordChar(word[0]) || !AffiliationText.IsWordChar(AffiliationText.Fold(span[^(word.Length + 1)]))))
                {
                    end -= word.Length;
                    changed = true;
                    break;
                }
            }
        }

        return TrimQuotes(text, start, end);
    }

    /// <summary>The institution name at the end of a cue part, if the part names one by suffix or institution word.</summary>
    private static bool TryExtractName(ReadOnlySpan<char> text, int partStart, int partEnd, out int start, out int end)
    {
        (start, end) = StripTrailing(text, partStart, partEnd, CjkTrailingNoise);
        (start, end) = StripTrailing(text, start, end, LatinTrailingNoise);
        if (end <= start)
        {
            return false;
        }

        ReadOnlySpan<char> span = text[start..end];
        foreach (string suffix in AffiliationText.CjkInstitutionSuffixes)
        {
            if (span.EndsWith(suffix, StringComparison.Ordinal))
            {
                return TryExtractCjkName(text, start, end, suffix.Length, out start);
            }
        }

        return TryExtractLatinName(text, start, end, out start, out end);
    }

    private static bool TryExtractCjkName(ReadOnlySpan<char> text, int floor, int end, int suffixLength, out int start)
    {
        start = end - suffixLength;
        while (start > floor)
        {
            if (EndsWithStopWord(text, floor, start))
            {
                break;
            }

            char c = text[start - 1];
            bool nameChar = AffiliationText.IsCjk(c) || AffiliationText.IsWordChar(AffiliationText.Fold(c))
                || c is ' ' or '-' or '(' or ')' or '（' or '）' or '·';
            if (!nameChar || (CjkStopChars.Contains(c) && !IsInsideWordCharacter(text, start - 1)))
            {
                break;
            }

            start--;
            if (end - start > MaxCjkNameLength)
            {
                return false;
            }
        }

        while (start < end && (text[start] is ' ' or '-' or ')' or '）' or '·' || char.IsWhiteSpace(text[start])))
        {
            start++;
        }

        // At least two characters before the suffix: "复旦大学", not "该大学" (stopped at 该) or "大学".
        return end - suffixLength - start >= 2;
    }

    private static bool EndsWithStopWord(ReadOnlySpan<char> text, int floor, int position)
    {
        ReadOnlySpan<char> before = text[floor..position];
        foreach (string word in CjkStopWords)
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryExtractLatinName(ReadOnlySpan<char> text, int floor, int end, out int start, out int nameEnd)
    {
        start = end;
        nameEnd = end;
        int runStart = end;
        while (runStart > floor && text[runStart - 1] < '\u2E80')
        {
            runStart--;
        }

        // Walk the tokens backwards; keep the longest run of name tokens and connectors that ends at the part's end.
        int tokens = 0;
        int first = -1;
        bool hasKeyword = false;
        bool lastIsConnector = false;
        int position = end;
        while (position > runStart)
        {
            int tokenEnd = position;
            while (tokenEnd > runStart && char.IsWhiteSpace(text[tokenEnd - 1]))
            {
                tokenEnd--;
            }

            int tokenStart = tokenEnd;
            while (tokenStart > runStart && !char.IsWhiteSpace(text[tokenStart - 1]))
            {
                tokenStart--;
            }

            if (tokenStart == tokenEnd)
            {
                break;
            }

            ReadOnlySpan<char> token = text[tokenStart..tokenEnd];
            bool connector = IsConnector(token);
            if (!connector && !IsNameToken(token))
            {
                break;
            }

            if (tokens == 0)
            {
                lastIsConnector = connector;
            }

            tokens++;
            if (tokens > MaxLatinTokens)
            {
                return false;
            }

            hasKeyword |= AffiliationText.IsOneOf(token, AffiliationText.LatinInstitutionKeywords);
            first = tokenStart;
            position = tokenStart;
        }

        if (first < 0 || lastIsConnector || !hasKeyword)
        {
            return false;
        }

        // Drop leading connectors and a leading "The".
        int nameStart = first;
        int nameTokens = tokens;
        while (nameTokens > 0)
        {
            int tokenEnd = nameStart;
            while (tokenEnd < end && !char.IsWhiteSpace(text[tokenEnd]))
            {
                tokenEnd++;
            }

            ReadOnlySpan<char> token = text[nameStart..tokenEnd];
            if (!IsConnector(token) && !token.Equals("The", StringComparison.Ordinal))
            {
                break;
            }

            nameStart = tokenEnd;
            while (nameStart < end && char.IsWhiteSpace(text[nameStart]))
            {
                nameStart++;
            }

            nameTokens--;
        }

        if (nameTokens < 2)
        {
            return false;
        }

        start = nameStart;
        nameEnd = end;
        return true;
    }
}
