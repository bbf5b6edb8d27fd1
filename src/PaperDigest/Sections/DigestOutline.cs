using System.Collections.Immutable;
using PaperDigest.Text;

namespace PaperDigest.Sections;

/// <summary>The block structure of a digest: every non-blank line, classified, in order.</summary>
/// <remarks>Immutable. Produced by <see cref="SectionDetector.Detect(SourceText)"/>.</remarks>
public sealed class DigestOutline
{
    internal DigestOutline(SourceText source, ImmutableArray<Block> blocks, int paperCount, ImmutableArray<OutlineNote> notes)
    {
        Source = source;
        Blocks = blocks;
        PaperCount = paperCount;
        Notes = notes;
    }

    /// <summary>Gets the input.</summary>
    public SourceText Source { get; }

    /// <summary>Gets the classified lines.</summary>
    public ImmutableArray<Block> Blocks { get; }

    /// <summary>Gets the number of paper entries found.</summary>
    public int PaperCount { get; }

    internal ImmutableArray<OutlineNote> Notes { get; }
}
