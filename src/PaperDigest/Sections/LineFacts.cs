namespace PaperDigest.Sections;

/// <summary>
/// What several of the detector's checks need to know about one line, worked out once: its <c>label: value</c> split
/// and its bare form (decorations and Markdown markers removed).
/// </summary>
internal readonly struct LineFacts
{
    public LineFacts(ReadOnlySpan<char> line)
    {
        // Both forms start where the decorations end: skip them once.
        int start = LineSyntax.SkipDecorations(line, out int end);
        HasLabel = LineSyntax.TryParseLabeled(line, start, end, out LabeledLine labeled);
        Labeled = labeled;
        ReadOnlySpan<char> bare = LineSyntax.Bare(line, start, end);
        BareStart = start;
        BareLength = bare.Length;
    }

    /// <summary>Gets whether the line reads as <c>label: value</c>.</summary>
    public bool HasLabel { get; }

    /// <summary>Gets the label split, when <see cref="HasLabel"/>.</summary>
    public LabeledLine Labeled { get; }

    /// <summary>Gets where the bare form starts in the line.</summary>
    public int BareStart { get; }

    /// <summary>Gets the bare form's length.</summary>
    public int BareLength { get; }

    /// <summary>The bare form of <paramref name="line"/> (the line these facts were worked out for).</summary>
    public ReadOnlySpan<char> Bare(ReadOnlySpan<char> line) => line.Slice(BareStart, BareLength);
}
