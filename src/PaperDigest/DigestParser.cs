using System.Collections.Immutable;
using PaperDigest.Extraction;
using PaperDigest.Input;
using PaperDigest.Model;
using PaperDigest.Parsing;
using PaperDigest.Sections;
using PaperDigest.Text;

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
    internal DigestParser(SectionDetector detector, ImmutableArray<IEntityExtractor> extractors, ImmutableArray<IInputReader> readers, InputFormat format)
    {
        Detector = detector;
        Extractors = extractors;
        InputReaders = readers;
        InputFormat = format;
    }

    /// <summary>Gets a parser with all built-in extractors and the built-in label tables.</summary>
    public static DigestParser Default { get; } = new DigestParserBuilder().Build();

    /// <summary>Gets the extractors, in the order they run on each block.</summary>
    public ImmutableArray<IEntityExtractor> Extractors { get; }

    /// <summary>Gets the registered input readers (HTML, Markdown), in the order <see cref="InputFormat.Auto"/> asks them.</summary>
    public ImmutableArray<IInputReader> InputReaders { get; }

    /// <summary>Gets the input format this parser reads.</summary>
    public InputFormat InputFormat { get; }

    /// <summary>Gets the section detector (with any extra field labels).</summary>
    public SectionDetector Detector { get; }

    /// <inheritdoc />
    public Digest Parse(string text) => Parse(text, null);

    /// <inheritdoc />
    public Digest Parse(string text, string? sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        IInputReader? reader = InputFormat switch
        {
            InputFormat.Text => null,
            InputFormat.Auto => FirstReader(text),
            _ => InputReaders.FirstOrDefault(r => r.Format == InputFormat),
        };
        if (reader is null)
        {
            return new DigestAssembler(this, new SourceText(text), sourceName, null).Assemble();
        }

        try
        {
            return new DigestAssembler(this, new SourceText(reader.Read(text)), sourceName, null).Assemble();
        }
#pragma warning disable CA1031 // A reader that fails must not take the parse down: read the input as plain text instead.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new DigestAssembler(this, new SourceText(text), sourceName, $"The {reader.Format} reader failed ({exception.GetType().Name}: {exception.Message}); the input was read as plain text.").Assemble();
        }
    }

    /// <summary>Reads <paramref name="stream"/> to its end as text (UTF-8 unless a byte-order mark says otherwise) and parses it.</summary>
    /// <param name="stream">The stream; it is read to the end, not disposed.</param>
    /// <param name="sourceName">A name for the input, or <see langword="null"/>.</param>
    /// <returns>The digest.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <remarks>Invalid UTF-8 is replaced with U+FFFD; decode yourself (as the CLI does) to reject it instead.</remarks>
    public Digest Parse(Stream stream, string? sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Parse(reader.ReadToEnd(), sourceName);
    }

    private IInputReader? FirstReader(string text)
    {
        foreach (IInputReader reader in InputReaders)
        {
            if (reader.CanRead(text))
            {
                return reader;
            }
        }

        return null;
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
