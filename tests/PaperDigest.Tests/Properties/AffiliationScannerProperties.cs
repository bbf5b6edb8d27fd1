using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PaperDigest.Extraction;
using PaperDigest.Extraction.Affiliations;
using Xunit;

namespace PaperDigest.Tests.Properties;

/// <summary>
/// The affiliation scanner's fast paths change no result: the case-aware, vectorized prefilter of
/// <see cref="Gazetteer.FindAll"/> and its walks over the packed trie find what the plain per-character prefilter finds
/// walking the reference's hash table of edges, and
/// <see cref="AffiliationScanner.ScanProse"/>'s shortcut for prose without institution words, and
/// <see cref="AffiliationScanner.ScanField"/> (which skips looking up merges no alias begins with and parts that are
/// exactly one gazetteer hit), report what the reference scanner (no fast path at all) reports:
/// the same names, spans, canonical names and order.
/// </summary>
[PaperDigestProperties(MaxTest = 1000)]
public class AffiliationScannerProperties
{
    private static readonly Gazetteer Plain = Gazetteer.Default.WithPlainPrefilter();

    private static readonly AffiliationScanner Fast = new(Gazetteer.Default);

    private static readonly AffiliationScanner Reference = AffiliationScanner.CreateReference(Plain);

    [Property]
    public Property Scan_matches_the_reference_on_affiliation_text(AffiliationProse text) => Agrees(text.Value);

    [Property]
    public Property Scan_matches_the_reference_on_digest_fragments(string text) => Agrees(text ?? string.Empty);

    [Property]
    public Property Scan_matches_the_reference_on_arbitrary_utf16(Utf16Text text) => Agrees(text.Value);

    [Property(MaxTest = 200)]
    public Property Scan_matches_the_reference_on_repeated_text(AffiliationProse text, PositiveInt times)
    {
        // Repetition makes texts longer than the prefilter's blocks, with runs crossing their borders.
        int count = Math.Min(times.Get, 50);
        return Agrees(string.Concat(Enumerable.Repeat(text.Value, count)));
    }

    [Property]
    public Property Scan_matches_the_reference_on_lists_of_aliases(NonEmptyArray<PositiveInt> picks)
    {
        // Field values: known names (some cut short, some in capitals) between separators, so that merges across a
        // separator and parts that are exactly one gazetteer hit are both common.
        string[] separators = ["、", ", ", "，", "; ", " and ", " & ", "和", "与", " "];
        var text = new System.Text.StringBuilder();
        foreach (PositiveInt pick in picks.Get)
        {
            int n = pick.Get;
            GazetteerEntry entry = Gazetteer.Default.Entries[n % Gazetteer.Default.Entries.Count];
            string name = entry.Aliases.Count == 0 ? entry.CanonicalName : entry.Aliases[(n / 7) % entry.Aliases.Count];
            name = (n / 3 % 5) switch
            {
                0 => name.ToUpperInvariant(),
                1 when name.Length > 2 => name[..(name.Length / 2)],
                _ => name,
            };
            text.Append(name).Append(separators[(n / 11) % separators.Length]);
        }

        return Agrees(text.ToString());
    }

    [Fact]
    public void Reference_and_fast_scanner_find_the_institutions()
    {
        // The comparison has something to compare: known names in both scripts and letter cases, and an unknown one.
        string text = "来自清华大学、Stanford University 和 Foo Institute of Technology 的团队，与 eBay、ＭＩＴ 合作。";
        string[] expected = ["清华大学", "Stanford University", "Foo Institute of Technology", "eBay", "ＭＩＴ"];
        Assert.Equal(expected, Run(Reference, text, field: false).Select(match => match.Name));
        Assert.Equal(Run(Reference, text, field: false), Run(Fast, text, field: false));
    }

    private static Property Agrees(string text)
    {
        string? difference = FindDifference(text);
        return (difference is null).Label(difference ?? string.Empty);
    }

    private static string? FindDifference(string text)
    {
        var fastHits = new List<GazetteerMatch>();
        var plainHits = new List<GazetteerMatch>();
        Gazetteer.Default.FindAll(text, fastHits);
        Plain.FindAllScalar(text, plainHits);
        if (!fastHits.Select(Describe).SequenceEqual(plainHits.Select(Describe)))
        {
            return "FindAll: " + string.Join(" ", fastHits.Select(Describe)) + " vs " + string.Join(" ", plainHits.Select(Describe));
        }

        // Both paths of the gazetteer on the same (case-aware) flags, too.
        var scalarHits = new List<GazetteerMatch>();
        Gazetteer.Default.FindAllScalar(text, scalarHits);
        if (!fastHits.Select(Describe).SequenceEqual(scalarHits.Select(Describe)))
        {
            return "FindAllScalar: " + string.Join(" ", scalarHits.Select(Describe));
        }

        foreach (bool field in (bool[])[false, true])
        {
            List<AffiliationMatch> fast = Run(Fast, text, field);
            List<AffiliationMatch> reference = Run(Reference, text, field);
            if (!fast.SequenceEqual(reference))
            {
                return (field ? "ScanField: " : "ScanProse: ") + string.Join(" ", fast) + " vs " + string.Join(" ", reference);
            }
        }

        return null;
    }

    private static List<AffiliationMatch> Run(AffiliationScanner scanner, string text, bool field)
    {
        var results = new List<AffiliationMatch>();
        if (field)
        {
            scanner.ScanField(text, results);
        }
        else
        {
            scanner.ScanProse(text, results);
        }

        return results;
    }

    private static string Describe(GazetteerMatch match) => $"{match.Start}+{match.Length}:{match.Entry.CanonicalName}";
}
