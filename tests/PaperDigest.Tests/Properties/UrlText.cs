namespace PaperDigest.Tests.Properties;

/// <summary>
/// Text dense in URL material (see <see cref="UrlFragments"/>): URLs of every form glued to CJK, punctuation, dots,
/// brackets, <c>&lt;&gt;</c> and <c>://</c> fragments.
/// </summary>
public sealed record UrlText(string Value)
{
    public override string ToString() =>
        "\"" + string.Concat(Value.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";
}
