using System.Collections.Immutable;
using PaperDigest.Extraction;
using PaperDigest.Model;
using PaperDigest.Parsing;
using PaperDigest.Sections;

namespace PaperDigest;

/// <summary>
/// The digest parser: source text → tokens and section detection → entity extraction → an immutable <see cref="Digest"/>.
/// </summary>
/// <remarks>
/// Sealed, immutable and thread-safe: build one (or use <see cref="Default"/>) and share it. <see cref="Parse(string)"/> is
/// total: for any non-null string it returns a digest, and reports content problems as diagnostics.
/// </remarks>
public sealed class DigestParser : IDigestParser
{
    internal DigestParser(SectionDetector detector, ImmutableArray<IEntityExtractor> extractors)
    {
        Detector = detector;
        Extractors = extractors;
    }

    /// <summary>Gets a parser with all built-in extractors and the built-in label tables.</summary>
    public static DigestParser Default { get; } = new DigestParserBuilder().Build();

    /// <summary>Gets the extractors, in the order they run on each block.</summary>
    public ImmutableArray<IEntityExtractor> Extractors { get; }

    /// <summary>Gets the section detector (with any extra field labels).</summary>
    public SectionDetector Detector { get; }

    /// <inheritdoc />
    public Digest Parse(string text) => Parse(text, null);

    /// <inheritdoc />
    public Digest Parse(string text, string? sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new DigestAssembler(this, text, sourceName).Assemble();
    }

    /// <summary>Reads the whole of <paramref name="reader"/> and parses it.</summary>
    /// <param name="reader">The reader; it is read to the end, not disposed.</param>
    /// <param name="sourceName">A name for the input, or <see langword="null"/>.</param>
    /// <returns>The digest.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public Digest Parse(TextReader reader, string? sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Parse(reader.ReadToEnd(), sourceName);
    }
}
