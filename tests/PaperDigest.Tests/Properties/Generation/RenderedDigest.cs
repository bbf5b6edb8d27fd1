namespace PaperDigest.Tests.Properties.Generation;

/// <summary>A rendered digest: its lines, its text and what parsing it must give.</summary>
public sealed record RenderedDigest(IReadOnlyList<RenderedLine> Lines, string NewLine, ExpectedDigest Expected)
{
    /// <summary>Gets the text: the lines joined by <see cref="NewLine"/>, ending with one.</summary>
    public string Text => Join(Lines.Select(l => l.Text));

    /// <summary>Joins lines with this digest's line end.</summary>
    public string Join(IEnumerable<string> lines) => string.Concat(lines.Select(l => l + NewLine));
}
