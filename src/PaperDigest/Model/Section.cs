using System.Collections.Immutable;
using PaperDigest.Sections;
using PaperDigest.Text;

namespace PaperDigest.Model;

/// <summary>A labelled part of a paper's summary (<c>动机</c>, <c>方法</c>, a short heading line) or an unlabelled paragraph run.</summary>
/// <remarks>
/// A parsed section keeps its place in the source and builds <see cref="Text"/> from it on first access (then caches
/// it), the way Markdig's slices point into the source instead of copying it: the summaries are most of a digest's
/// text, and a caller that only wants the papers' entities should not pay for copies of them. The section therefore
/// keeps the input string alive. Equality and JSON see only <see cref="Label"/>, <see cref="Text"/> and
/// <see cref="Span"/>, so a lazy section equals one built from the same values.
/// </remarks>
public sealed record Section
{
    private readonly string? _source;
    private readonly ImmutableArray<Block> _blocks;
    private readonly int _firstBlock;
    private readonly int _endBlock;
    private string? _text;

    /// <summary>Creates a section.</summary>
    /// <param name="Label">The label or heading as written, without its colon; <see langword="null"/> for text before any label.</param>
    /// <param name="Text">The section's paragraphs, trimmed and joined with <c>\n</c>.</param>
    /// <param name="Span">From the label (or first paragraph) to the end of the last paragraph.</param>
    /// <exception cref="ArgumentNullException"><paramref name="Text"/> is <see langword="null"/>.</exception>
    public Section(string? Label, string Text, SourceSpan Span)
    {
        ArgumentNullException.ThrowIfNull(Text);
        this.Label = Label;
        _text = Text;
        this.Span = Span;
    }

    /// <summary>A section whose text is the paragraphs among <paramref name="blocks"/>[<paramref name="firstBlock"/>..<paramref name="endBlock"/>).</summary>
    internal Section(string? label, string source, ImmutableArray<Block> blocks, int firstBlock, int endBlock, SourceSpan span)
    {
        Label = label;
        _source = source;
        _blocks = blocks;
        _firstBlock = firstBlock;
        _endBlock = endBlock;
        Span = span;
    }

    /// <summary>Gets the label or heading as written, without its colon; <see langword="null"/> for text before any label.</summary>
    public string? Label { get; init; }

    /// <summary>Gets the section's paragraphs, trimmed and joined with <c>\n</c>.</summary>
    public string Text
    {
        // A race builds the same string twice at worst: reference writes are atomic, so this stays thread-safe.
        get => _text ??= Build();
        init => _text = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets the span from the label (or first paragraph) to the end of the last paragraph.</summary>
    public SourceSpan Span { get; init; }

    /// <summary>Deconstructs the section into its label, text and span.</summary>
    /// <param name="label">The label.</param>
    /// <param name="text">The text.</param>
    /// <param name="span">The span.</param>
    public void Deconstruct(out string? label, out string text, out SourceSpan span) => (label, text, span) = (Label, Text, Span);

    /// <inheritdoc />
    public bool Equals(Section? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Span == other.Span
            && string.Equals(Label, other.Label, StringComparison.Ordinal)
            && string.Equals(Text, other.Text, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Label, Text, Span);

    /// <summary>
    /// The heading's value (when the first block is a section heading with text after its label) and every paragraph
    /// block, joined with <c>\n</c>; other blocks inside the range (fields, ads) are not part of the text.
    /// </summary>
    private string Build()
    {
        ReadOnlySpan<Block> blocks = _blocks.AsSpan(_firstBlock, _endBlock - _firstBlock);
        int length = -1;
        for (int i = 0; i < blocks.Length; i++)
        {
            int count = Piece(blocks[i], first: i == 0).Length;
            length += count > 0 ? count + 1 : 0;
        }

        if (length <= 0)
        {
            return string.Empty;
        }

        // One exact-size allocation, written in place.
        return string.Create(length, this, static (destination, section) =>
        {
            ReadOnlySpan<Block> blocks = section._blocks.AsSpan(section._firstBlock, section._endBlock - section._firstBlock);
            int position = 0;
            for (int i = 0; i < blocks.Length; i++)
            {
                (int start, int count) = Piece(blocks[i], first: i == 0);
                if (count == 0)
                {
                    continue;
                }

                if (position > 0)
                {
                    destination[position++] = '\n';
                }

                section._source.AsSpan(start, count).CopyTo(destination[position..]);
                position += count;
            }
        });
    }

    private static (int Start, int Length) Piece(Block block, bool first) => block.Kind switch
    {
        BlockKind.Paragraph => (block.Start, block.Length),
        BlockKind.SectionHeading when first => (block.ValueStart, block.ValueLength),
        _ => (0, 0),
    };
}
