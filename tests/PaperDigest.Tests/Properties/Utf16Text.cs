namespace PaperDigest.Tests.Properties;

/// <summary>
/// A string of arbitrary UTF-16 code units over the whole range, weighted towards surrogates, CR, LF, NUL, BOM, CJK
/// and ASCII (FsCheck's own <see cref="char"/> arbitrary stays in ASCII).
/// </summary>
public sealed record Utf16Text(string Value)
{
    public override string ToString() =>
        "\"" + string.Concat(Value.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";
}
