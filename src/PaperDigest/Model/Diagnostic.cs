using PaperDigest.Text;

namespace PaperDigest.Model;

/// <summary>A finding about the input, with a stable code (<c>PD0001</c>…) and the span it concerns.</summary>
/// <remarks>Immutable, value-equal. The codes are listed in <see cref="DiagnosticCodes"/>.</remarks>
/// <param name="Severity">How serious it is.</param>
/// <param name="Code">The stable code, such as <c>PD0101</c>.</param>
/// <param name="Message">A one-line, human-readable explanation.</param>
/// <param name="Span">Where in the input.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, SourceSpan Span)
{
    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Span.Line}:{Span.Column}: {Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" }} {Code}: {Message}");
}
