using PaperDigest.Model;

namespace PaperDigest.Sections;

/// <summary>
/// The detector's keyword tables (field labels, section labels, group and footer headings, footer starters) merged
/// into one: a line's bare form and its label are each normalized and looked up once, instead of once per table.
/// </summary>
/// <remarks>Immutable and thread-safe. The separate tables stay the reference; this only answers the same questions faster.</remarks>
internal sealed class KeywordIndex
{
    private readonly LabelTable<KeywordMatch> _table;

    public KeywordIndex(LabelTable<FieldKind> fieldLabels)
    {
        var merged = new Dictionary<string, KeywordMatch>(StringComparer.Ordinal);
        foreach ((string key, FieldKind kind) in fieldLabels.Entries)
        {
            merged[key] = new KeywordMatch(KeywordRoles.Field, kind);
        }

        Merge(merged, Keywords.SectionLabels, KeywordRoles.Section);
        Merge(merged, Keywords.GroupHeadings, KeywordRoles.GroupHeading);
        Merge(merged, Keywords.FooterHeadings, KeywordRoles.FooterHeading);
        Merge(merged, Keywords.FooterStarters, KeywordRoles.FooterStarter);

        // The keys are already normalized, and normalizing is idempotent: the merged table matches exactly what each
        // table would.
        _table = new LabelTable<KeywordMatch>(merged);
    }

    /// <summary>Looks <paramref name="text"/> up in every table at once; <see cref="KeywordRoles.None"/> when it is in none.</summary>
    public KeywordMatch Find(ReadOnlySpan<char> text) => _table.TryGet(text, out KeywordMatch match) ? match : default;

    private static void Merge(Dictionary<string, KeywordMatch> merged, LabelTable<bool> table, KeywordRoles role)
    {
        foreach ((string key, _) in table.Entries)
        {
            merged[key] = merged.TryGetValue(key, out KeywordMatch existing)
                ? existing with { Roles = existing.Roles | role }
                : new KeywordMatch(role, FieldKind.Other);
        }
    }
}
