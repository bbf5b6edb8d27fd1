namespace PaperDigest.Tests.Properties.Generation;

/// <summary>A gazetteer institution: its canonical name and the alias the renderer writes.</summary>
public sealed record AffiliationSpec(string Canonical, string Alias);
