namespace PaperDigest.Tests.Properties;

/// <summary>
/// Text dense in affiliation material (see <see cref="AffiliationFragments"/>): gazetteer aliases in every letter case,
/// institution suffixes and words, cues, separators, URLs, CJK and white-space variants glued together.
/// </summary>
public sealed record AffiliationProse(string Value)
{
    public override string ToString() =>
        "\"" + string.Concat(Value.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";
}
