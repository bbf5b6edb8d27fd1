namespace PaperDigest.Tests.Properties.Generation;

/// <summary>One rendered line and its role; <see cref="Paper"/> is the 0-based paper index, or -1.</summary>
public sealed record RenderedLine(string Text, LineRole Role, int Paper)
{
    /// <summary>Gets a value indicating whether a blank line may stand before this line without changing the digest.</summary>
    public bool BlankBeforeAllowed => Role != LineRole.TitleLine;
}
