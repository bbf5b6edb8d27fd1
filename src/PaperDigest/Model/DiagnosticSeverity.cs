using System.Text.Json.Serialization;

namespace PaperDigest.Model;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something worth knowing that needs no action (an empty field, a skipped line).</summary>
    [JsonStringEnumMemberName("info")]
    Info,

    /// <summary>Content that was probably meant differently (an unterminated formula, an invalid arXiv ID).</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>Content that could not be understood at all.</summary>
    [JsonStringEnumMemberName("error")]
    Error,
}
