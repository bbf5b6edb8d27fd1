namespace PaperDigest.Tests.Properties;

/// <summary>A URL as a digest might write it (any case, with or without scheme, <c>www.</c>, port, query, fragment).</summary>
public sealed record WebUrl(string Text)
{
    public override string ToString() => Text;
}
