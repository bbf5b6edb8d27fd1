using System.Globalization;

namespace PaperDigest.Tests.Corpus;

/// <summary>
/// Compares the parser's papers with the hand-written expectation of one digest.
/// </summary>
/// <remarks>
/// <para>Papers are aligned in order (a longest-common-subsequence alignment that pairs entries with the same number
/// or the same title, preferring both). A paired entry is a true positive when its number, English title and Chinese
/// title all match (<see cref="CorpusText.Title"/>); otherwise it counts as one miss and one false positive, but its
/// entities are still compared with the paired expectation, so one wrong title does not cascade.</para>
/// <para>Entities of an unpaired expected paper are all misses; those of an unpaired parsed paper are all false
/// positives. Within a pair, arXiv IDs, repositories, project pages and affiliations are compared as sets, formulas
/// as a multiset. An affiliation without canonical name matches a parsed one without canonical name whose written
/// name contains it or is contained in it (span boundaries of unknown institutions are not the point).</para>
/// </remarks>
internal static class AccuracyComparer
{
    public static FileComparison Compare(string fileName, IReadOnlyList<CorpusPaper> expected, IReadOnlyList<CorpusPaper> actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var scores = new KindScore[Enum.GetValues<EntityKind>().Length];
        var mistakes = new List<string>();
        var pairedExpected = new bool[expected.Count];
        var pairedActual = new bool[actual.Count];

        foreach ((int e, int a) in Align(expected, actual))
        {
            pairedExpected[e] = true;
            pairedActual[a] = true;
            CorpusPaper want = expected[e];
            CorpusPaper got = actual[a];
            if (want.Number == got.Number && TitlesEqual(want, got))
            {
                Add(scores, EntityKind.Papers, new KindScore(1, 0, 0));
            }
            else
            {
                Add(scores, EntityKind.Papers, new KindScore(0, 1, 1));
                mistakes.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{want.Label}: paper parsed as #{got.Number} title={Quote(got.Title)} titleZh={Quote(got.TitleZh)}; expected #{want.Number} title={Quote(want.Title)} titleZh={Quote(want.TitleZh)}"));
            }

            CompareEntities(want, got, scores, mistakes);
        }

        for (int i = 0; i < expected.Count; i++)
        {
            if (!pairedExpected[i])
            {
                Add(scores, EntityKind.Papers, new KindScore(0, 0, 1));
                mistakes.Add(expected[i].Label + ": paper missed");
                CompareEntities(expected[i], Empty(expected[i].Number), scores, mistakes);
            }
        }

        for (int i = 0; i < actual.Count; i++)
        {
            if (!pairedActual[i])
            {
                Add(scores, EntityKind.Papers, new KindScore(0, 1, 0));
                mistakes.Add(actual[i].Label + ": extra paper (not in the expected file)");
                CompareEntities(Empty(actual[i].Number), actual[i], scores, mistakes, actual[i].Label);
            }
        }

        var byKind = Enum.GetValues<EntityKind>().ToDictionary(k => k, k => scores[(int)k]);
        return new FileComparison(fileName, expected.Count, byKind, mistakes);
    }

    /// <summary>Order-preserving alignment maximizing 2 points for an equal number plus 2 for an equal title.</summary>
    internal static IReadOnlyList<(int Expected, int Actual)> Align(IReadOnlyList<CorpusPaper> expected, IReadOnlyList<CorpusPaper> actual)
    {
        int n = expected.Count;
        int m = actual.Count;
        var best = new int[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
        {
            for (int j = m - 1; j >= 0; j--)
            {
                int pair = PairScore(expected[i], actual[j]);
                int take = pair > 0 ? pair + best[i + 1, j + 1] : int.MinValue;
                best[i, j] = Math.Max(take, Math.Max(best[i + 1, j], best[i, j + 1]));
            }
        }

        var pairs = new List<(int, int)>();
        for (int i = 0, j = 0; i < n && j < m;)
        {
            int pair = PairScore(expected[i], actual[j]);
            if (pair > 0 && best[i, j] == pair + best[i + 1, j + 1])
            {
                pairs.Add((i, j));
                i++;
                j++;
            }
            else if (best[i, j] == best[i + 1, j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return pairs;
    }

    private static int PairScore(CorpusPaper expected, CorpusPaper actual) =>
        (expected.Number == actual.Number ? 2 : 0) + (TitlesOverlap(expected, actual) ? 2 : 0);

    private static bool TitlesEqual(CorpusPaper expected, CorpusPaper actual) =>
        CorpusText.Title(expected.Title) == CorpusText.Title(actual.Title)
        && CorpusText.Title(expected.TitleZh) == CorpusText.Title(actual.TitleZh);

    private static bool TitlesOverlap(CorpusPaper expected, CorpusPaper actual)
    {
        string? title = CorpusText.Title(expected.Title);
        string? titleZh = CorpusText.Title(expected.TitleZh);
        return (title is not null && title == CorpusText.Title(actual.Title))
            || (titleZh is not null && titleZh == CorpusText.Title(actual.TitleZh));
    }

    private static void CompareEntities(CorpusPaper want, CorpusPaper got, KindScore[] scores, List<string> mistakes, string? label = null)
    {
        string paper = label ?? want.Label;
        CompareSets(paper, EntityKind.ArxivIds, want.Arxiv, got.Arxiv, id => id.ToUpperInvariant(), scores, mistakes);
        CompareSets(paper, EntityKind.Repositories, want.Repositories, got.Repositories, CorpusText.Repository, scores, mistakes);
        CompareSets(paper, EntityKind.ProjectPages, want.ProjectPages, got.ProjectPages, CorpusText.Page, scores, mistakes);
        CompareAffiliations(paper, want.Affiliations, got.Affiliations, scores, mistakes);
        CompareFormulas(paper, want.Formulas, got.Formulas, scores, mistakes);
    }

    private static void CompareSets(
        string paper,
        EntityKind kind,
        IReadOnlyList<string> want,
        IReadOnlyList<string> got,
        Func<string, string> key,
        KindScore[] scores,
        List<string> mistakes)
    {
        var wanted = want.DistinctBy(key, StringComparer.Ordinal).ToDictionary(key, w => w, StringComparer.Ordinal);
        var found = got.DistinctBy(key, StringComparer.Ordinal).ToDictionary(key, g => g, StringComparer.Ordinal);
        int hits = wanted.Keys.Count(found.ContainsKey);
        string[] missed = [.. wanted.Where(w => !found.ContainsKey(w.Key)).Select(w => w.Value)];
        string[] extra = [.. found.Where(f => !wanted.ContainsKey(f.Key)).Select(f => f.Value)];
        Add(scores, kind, new KindScore(hits, extra.Length, missed.Length));
        Report(paper, kind, missed, extra, mistakes);
    }

    private static void CompareAffiliations(string paper, IReadOnlyList<CorpusAffiliation> want, IReadOnlyList<CorpusAffiliation> got, KindScore[] scores, List<string> mistakes)
    {
        var wanted = want.DistinctBy(CorpusText.Affiliation, StringComparer.Ordinal).ToList();
        var found = got.DistinctBy(CorpusText.Affiliation, StringComparer.Ordinal).ToList();
        int hits = 0;
        for (int i = wanted.Count - 1; i >= 0; i--)
        {
            int match = found.FindIndex(f => CorpusText.Affiliation(f) == CorpusText.Affiliation(wanted[i]));
            if (match >= 0)
            {
                hits++;
                wanted.RemoveAt(i);
                found.RemoveAt(match);
            }
        }

        for (int i = wanted.Count - 1; i >= 0; i--)
        {
            if (wanted[i].Canonical is not null)
            {
                continue;
            }

            string name = CorpusText.AffiliationName(wanted[i].Name);
            int match = found.FindIndex(f => f.Canonical is null && CorpusText.NamesOverlap(name, CorpusText.AffiliationName(f.Name)));
            if (match >= 0)
            {
                hits++;
                wanted.RemoveAt(i);
                found.RemoveAt(match);
            }
        }

        Add(scores, EntityKind.Affiliations, new KindScore(hits, found.Count, wanted.Count));
        Report(paper, EntityKind.Affiliations, [.. wanted.Select(Describe)], [.. found.Select(Describe)], mistakes);

        static string Describe(CorpusAffiliation a) => a.Canonical is null ? a.Name + " (canonical null)" : a.Name + " → " + a.Canonical;
    }

    private static void CompareFormulas(string paper, IReadOnlyList<string> want, IReadOnlyList<string> got, KindScore[] scores, List<string> mistakes)
    {
        var remaining = got.Select(CorpusText.Tex).ToList();
        var missed = new List<string>();
        int hits = 0;
        foreach (string tex in want)
        {
            int match = remaining.IndexOf(CorpusText.Tex(tex));
            if (match >= 0)
            {
                hits++;
                remaining.RemoveAt(match);
            }
            else
            {
                missed.Add(tex);
            }
        }

        Add(scores, EntityKind.Formulas, new KindScore(hits, remaining.Count, missed.Count));
        Report(paper, EntityKind.Formulas, missed, remaining, mistakes);
    }

    private static void Report(string paper, EntityKind kind, IReadOnlyCollection<string> missed, IReadOnlyCollection<string> extra, List<string> mistakes)
    {
        if (missed.Count > 0)
        {
            mistakes.Add($"{paper}: {kind} missed {string.Join("; ", missed.Select(m => Quote(m)))}");
        }

        if (extra.Count > 0)
        {
            mistakes.Add($"{paper}: {kind} false positive {string.Join("; ", extra.Select(e => Quote(e)))}");
        }
    }

    private static void Add(KindScore[] scores, EntityKind kind, KindScore score) => scores[(int)kind] += score;

    private static CorpusPaper Empty(int number) => new(number, null, null, [], [], [], [], []);

    private static string Quote(string? text) => text is null ? "null" : "\"" + text + "\"";
}
