using PaperDigest.Text;

namespace PaperDigest.Model;

/// <summary>A labelled field line of a paper (<c>论文链接: …</c>, <c>Official Code:</c>, <c>单位丨…</c>).</summary>
/// <remarks>
/// Like <see cref="Section"/>, a parsed field keeps its place in the source and copies <see cref="Value"/> out of it on
/// first access. Equality and JSON see only <see cref="Label"/>, <see cref="Value"/>, <see cref="Kind"/> and
/// <see cref="Span"/>.
/// </remarks>
public sealed record Field
{
    private readonly string? _source;
    private readonly int _valueStart;
    private readonly int _valueLength;
    private string? _value;

    /// <summary>Creates a field.</summary>
    /// <param name="Label">The label as written.</param>
    /// <param name="Value">The value, trimmed; empty when nothing follows the separator.</param>
    /// <param name="Kind">What the label means.</param>
    /// <param name="Span">The whole field line.</param>
    /// <exception cref="ArgumentNullException"><paramref name="Label"/> or <paramref name="Value"/> is <see langword="null"/>.</exception>
    public Field(string Label, string Value, FieldKind Kind, SourceSpan Span)
    {
        ArgumentNullException.ThrowIfNull(Label);
        ArgumentNullException.ThrowIfNull(Value);
        this.Label = Label;
        _value = Value;
        this.Kind = Kind;
        this.Span = Span;
    }

    /// <summary>A field whose value is <c>source.Substring(valueStart, valueLength)</c>, copied on first access.</summary>
    internal Field(string label, string source, int valueStart, int valueLength, FieldKind kind, SourceSpan span)
    {
        Label = label;
        _source = source;
        _valueStart = valueStart;
        _valueLength = valueLength;
        Kind = kind;
        Span = span;
    }

    /// <summary>Gets the label as written.</summary>
    public string Label { get; init; }

    /// <summary>Gets the value, trimmed; empty when nothing follows the separator.</summary>
    public string Value
    {
        // A race copies the value twice at worst: reference writes are atomic, so this stays thread-safe.
        get => _value ??= _source!.Substring(_valueStart, _valueLength);
        init => _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets what the label means.</summary>
    public FieldKind Kind { get; init; }

    /// <summary>Gets the span of the whole field line.</summary>
    public SourceSpan Span { get; init; }

    /// <summary>Deconstructs the field.</summary>
    /// <param name="label">The label.</param>
    /// <param name="value">The value.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="span">The span.</param>
    public void Deconstruct(out string label, out string value, out FieldKind kind, out SourceSpan span) =>
        (label, value, kind, span) = (Label, Value, Kind, Span);

    /// <inheritdoc />
    public bool Equals(Field? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Kind == other.Kind
            && Span == other.Span
            && string.Equals(Label, other.Label, StringComparison.Ordinal)
            && string.Equals(Value, other.Value, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Label, Value, Kind, Span);
}
