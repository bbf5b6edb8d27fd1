using System.Globalization;
using System.Text;
using PaperDigest.Model;

namespace PaperDigest.Cli.Output;

/// <summary>Renders a digest as Markdown: the header fields, then a table of papers per group.</summary>
internal static class MarkdownWriter
{
    public static void Write(Digest digest, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("# ");
        writer.WriteLine(Escape(digest.Title ?? digest.SourceName ?? "Digest"));
        writer.WriteLine();
        if (DigestFacts.FormatDate(digest.PublishedAt) is { } date)
        {
            writer.WriteLine("- **Date:** " + date);
        }

        if (!digest.Sources.IsEmpty)
        {
            writer.WriteLine("- **Sources:** " + string.Join(", ", digest.Sources.Select(s => Escape(s.Name))));
        }

        if (digest.SourceName is { } sourceName)
        {
            writer.WriteLine("- **File:** " + Escape(sourceName));
        }

        writer.WriteLine("- **Papers:** " + digest.Papers.Count.ToString(CultureInfo.InvariantCulture));
        writer.WriteLine("- **Diagnostics:** " + DigestFacts.DescribeDiagnostics(digest.Diagnostics));

        foreach (IGrouping<string?, Paper> group in DigestFacts.Groups(digest))
        {
            writer.WriteLine();
            writer.WriteLine("## " + Escape(group.Key ?? "Papers"));
            writer.WriteLine();
            writer.WriteLine("| # | Title | arXiv | Code | Affiliations |");
            writer.WriteLine("|---:|---|---|---|---|");
            foreach (Paper paper in group)
            {
                writer.Write("| ");
                writer.Write(paper.Number.ToString(CultureInfo.InvariantCulture));
                writer.Write(" | ");
                writer.Write(Escape(DigestFacts.DisplayTitle(paper)));
                writer.Write(" | ");
                writer.Write(string.Join("<br>", paper.Arxiv.Select(a => MarkdownLink(a.Id.ToString("V", CultureInfo.InvariantCulture), a.Url))));
                writer.Write(" | ");
                writer.Write(string.Join("<br>", paper.Repositories.Select(r => MarkdownLink(r.Owner + "/" + r.Name, r.Url))));
                writer.Write(" | ");
                writer.Write(string.Join(", ", paper.Affiliations.Select(a => Escape(a.Name))));
                writer.WriteLine(" |");
            }
        }
    }

    /// <summary>Escapes text for a Markdown table cell or heading: Markdown punctuation and pipes get a backslash, line breaks become spaces.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#':
                    builder.Append('\\').Append(c);
                    break;
                case '\r' or '\n' or '\t':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Formats <c>[text](url)</c>, angle-bracketing URLs with spaces or parentheses.</summary>
    public static string MarkdownLink(string text, string url)
    {
        bool needsBrackets = url.AsSpan().IndexOfAny(" ()") >= 0;
        string target = needsBrackets ? "<" + url.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal) + ">" : url;
        return "[" + Escape(text) + "](" + target + ")";
    }
}
