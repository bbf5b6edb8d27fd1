namespace PaperDigest.Sections;

/// <summary>
/// What several of the detector's checks need to know about one line, worked out once: its <c>label: value</c> split
/// and its bare form (decorations and Markdown markers removed), and the keyword tables each of them is in.
/// </summary>
internal readonly struct LineFacts
{
    /// <summary>The longest bare form any check looks up (a group heading).</summary>
    private const int MaxBareKeywordLength = 40;

    public LineFacts(ReadOnlySpan<char> line, KeywordIndex keywords)
    {
        // Both forms start where the decorations end: skip them once.
        int start = LineSyntax.SkipDecorations(line, out int end);
        HasLabel = LineSyntax.TryParseLabeled(line, start, end, out LabeledLine labeled);
        Labeled = labeled;
        ReadOnlySpan<char> bare = LineSyntax.Bare(line, start, end);
        BareStart = start;
        BareLength = bare.Length;
        BareKeyword = !bare.IsEmpty && bare.Length <= MaxBareKeywordLength ? keywords.Find(bare) : default;
        LabelKeyword = HasLabel ? keywords.Find(line.Slice(labeled.LabelStart, labeled.LabelLength)) : default;
    }

    /// <summary>Gets whether the line reads as <c>label: value</c>.</summary>
    public bool HasLabel { get; }

    /// <summary>Gets the label split, when <see cref="HasLabel"/>.</summary>
    public LabeledLine Labeled { get; }

    /// <summary>Gets where the bare form starts in the line.</summary>
    public int BareStart { get; }

    /// <summary>Gets the bare form's length.</summary>
    public int BareLength { get; }

    /// <summary>Gets the keyword tables the bare form is in (none when it is empty or longer than any check looks up).</summary>
    public KeywordMatch BareKeyword { get; }

    /// <summary>Gets the keyword tables the label is in, when <see cref="HasLabel"/>.</summary>
    public KeywordMatch LabelKeyword { get; }

    /// <summary>The bare form of <paramref name="line"/> (the line these facts were worked out for).</summary>
    public ReadOnlySpan<char> Bare(ReadOnlySpan<char> line) => line.Slice(BareStart, BareLength);
}
