namespace PaperDigest.Extraction;

/// <summary>
/// Finds entities in one block of a digest and reports them, with their spans, to the <see cref="ExtractionContext"/>.
/// The built-in extractors (<see cref="ArxivExtractor"/>, <see cref="LinkExtractor"/>, <see cref="AffiliationExtractor"/>,
/// <see cref="FormulaExtractor"/>) implement this interface exactly as a user's extractor does.
/// </summary>
/// <remarks>
/// One parser instance is shared between threads, so an extractor must be thread-safe: keep no per-call state in
/// fields. The context is valid only during the call. An exception thrown by an extractor is caught and reported as a
/// <c>PD0900</c> diagnostic; it never escapes <see cref="IDigestParser.Parse(string)"/>.
/// </remarks>
public interface IEntityExtractor
{
    /// <summary>Looks for entities in <see cref="ExtractionContext.Text"/> and reports them.</summary>
    /// <param name="context">The block to search, and the sink for entities and diagnostics.</param>
    void Extract(ExtractionContext context);
}
