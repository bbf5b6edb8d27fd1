using PaperDigest.Extraction.Links;
using PaperDigest.Model;

namespace PaperDigest.Extraction;

/// <summary>
/// Finds every URL (bare, <c>&lt;url&gt;</c>, Markdown <c>[text](url)</c>, scheme-less <c>github.com/…</c>) and reports it as a
/// <see cref="Link"/> with its label and a kind decided by the URL alone: arXiv, repository, project page, dataset,
/// model, paper or other. The parser derives the paper's repositories and project pages from these links.
/// </summary>
/// <remarks>Stateless and thread-safe. A URL stops at CJK text and full-width punctuation.</remarks>
public sealed class LinkExtractor : IEntityExtractor
{
    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ReadOnlySpan<char> text = context.Text;
        if (text.IndexOfAny('.', '/') < 0)
        {
            return;
        }

        var matches = new List<UrlMatch>();
        UrlScanner.Scan(text, matches);
        foreach (UrlMatch match in matches)
        {
            if (!UrlScanner.TryCreateUri(text.Slice(match.UrlStart, match.UrlLength), out Uri? uri))
            {
                continue;
            }

            string? label = match.TextLength > 0 ? text.Slice(match.TextStart, match.TextLength).ToString() : context.FieldLabel;
            context.Report(new Link(
                label,
                LinkClassifier.Normalize(uri),
                LinkClassifier.Classify(uri),
                context.GetSpan(context.Start + match.UrlStart, match.UrlLength)));
        }
    }
}
