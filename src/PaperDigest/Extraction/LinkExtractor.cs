using PaperDigest.Extraction.Links;
using PaperDigest.Model;

namespace PaperDigest.Extraction;

/// <summary>
/// Finds every URL (bare, <c>&lt;url&gt;</c>, Markdown <c>[text](url)</c>, scheme-less <c>github.com/…</c>) and reports it as a
/// <see cref="Link"/> with its label and a kind decided by the URL alone: arXiv, repository, project page, dataset,
/// model, paper or other. The parser derives the paper's repositories and project pages from these links.
/// </summary>
/// <remarks>Thread-safe: between calls it keeps only per-thread scratch lists. A URL stops at CJK text and full-width punctuation.</remarks>
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

        // The working lists are kept per thread: a call allocates only the links it reports.
        Buffers buffers = Buffers.Rent();
        try
        {
            List<UrlMatch> matches = buffers.Matches;
            List<UrlTarget> targets = buffers.Targets;
            UrlScanner.Scan(text, matches, targets);
            string source = context.Source.Text;
            for (int i = 0; i < matches.Count; i++)
            {
                UrlMatch match = matches[i];
                string? label = match.TextLength > 0 ? text.Slice(match.TextStart, match.TextLength).ToString() : context.FieldLabel;
                string url = LinkClassifier.NormalizeAndClassify(source, context.Start + match.UrlStart, targets[i], out LinkKind kind);
                context.Report(new Link(label, url, kind, context.GetSpan(context.Start + match.UrlStart, match.UrlLength)));
            }
        }
        finally
        {
            Buffers.Return(buffers);
        }
    }

    /// <summary>The matches and targets of one call, reused by the next call on the same thread.</summary>
    private sealed class Buffers
    {
        // Lists that grew past this are not kept, so one huge input does not pin its buffers to the thread.
        private const int MaxKeptCapacity = 1024;

        [ThreadStatic]
        private static Buffers? t_cached;

        public List<UrlMatch> Matches { get; } = [];

        public List<UrlTarget> Targets { get; } = [];

        public static Buffers Rent()
        {
            Buffers? buffers = t_cached;
            t_cached = null;
            return buffers ?? new Buffers();
        }

        public static void Return(Buffers buffers)
        {
            if (buffers.Matches.Capacity > MaxKeptCapacity || buffers.Targets.Capacity > MaxKeptCapacity)
            {
                return;
            }

            buffers.Matches.Clear();
            buffers.Targets.Clear();
            t_cached = buffers;
        }
    }
}
