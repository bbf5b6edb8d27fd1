using PaperDigest.Extraction;
using PaperDigest.Model;

namespace PaperDigest.Tests.Extraction;

/// <summary>The sample custom extractor of README and docs/extending.md: DOIs such as <c>10.18653/v1/2023.acl-long.1</c>.</summary>
public sealed class DoiExtractor : IEntityExtractor
{
    public void Extract(ExtractionContext context)
    {
        ReadOnlySpan<char> text = context.Text;
        int position = 0;
        while (position < text.Length)
        {
            int found = text[position..].IndexOf("10.", StringComparison.Ordinal);
            if (found < 0)
            {
                return;
            }

            int start = position + found;
            int end = start + 3;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] < '\u3000' && text[end] is not ('，' or '。' or ')' or ']'))
            {
                end++;
            }

            while (end > start && text[end - 1] is '.' or ',' or ';')
            {
                end--;
            }

            ReadOnlySpan<char> doi = text[start..end];
            int slash = doi.IndexOf('/');
            bool boundary = start == 0 || !char.IsAsciiLetterOrDigit(text[start - 1]);
            if (boundary && slash > 3 && slash < doi.Length - 1 && char.IsAsciiDigit(doi[3]))
            {
                context.Report(new CustomEntity("doi", doi.ToString(), doi.ToString().ToLowerInvariant(), context.GetSpan(context.Start + start, doi.Length)));
            }

            position = Math.Max(end, start + 3);
        }
    }
}
