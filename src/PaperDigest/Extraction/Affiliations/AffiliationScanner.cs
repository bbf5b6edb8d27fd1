using System.Buffers;
using System.Text;

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
    private const string ClauseEndChars = "。！？；;!?\n\r：:";

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

    // One-pass searches for the word lists above; a hit is confirmed against the list (FindWords).
    private static readonly SearchValues<string> UrlPrefixSearch = SearchValues.Create(UrlPrefixes, StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> LatinForwardCueSearch = SearchValues.Create(LatinForwardCues, StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> LatinBackwardCueSearch = SearchValues.Create(LatinBackwardCues, StringComparison.OrdinalIgnoreCase);

    // The first characters of CjkBackwardCues, and the cues' indices longest first.
    private static readonly SearchValues<char> CjkBackwardCueFirstChars = SearchValues.Create(FirstChars(CjkBackwardCues));

    private static readonly int[] CjkBackwardCueOrder = LongestFirst(CjkBackwardCues);

    // First characters of CjkForwardStops and last characters of CjkStopWords: a cheap test before the word lists.
    private static readonly SearchValues<char> CjkForwardStopFirstChars = SearchValues.Create(FirstChars(CjkForwardStops));

    private static readonly SearchValues<char> CjkStopWordLastChars = SearchValues.Create(LastChars(CjkStopWords));

    private static readonly SearchValues<char> ClauseEndsOrForwardStopFirstChars = SearchValues.Create(ClauseEndChars + FirstChars(CjkForwardStops));

    // For each noise list, the characters its words may end with (see MayEndWithWordOf).
    private static readonly SearchValues<char> CjkTrailingNoiseEnds = WordEnds(CjkTrailingNoise);

    private static readonly SearchValues<char> LatinTrailingNoiseEnds = WordEnds(LatinTrailingNoise);

    private static readonly SearchValues<char> FieldTrailingNoiseEnds = WordEnds(FieldTrailingNoise);

    // A text with no Chinese institution suffix and no Latin institution word names no unknown institution (see
    // ContainsInstitutionWord). The Latin words are searched for by their ASCII beginnings (a string search over ASCII
    // words is vectorized; over non-ASCII ones it falls back to a slow automaton), the suffixes by a few characters that
    // every one of them contains (CoveringChars: 学 學 研 室 校).
    private static readonly SearchValues<string> LatinInstitutionWordStarts = SearchValues.Create(
        [.. AffiliationText.LatinInstitutionKeywords.Select(static word => word[..AsciiPrefixLength(word)]).Distinct()], StringComparison.Ordinal);

    private static readonly char[] CjkSuffixChars = CoveringChars(AffiliationText.CjkInstitutionSuffixes);

    // For each of CjkSuffixChars, the suffixes holding it and where (a hit is confirmed against these only).
    private static readonly (string Suffix, int Offset)[][] CjkSuffixesByChar =
    [
        .. CjkSuffixChars.Select(static c => AffiliationText.CjkInstitutionSuffixes
            .SelectMany(static suffix => Enumerable.Range(0, suffix.Length), static (suffix, offset) => (suffix, offset))
            .Where(pair => pair.suffix[pair.offset] == c)
            .ToArray()),
    ];

    private static readonly SearchValues<char> CjkStopChars = SearchValues.Create("的由是在被了对从向将把让给并而或即于和与及等该这此某其各每我他她它们");

    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(ClauseEndChars);

    private static readonly SearchValues<char> ClauseOrCommaEnds = SearchValues.Create("。！？；;!?\n\r：:，,");

    private static readonly SearchValues<char> QuoteChars = SearchValues.Create("\"“”‘’「」『』《》【】*");

    private readonly Gazetteer _gazetteer;

    // Whether this is the reference for tests: no vectorized prefilter, no shortcut for prose without institution words.
    private readonly bool _reference;

    /// <summary>Creates a scanner over <paramref name="gazetteer"/>.</summary>
    public AffiliationScanner(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
    }

    /// <summary>
    /// Creates the reference scanner tests compare the fast paths with: it takes none of them (see
    /// <see cref="Gazetteer.FindAllScalar"/> and <see cref="Gazetteer.WithPlainPrefilter"/>).
    /// </summary>
    internal static AffiliationScanner CreateReference(Gazetteer gazetteer) => new(gazetteer, reference: true);

    private AffiliationScanner(Gazetteer gazetteer, bool reference)
        : this(gazetteer)
    {
        _reference = reference;
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

        Scratch scratch = Scratch.Rent();
        try
        {
            List<GazetteerMatch> hits = scratch.Hits;
            FindAll(value, hits);
            List<(int Start, int End)> parts = scratch.Parts;
            SplitParts(value, 0, value.Length, hits, parts);
            int mergeLimit = (_gazetteer.MaxKeyLength * 2) + 8;
            int i = 0;
            while (i < parts.Count)
            {
                // A known name may contain a separator: "University of California, Berkeley", "Texas A&M University".
                // Every merge begins with this part, the separator and the next part's first character: when no alias
                // begins so (清华大学、…), none of the merges is looked up.
                int merged = -1;
                bool mayMerge = i + 1 < parts.Count && (_reference || _gazetteer.MayBeginName(value[parts[i].Start..(parts[i + 1].Start + 1)]));
                for (int j = Math.Min(parts.Count - 1, i + 3); mayMerge && j > i; j--)
                {
                    int start = parts[i].Start;
                    int end = parts[j].End;
                    if (end - start <= mergeLimit && _gazetteer.TryLookup(value[start..end], out GazetteerEntry? entry))
                    {
                        Add(results, scratch, value, start, end, entry);
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

                ScanFieldPart(value, parts[i].Start, parts[i].End, hits, scratch, results);
                i++;
            }
        }
        finally
        {
            Scratch.Return(scratch);
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

        Scratch scratch = Scratch.Rent();
        try
        {
            ScanProse(text, results, scratch);
        }
        finally
        {
            Scratch.Return(scratch);
        }
    }

    private void ScanProse(ReadOnlySpan<char> text, List<AffiliationMatch> results, Scratch scratch)
    {
        List<GazetteerMatch> known = scratch.Hits;
        FindAll(text, known);

        // An unknown name ends with a Chinese suffix or holds a Latin institution word (TryExtractName), so a text
        // without any of them yields only gazetteer hits: the cue segments need not be looked for.
        bool mayNameUnknown = _reference || ContainsInstitutionWord(text);
        if (known.Count == 0 && !mayNameUnknown)
        {
            return;
        }

        List<(int Start, int End)> masked = scratch.Masked;
        FindMaskedRanges(text, masked);
        if (masked.Count > 0)
        {
            // Nothing inside a URL or an e-mail address counts.
            int kept = 0;
            for (int h = 0; h < known.Count; h++)
            {
                if (!OverlapsRange(masked, known[h].Start, known[h].Start + known[h].Length))
                {
                    known[kept++] = known[h];
                }
            }

            known.RemoveRange(kept, known.Count - kept);
        }

        // Candidates carry offsets and the gazetteer entry; names are cut out of the text only for the reported ones.
        List<Candidate> candidates = scratch.Candidates;
        foreach (GazetteerMatch hit in known)
        {
            candidates.Add(new Candidate(hit.Start, hit.Length, hit.Entry));
        }

        List<(int Start, int End, bool DropFirst, bool DropLast)> segments = scratch.Segments;
        if (mayNameUnknown)
        {
            CollectCjkForward(text, segments);
            CollectCjkBackward(text, segments, scratch.Cues);
            CollectLatinForward(text, segments, scratch.CueEnds);
            CollectLatinBackward(text, segments, scratch.CueEnds);
            CollectLatinParenthetical(text, segments);
        }

        List<(int Start, int End)> parts = scratch.Parts;
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

                candidates.Add(new Candidate(start, end - start, _gazetteer.TryLookup(text[start..end], out GazetteerEntry? entry) ? entry : null));
            }
        }

        if (candidates.Count > 1)
        {
            candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        }

        int covered = 0;
        foreach (Candidate candidate in candidates)
        {
            if (candidate.Start < covered)
            {
                continue;
            }

            covered = candidate.Start + candidate.Length;
            Add(results, scratch, text, candidate.Start, covered, candidate.Entry);
        }
    }

    private void FindAll(ReadOnlySpan<char> text, List<GazetteerMatch> hits)
    {
        if (_reference)
        {
            _gazetteer.FindAllScalar(text, hits);
        }
        else
        {
            _gazetteer.FindAll(text, hits);
        }
    }

    /// <summary>
    /// Whether <paramref name="text"/> contains a Chinese institution suffix or a Latin institution word (ordinal), the
    /// condition for an unknown name (<see cref="TryExtractName"/>).
    /// </summary>
    private static bool ContainsInstitutionWord(ReadOnlySpan<char> text)
    {
        for (int from = 0; from < text.Length; from++)
        {
            int offset = text[from..].IndexOfAny(LatinInstitutionWordStarts);
            if (offset < 0)
            {
                break;
            }

            from += offset;
            foreach (string word in AffiliationText.LatinInstitutionKeywords)
            {
                if (text[from..].StartsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        for (int from = 0; from < text.Length; from++)
        {
            int offset = text[from..].IndexOfAny(CjkSuffixChars);
            if (offset < 0)
            {
                break;
            }

            from += offset;
            foreach ((string suffix, int k) in CjkSuffixesByChar[Array.IndexOf(CjkSuffixChars, text[from])])
            {
                if (from >= k && text[(from - k)..].StartsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The length of the ASCII beginning of <paramref name="word"/>.</summary>
    private static int AsciiPrefixLength(string word)
    {
        int length = 0;
        while (length < word.Length && char.IsAscii(word[length]))
        {
            length++;
        }

        return length;
    }

    /// <summary>
    /// A few characters such that each of <paramref name="words"/> contains one of them: greedily, the character in most
    /// words not covered yet (ties: the first met), until every word is covered.
    /// </summary>
    private static char[] CoveringChars(string[] words)
    {
        var chosen = new List<char>();
        var uncovered = new List<string>(words);
        while (uncovered.Count > 0)
        {
            char best = uncovered[0][0];
            int bestCount = 0;
            foreach (string word in uncovered)
            {
                foreach (char c in word)
                {
                    int count = uncovered.Count(other => other.Contains(c, StringComparison.Ordinal));
                    if (count > bestCount)
                    {
                        (best, bestCount) = (c, count);
                    }
                }
            }

            chosen.Add(best);
            uncovered.RemoveAll(word => word.Contains(best, StringComparison.Ordinal));
        }

        return [.. chosen];
    }

    private void ScanFieldPart(
        ReadOnlySpan<char> value, int start, int end, List<GazetteerMatch> hits, Scratch seen, List<AffiliationMatch> results)
    {
        (start, end) = StripTrailing(value, start, end, FieldTrailingNoise, FieldTrailingNoiseEnds);
        if (end <= start)
        {
            return;
        }

        // A gazetteer hit covering exactly the part is what looking the part up finds (the hit's walk normalized the same
        // characters), so the part is not normalized and walked a second time.
        int first = FirstHitEndingAfter(hits, start);
        if (!_reference && first < hits.Count && hits[first].Start == start && hits[first].Length == end - start)
        {
            Add(results, seen, value, start, end, hits[first].Entry);
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

    /// <summary>Reports the institution at [<paramref name="start"/>, <paramref name="end"/>) unless it was reported before:
    /// a known one by its canonical name, an unknown one by its normalized name. Allocates only for a reported one.</summary>
    private static void Add(List<AffiliationMatch> results, Scratch seen, ReadOnlySpan<char> text, int start, int end, GazetteerEntry? entry)
    {
        ReadOnlySpan<char> name = text[start..end];
        if (entry is not null)
        {
            if (seen.SeenCanonical.Add(entry.CanonicalName))
            {
                results.Add(new AffiliationMatch(start, end - start, WrittenName(name, entry), entry.CanonicalName, entry.Country));
            }

            return;
        }

        // Unknown names are kept as written and compared by their normalized form, so nothing but the name is allocated.
        if (!seen.SeenUnknown.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
        {
            string written = name.ToString();
            seen.SeenUnknown.Add(written);
            results.Add(new AffiliationMatch(start, end - start, written, null, null));
        }
    }

    /// <summary>
    /// The name as written: the entry's own string when it is written exactly like one of its aliases (most are), so a
    /// reported known institution allocates nothing that outlives the parse twice over.
    /// </summary>
    private static string WrittenName(ReadOnlySpan<char> name, GazetteerEntry entry)
    {
        if (name.SequenceEqual(entry.CanonicalName))
        {
            return entry.CanonicalName;
        }

        IReadOnlyList<string> aliases = entry.Aliases;
        for (int a = 0; a < aliases.Count; a++)
        {
            if (name.SequenceEqual(aliases[a]))
            {
                return aliases[a];
            }
        }

        return name.ToString();
    }

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
        Span<int> nextAllowed = stackalloc int[UrlPrefixes.Length];
        nextAllowed.Clear();
        int from = 0;
        while (FindWords(text, ref from, UrlPrefixSearch, UrlPrefixes, nextAllowed, out int start, out int found))
        {
            for (int word = 0; word < UrlPrefixes.Length; word++)
            {
                if ((found & (1 << word)) == 0)
                {
                    continue;
                }

                int end = start + UrlPrefixes[word].Length;
                while (end < text.Length && !IsUrlEnd(text[end]))
                {
                    end++;
                }

                ranges.Add((start, end));
                nextAllowed[word] = end;
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
                while (end < limit)
                {
                    // Only a clause end or the first character of a stop can end the segment.
                    int offset = text[end..limit].IndexOfAny(ClauseEndsOrForwardStopFirstChars);
                    if (offset < 0)
                    {
                        end = limit;
                        break;
                    }

                    end += offset;
                    if (ClauseEnds.Contains(text[end]) || StartsWithForwardStop(text, end))
                    {
                        break;
                    }

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
        if (!CjkForwardStopFirstChars.Contains(text[position]))
        {
            return false;
        }

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
    private static void CollectCjkBackward(ReadOnlySpan<char> text, List<(int, int, bool, bool)> segments, List<(int Position, int Length)> cues)
    {
        // One pass over the text finds every cue, in order of position and, at one position, longest first; each cue's
        // occurrences are the ones a left-to-right search for that cue alone finds (no overlaps with itself).
        cues.Clear();
        Span<int> nextAllowed = stackalloc int[CjkBackwardCues.Length];
        nextAllowed.Clear();
        int i = 0;
        while (i < text.Length)
        {
            int offset = text[i..].IndexOfAny(CjkBackwardCueFirstChars);
            if (offset < 0)
            {
                break;
            }

            i += offset;
            char c = text[i];
            ReadOnlySpan<char> rest = text[i..];
            foreach (int k in CjkBackwardCueOrder)
            {
                string cue = CjkBackwardCues[k];
                if (cue[0] == c && i >= nextAllowed[k] && rest.StartsWith(cue, StringComparison.Ordinal))
                {
                    cues.Add((i, cue.Length));
                    nextAllowed[k] = i + cue.Length;
                }
            }

            i++;
        }

        int previousEnd = 0;
        foreach ((int position, int length) in cues)
        {
            if (position < previousEnd)
            {
                previousEnd = Math.Max(previousEnd, position + length);
                continue;
            }

            int floor = Math.Max(previousEnd, position - BackwardWindow);
            int clauseEnd = text[floor..position].LastIndexOfAny(ClauseOrCommaEnds);
            int start = clauseEnd < 0 ? floor : floor + clauseEnd + 1;

            bool truncated = start == floor && floor > previousEnd && !ClauseOrCommaEnds.Contains(text[floor - 1]);
            if (start < position)
            {
                segments.Add((start, position, truncated, false));
            }

            previousEnd = position + length;
        }
    }

    /// <summary><c>from X and Y</c>, <c>at X</c>, <c>by X</c>: the run of capitalized words and connectors after the cue.</summary>
    private static void CollectLatinForward(ReadOnlySpan<char> text, List<(int, int, bool, bool)> segments, List<int> cues)
    {
        cues.Clear();
        FindLatinWords(text, LatinForwardCueSearch, LatinForwardCues, cues);

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
    private static void CollectLatinBackward(ReadOnlySpan<char> text, List<(int, int, bool, bool)> segments, List<int> cueEnds)
    {
        cueEnds.Clear();
        FindLatinWords(text, LatinBackwardCueSearch, LatinBackwardCues, cueEnds);

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

    /// <summary>Adds the end offset of every whole-word, case-insensitive occurrence of one of <paramref name="words"/>.</summary>
    private static void FindLatinWords(ReadOnlySpan<char> text, SearchValues<string> search, string[] words, List<int> ends)
    {
        Span<int> nextAllowed = stackalloc int[words.Length];
        nextAllowed.Clear();
        int from = 0;
        while (FindWords(text, ref from, search, words, nextAllowed, out int start, out int found))
        {
            for (int word = 0; word < words.Length; word++)
            {
                if ((found & (1 << word)) == 0)
                {
                    continue;
                }

                int end = start + words[word].Length;
                nextAllowed[word] = end;
                if ((start == 0 || !AffiliationText.IsWordChar(AffiliationText.Fold(text[start - 1])))
                    && (end == text.Length || !AffiliationText.IsWordChar(AffiliationText.Fold(text[end]))))
                {
                    ends.Add(end);
                }
            }
        }
    }

    /// <summary>
    /// Finds the next offset, at or after <paramref name="from"/>, where words of <paramref name="words"/> (at most 32,
    /// compared ignoring case) start at or after their <paramref name="nextAllowed"/> offset, so that each word's
    /// occurrences come out exactly as a left-to-right search for that word alone, resuming at
    /// <paramref name="nextAllowed"/>, finds them. <paramref name="found"/> has a bit set for each word found there;
    /// the caller moves the words' <paramref name="nextAllowed"/> past them.
    /// </summary>
    private static bool FindWords(
        ReadOnlySpan<char> text, ref int from, SearchValues<string> search, string[] words, ReadOnlySpan<int> nextAllowed, out int start, out int found)
    {
        while (from < text.Length)
        {
            int offset = text[from..].IndexOfAny(search);
            if (offset < 0)
            {
                break;
            }

            start = from + offset;
            from = start + 1;
            ReadOnlySpan<char> rest = text[start..];
            found = 0;
            for (int word = 0; word < words.Length; word++)
            {
                if (start >= nextAllowed[word] && rest.StartsWith(words[word], StringComparison.OrdinalIgnoreCase))
                {
                    found |= 1 << word;
                }
            }

            if (found != 0)
            {
                return true;
            }
        }

        from = text.Length;
        start = -1;
        found = 0;
        return false;
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

    private static (int Start, int End) StripTrailing(ReadOnlySpan<char> text, int start, int end, string[] noise, SearchValues<char> noiseEnds)
    {
        bool changed = true;
        while (changed && end > start)
        {
            changed = false;
            (start, end) = TrimQuotes(text, start, end);
            ReadOnlySpan<char> span = text[start..end];
            if (span.IsEmpty || !MayEndWithWordOf(span[^1], noiseEnds))
            {
                break;
            }

            foreach (string word in noise)
            {
                if (span.Length > word.Length
                    && LastCharMayMatch(word[^1], span[^1])
                    && span.EndsWith(word, IsCaseless(word) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)
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

    /// <summary>
    /// A cheap necessary condition for two characters to be equal ignoring case (ordinal): ASCII letters compare by their
    /// case bit, and a CJK ideograph (which has no case) equals only itself; anything else is left to the full comparison.
    /// </summary>
    private static bool LastCharMayMatch(char wordChar, char textChar)
    {
        if (wordChar == textChar)
        {
            return true;
        }

        if (char.IsAscii(wordChar) && char.IsAscii(textChar))
        {
            return char.IsAsciiLetter(wordChar) && (wordChar | 0x20) == (textChar | 0x20);
        }

        return wordChar is not (>= '\u3400' and <= '\u9FFF');
    }

    /// <summary>
    /// The characters that may end a text ending with one of <paramref name="words"/> ignoring case, as far as ASCII
    /// and CJK ideographs go: each word's last character and the ASCII characters equal to it ignoring case.
    /// </summary>
    private static SearchValues<char> WordEnds(string[] words)
    {
        var ends = new StringBuilder();
        foreach (string word in words)
        {
            char last = word[^1];
            ends.Append(last);
            for (char c = '\0'; c < '\u0080'; c++)
            {
                if (c != last && MemoryExtensions.Equals([c], [last], StringComparison.OrdinalIgnoreCase))
                {
                    ends.Append(c);
                }
            }
        }

        return SearchValues.Create(ends.ToString());
    }

    /// <summary>
    /// Whether a text ending with <paramref name="c"/> may end with a word whose possible ends are <paramref name="ends"/>
    /// (<see cref="WordEnds"/>): decided for ASCII and CJK ideographs (which equal no other character ignoring case),
    /// left open for anything else.
    /// </summary>
    private static bool MayEndWithWordOf(char c, SearchValues<char> ends) =>
        c is < '\u0080' or (>= '\u3400' and <= '\u9FFF') ? ends.Contains(c) : true;

    /// <summary>Whether <paramref name="word"/> is made of CJK ideographs only, which have no case: ignoring case changes nothing.</summary>
    private static bool IsCaseless(string word)
    {
        foreach (char c in word)
        {
            if (c is not (>= '\u3400' and <= '\u9FFF'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The institution name at the end of a cue part, if the part names one by suffix or institution word.</summary>
    private static bool TryExtractName(ReadOnlySpan<char> text, int partStart, int partEnd, out int start, out int end)
    {
        (start, end) = StripTrailing(text, partStart, partEnd, CjkTrailingNoise, CjkTrailingNoiseEnds);
        (start, end) = StripTrailing(text, start, end, LatinTrailingNoise, LatinTrailingNoiseEnds);
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
        if (position <= floor || !CjkStopWordLastChars.Contains(text[position - 1]))
        {
            return false;
        }

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

    private static int[] LongestFirst(string[] words)
    {
        int[] order = new int[words.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // A stable sort by length, longest first.
        return [.. order.OrderByDescending(i => words[i].Length)];
    }

    private static string FirstChars(string[] words)
    {
        var chars = new StringBuilder(words.Length);
        foreach (string word in words)
        {
            chars.Append(word[0]);
        }

        return chars.ToString();
    }

    private static string LastChars(string[] words)
    {
        var chars = new StringBuilder(words.Length);
        foreach (string word in words)
        {
            chars.Append(word[^1]);
        }

        return chars.ToString();
    }

    /// <summary>An institution found in prose before duplicates and overlaps are dropped.</summary>
    private readonly record struct Candidate(int Start, int Length, GazetteerEntry? Entry);

    /// <summary>
    /// The working lists of one scan, kept per thread and reused so that a scan allocates only what it reports. A scan
    /// takes the thread's instance (or a new one when it is in use) and gives it back cleared.
    /// </summary>
    private sealed class Scratch
    {
        // A scan that needed more than this is not kept, so a huge input does not pin its buffers to the thread.
        private const int MaxKeptCount = 1024;

        [ThreadStatic]
        private static Scratch? t_cached;

        public List<(int Start, int End)> Masked { get; } = [];

        public List<GazetteerMatch> Hits { get; } = [];

        public List<Candidate> Candidates { get; } = [];

        public List<(int Start, int End, bool DropFirst, bool DropLast)> Segments { get; } = [];

        public List<(int Start, int End)> Parts { get; } = [];

        public List<(int Position, int Length)> Cues { get; } = [];

        public List<int> CueEnds { get; } = [];

        public HashSet<string> SeenCanonical { get; } = new(StringComparer.Ordinal);

        public HashSet<string> SeenUnknown { get; } = new(NormalizedNameComparer.Instance);

        public static Scratch Rent()
        {
            Scratch? scratch = t_cached;
            t_cached = null;
            return scratch ?? new Scratch();
        }

        public static void Return(Scratch scratch)
        {
            if (scratch.Masked.Capacity > MaxKeptCount || scratch.Hits.Capacity > MaxKeptCount || scratch.Candidates.Capacity > MaxKeptCount
                || scratch.Segments.Capacity > MaxKeptCount || scratch.Parts.Capacity > MaxKeptCount || scratch.Cues.Capacity > MaxKeptCount
                || scratch.CueEnds.Capacity > MaxKeptCount || scratch.SeenCanonical.Count > MaxKeptCount || scratch.SeenUnknown.Count > MaxKeptCount)
            {
                return;
            }

            scratch.Masked.Clear();
            scratch.Hits.Clear();
            scratch.Candidates.Clear();
            scratch.Segments.Clear();
            scratch.Parts.Clear();
            scratch.Cues.Clear();
            scratch.CueEnds.Clear();
            scratch.SeenCanonical.Clear();
            scratch.SeenUnknown.Clear();
            t_cached = scratch;
        }
    }
}
