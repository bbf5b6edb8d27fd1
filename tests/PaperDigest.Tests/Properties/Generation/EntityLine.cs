namespace PaperDigest.Tests.Properties.Generation;

/// <summary>A rendered field or prose line and the entity it carries (for the expected text order).</summary>
internal sealed record EntityLine(string Text, string? Arxiv = null, string? Repository = null, string? Page = null);
