namespace PaperDigest.Tests.Properties;

/// <summary>A valid arXiv identifier as written: <see cref="Canonical"/> (no version) plus an optional version.</summary>
public sealed record ValidArxivId(string Canonical, int? Version)
{
    /// <summary>Gets the identifier with its version, as <c>ToString("V")</c> writes it.</summary>
    public string Text => Canonical + (Version is { } v ? "v" + v.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);

    public override string ToString() => Text;
}
