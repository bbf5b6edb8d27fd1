namespace PaperDigest.Text;

/// <summary>A 1-based line and column in a <see cref="SourceText"/>. Immutable.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Column">1-based column, counted in UTF-16 code units.</param>
public readonly record struct LinePosition(int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Line}:{Column}");
}
