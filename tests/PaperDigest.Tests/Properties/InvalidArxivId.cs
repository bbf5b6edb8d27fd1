namespace PaperDigest.Tests.Properties;

/// <summary>A string that breaks one rule of arXiv identifiers, and the rule.</summary>
public sealed record InvalidArxivId(string Text, string Reason)
{
    public override string ToString() => $"'{Text}' ({Reason})";
}
