using System.Buffers;
using PaperDigest.Model;

namespace PaperDigest.Extraction;

/// <summary>
/// Finds arXiv identifiers: <c>arXiv:2404.08634</c>, <c>arxiv.org/abs|pdf|html/…</c> (with or without scheme, <c>.pdf</c>
/// and version), <c>export.arxiv.org</c>, <c>alphaxiv.org/abs/…</c>, <c>huggingface.co/papers/…</c>, and a bare
/// identifier only where the context says arXiv: a paper field (<c>论文链接</c>, <c>arXiv</c>, <c>URL</c>, <c>Paper</c>).
/// So <c>2.31</c>, <c>1.5B</c> and dates are never identifiers.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class ArxivExtractor : IEntityExtractor
{
    private const int MaxGapAfterWord = 3;

    private static readonly SearchValues<string> Triggers =
        SearchValues.Create(["arxiv", "alphaxiv.org/abs/", "huggingface.co/papers/"], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] ArxivPaths = ["abs/", "pdf/", "html/", "format/"];

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ReadOnlySpan<char> text = context.Text;
        if (context.Scope == ExtractionScope.Field && context.FieldKind == FieldKind.Paper)
        {
            TryReport(context, text, 0, 0, urlForm: false);
        }

        int position = 0;
        while (position < text.Length)
        {
            int found = text[position..].IndexOfAny(Triggers);
            if (found < 0)
            {
                break;
            }

            int at = position + found;
            position = at + ReadAt(context, text, at);
        }
    }

    /// <summary>Reads one trigger occurrence; returns how far to advance (at least 1).</summary>
    private static int ReadAt(ExtractionContext context, ReadOnlySpan<char> text, int at)
    {
        ReadOnlySpan<char> rest = text[at..];
        if (rest.StartsWith("alphaxiv.org/abs/", StringComparison.OrdinalIgnoreCase))
        {
            return Math.Max(1, TryReport(context, text, UrlStart(text, at), at + 17, urlForm: true) - at);
        }

        if (rest.StartsWith("huggingface.co/papers/", StringComparison.OrdinalIgnoreCase))
        {
            return Math.Max(1, TryReport(context, text, UrlStart(text, at), at + 22, urlForm: true) - at);
        }

        if (rest.StartsWith("arxiv.org/", StringComparison.OrdinalIgnoreCase))
        {
            int pathStart = at + 10;
            foreach (string path in ArxivPaths)
            {
                if (text[pathStart..].StartsWith(path, StringComparison.OrdinalIgnoreCase))
                {
                    return Math.Max(1, TryReport(context, text, UrlStart(text, at), pathStart + path.Length, urlForm: true) - at);
                }
            }

            return 10;
        }

        // "arXiv:2404.08634", "arXiv: hep-th/9901001", "arXiv 2404.08634" — the word itself says arXiv.
        if (at > 0 && char.IsAsciiLetterOrDigit(text[at - 1]))
        {
            return 5;
        }

        int idStart = at + 5;
        int gap = 0;
        while (idStart < text.Length && gap < MaxGapAfterWord && text[idStart] is ':' or '：' or ' ' or '\u00A0')
        {
            idStart++;
            gap++;
        }

        return gap == 0 ? 5 : Math.Max(5, TryReport(context, text, at, idStart, urlForm: false) - at);
    }

    /// <summary>Parses an identifier at <paramref name="idStart"/>; reports it spanning from <paramref name="spanStart"/>. Returns the end of what was read.</summary>
    private static int TryReport(ExtractionContext context, ReadOnlySpan<char> text, int spanStart, int idStart, bool urlForm)
    {
        if (!ArxivId.TryParsePrefix(text[idStart..], out ArxivId id, out int consumed))
        {
            if (urlForm && idStart < text.Length && char.IsAsciiDigit(text[idStart]))
            {
                int end = idStart;
                while (end < text.Length && end - idStart < 24 && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '/' or '-'))
                {
                    end++;
                }

                context.ReportDiagnostic(
                    DiagnosticSeverity.Warning,
                    DiagnosticCodes.InvalidArxivId,
                    $"'{text[idStart..end]}' is not a valid arXiv identifier.",
                    context.Start + idStart,
                    end - idStart);
            }

            return idStart;
        }

        int idEnd = idStart + consumed;
        if (urlForm && text[idEnd..].StartsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            idEnd += 4;
        }

        context.Report(new ArxivReference(id, context.GetSpan(context.Start + spanStart, idEnd - spanStart)));
        return idEnd;
    }

    /// <summary>Extends a host match back over <c>export.</c>, <c>www.</c> and the scheme.</summary>
    private static int UrlStart(ReadOnlySpan<char> text, int hostStart)
    {
        int start = hostStart;
        foreach (string prefix in (ReadOnlySpan<string>)["export.", "www."])
        {
            if (start >= prefix.Length && text[(start - prefix.Length)..start].Equals(prefix, StringComparison.OrdinalIgnoreCase))
            {
                start -= prefix.Length;
            }
        }

        if (start >= 3 && text[(start - 3)..start].SequenceEqual("://"))
        {
            int scheme = start - 3;
            while (scheme > 0 && char.IsAsciiLetter(text[scheme - 1]) && start - scheme < 12)
            {
                scheme--;
            }

            start = scheme;
        }

        return start;
    }
}
