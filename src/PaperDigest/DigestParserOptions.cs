using PaperDigest.Extraction;
using PaperDigest.Input;
using PaperDigest.Model;

namespace PaperDigest;

/// <summary>
/// Settings changed through <see cref="DigestParserBuilder.Configure(Action{DigestParserOptions})"/>. The builder copies
/// them when it builds, so a built parser never sees later changes.
/// </summary>
public sealed class DigestParserOptions
{
    /// <summary>Gets extra field labels and their meaning (<c>["开源仓库"] = FieldKind.Code</c>); they win over built-in ones.</summary>
    public IDictionary<string, FieldKind> FieldLabels { get; } = new Dictionary<string, FieldKind>(StringComparer.Ordinal);

    /// <summary>Gets extra institutions for the affiliation gazetteer; an alias here wins over a built-in one.</summary>
    public IList<GazetteerEntry> GazetteerEntries { get; } = [];

    /// <summary>
    /// Gets or sets the input format. <see cref="InputFormat.Auto"/> (the default) asks the registered readers
    /// (<see cref="DigestParserBuilder.AddInputReader"/>) in order and falls back to plain text.
    /// </summary>
    public InputFormat InputFormat { get; set; } = InputFormat.Auto;

    /// <summary>Gets or sets whether the built-in <see cref="ArxivExtractor"/> runs. Default <see langword="true"/>.</summary>
    public bool ExtractArxiv { get; set; } = true;

    /// <summary>Gets or sets whether the built-in <see cref="LinkExtractor"/> runs (links, repositories, project pages). Default <see langword="true"/>.</summary>
    public bool ExtractLinks { get; set; } = true;

    /// <summary>Gets or sets whether the built-in <see cref="AffiliationExtractor"/> runs. Default <see langword="true"/>.</summary>
    public bool ExtractAffiliations { get; set; } = true;

    /// <summary>Gets or sets whether the built-in <see cref="FormulaExtractor"/> runs. Default <see langword="true"/>.</summary>
    public bool ExtractFormulas { get; set; } = true;
}
