namespace PaperDigest.Tests.Properties.Generation;

/// <summary>Digest-wide conventions of the renderer.</summary>
/// <param name="Numbering">How headings are numbered (the same in every group).</param>
/// <param name="FullWidth">Full-width colons, bars and numbering punctuation (<c>：</c> <c>｜</c> <c>１．</c>) instead of ASCII.</param>
/// <param name="Crlf">CRLF line ends instead of LF.</param>
/// <param name="BlankLineBetweenPapers">A blank line before every paper, group and footer.</param>
public sealed record RenderStyle(NumberingChoice Numbering, bool FullWidth, bool Crlf, bool BlankLineBetweenPapers)
{
    /// <summary>Gets the simplest style: <c>1.Title</c>, ASCII, LF, no blank lines.</summary>
    public static RenderStyle Simplest { get; } = new(NumberingChoice.DotTight, false, false, false);
}
