using System.Collections.Immutable;
using PaperDigest.Model;
using PaperDigest.Text;
using PaperDigest.Tokenization;

namespace PaperDigest.Extraction;

/// <summary>
/// What an <see cref="IEntityExtractor"/> is handed: the source text, the block it works on (its scope, range and, for
/// a field, its label), the block's tokens, and a sink for entities and diagnostics.
/// </summary>
/// <remarks>
/// Offsets given to and returned by this type are offsets into the whole text (<see cref="SourceText.Text"/>), not
/// into <see cref="Text"/>: add <see cref="Start"/> to an index found in <see cref="Text"/>. <see cref="GetSpan"/> maps
/// them to the original input when a reader projected it (HTML, Markdown). The parser reuses one context
/// per parse for every block; it is not thread-safe and must not be kept after <see cref="IEntityExtractor.Extract"/>
/// returns.
/// </remarks>
public sealed class ExtractionContext
{
    private readonly List<Entity> _entities;
    private readonly List<Diagnostic> _diagnostics;
    private ImmutableArray<Token> _tokens;

    internal ExtractionContext(SourceText source, List<Entity> entities, List<Diagnostic> diagnostics)
    {
        Source = source;
        _entities = entities;
        _diagnostics = diagnostics;
    }

    /// <summary>Gets the whole input.</summary>
    public SourceText Source { get; }

    /// <summary>Gets which part of the digest this block is.</summary>
    public ExtractionScope Scope { get; private set; }

    /// <summary>Gets the offset of the block in the input.</summary>
    public int Start { get; private set; }

    /// <summary>Gets the length of the block.</summary>
    public int Length { get; private set; }

    /// <summary>Gets the block's text.</summary>
    public ReadOnlySpan<char> Text => Source.Text.AsSpan(Start, Length);

    /// <summary>Gets the field's label as written, for <see cref="ExtractionScope.Field"/>; otherwise <see langword="null"/>.</summary>
    public string? FieldLabel { get; private set; }

    /// <summary>Gets what the field's label means, for <see cref="ExtractionScope.Field"/>; otherwise <see cref="Model.FieldKind.Other"/>.</summary>
    public FieldKind FieldKind { get; private set; }

    /// <summary>Gets the 0-based index of the paper the block belongs to, or -1 for the header and footer.</summary>
    public int PaperIndex { get; private set; }

    /// <summary>Gets the tokens of <see cref="Text"/> (offsets relative to <see cref="Start"/>), computed on first use.</summary>
    public ImmutableArray<Token> Tokens
    {
        get
        {
            if (_tokens.IsDefault)
            {
                _tokens = Tokenizer.Tokenize(Text);
            }

            return _tokens;
        }
    }

    /// <summary>Creates the positioned span of a range of the input.</summary>
    /// <param name="start">Offset in the input.</param>
    /// <param name="length">Length of the range.</param>
    /// <returns>The span with line and column.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside the input.</exception>
    public SourceSpan GetSpan(int start, int length) => Source.GetSpan(start, length);

    /// <summary>Reports an entity. Its span must lie inside the input.</summary>
    /// <param name="entity">The entity; report <see cref="CustomEntity"/> for kinds of your own.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The entity's span is outside the input.</exception>
    public void Report(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.Span.Start < 0 || entity.Span.Length < 0 || entity.Span.End > Source.Original.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(entity), "The entity's span is outside the input.");
        }

        _entities.Add(entity);
    }

    /// <summary>Reports a diagnostic about a range of the input.</summary>
    /// <param name="severity">How serious it is.</param>
    /// <param name="code">A stable code; use your own prefix for custom extractors.</param>
    /// <param name="message">A one-line explanation.</param>
    /// <param name="start">Offset in the input.</param>
    /// <param name="length">Length of the range.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside the input.</exception>
    public void ReportDiagnostic(DiagnosticSeverity severity, string code, string message, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        _diagnostics.Add(new Diagnostic(severity, code, message, GetSpan(start, length)));
    }

    internal void Reset(ExtractionScope scope, int start, int length, int paperIndex, string? fieldLabel, FieldKind fieldKind)
    {
        Scope = scope;
        Start = start;
        Length = length;
        PaperIndex = paperIndex;
        FieldLabel = fieldLabel;
        FieldKind = fieldKind;
        _tokens = default;
    }
}
