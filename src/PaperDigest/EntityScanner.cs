using System.Collections.Immutable;
using PaperDigest.Extraction;
using PaperDigest.Model;
using PaperDigest.Parsing;
using PaperDigest.Text;

namespace PaperDigest;

/// <summary>
/// Finds every entity in any text, with no digest structure needed (a single line is enough): arXiv references,
/// links, repositories, formulas, affiliations and custom entities, in text order.
/// </summary>
/// <remarks>
/// The whole text is handed to the extractors as one <see cref="ExtractionScope.Body"/> block, so bare arXiv IDs
/// (which need a paper field) are not reported. Thread-safe.
/// </remarks>
public static class EntityScanner
{
    /// <summary>Scans <paramref name="text"/> with the built-in extractors.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>
    /// The entities in text order; a repository link yields a <see cref="Link"/> followed by its <see cref="Repository"/>,
    /// a project-page link a <see cref="Link"/> followed by its <see cref="ProjectPage"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<Entity> Scan(string text) => Scan(text, DigestParser.Default);

    /// <summary>Scans <paramref name="text"/> with the extractors of <paramref name="parser"/>.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="parser">The parser whose extractors to run.</param>
    /// <returns>The entities in text order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<Entity> Scan(string text, DigestParser parser)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(parser);
        var entities = new List<Entity>();
        var diagnostics = new List<Diagnostic>();
        var context = new ExtractionContext(new SourceText(text), entities, diagnostics);
        if (text.Length > 0)
        {
            foreach (IEntityExtractor extractor in parser.Extractors)
            {
                context.Reset(ExtractionScope.Body, 0, text.Length, -1, null, FieldKind.Other);
                int count = entities.Count;
                try
                {
                    extractor.Extract(context);
                }
#pragma warning disable CA1031 // Scanning is total like parsing: a failing extractor loses only its own results.
                catch (Exception)
#pragma warning restore CA1031
                {
                    entities.RemoveRange(count, entities.Count - count);
                }
            }
        }

        var result = ImmutableArray.CreateBuilder<Entity>(entities.Count);
        foreach (Entity entity in entities.OrderBy(e => e.Span.Start))
        {
            result.Add(entity);
            if (entity is Link link && LinkTargets.For(link) is { } target)
            {
                result.Add(target);
            }
        }

        return result.DrainToImmutable();
    }
}
