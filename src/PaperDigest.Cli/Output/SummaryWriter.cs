using System.Globalization;
using PaperDigest.Model;

namespace PaperDigest.Cli.Output;

/// <summary>Renders a short human-readable summary of a digest (the <c>text</c> format).</summary>
internal static class SummaryWriter
{
    public static void Write(Digest digest, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(digest.Title ?? digest.SourceName ?? "(untitled digest)");
        var facts = new List<string>(2);
        if (DigestFacts.FormatDate(digest.PublishedAt) is { } date)
        {
            facts.Add("Date: " + date);
        }

        if (!digest.Sources.IsEmpty)
        {
            facts.Add("Sources: " + string.Join(", ", digest.Sources.Select(s => s.Name)));
        }

        if (facts.Count > 0)
        {
            writer.WriteLine(string.Join(" | ", facts));
        }

        writer.WriteLine(DigestFacts.Count(digest.Papers.Count, "paper") + ", " + DigestFacts.DescribeDiagnostics(digest.Diagnostics));
        foreach (IGrouping<string?, Paper> group in DigestFacts.Groups(digest))
        {
            writer.WriteLine();
            if (group.Key is not null)
            {
                writer.WriteLine(group.Key + ":");
            }

            foreach (Paper paper in group)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{paper.Number,3}. {Flatten(DigestFacts.DisplayTitle(paper))}"));
                var details = new List<string>(3);
                details.AddRange(paper.Arxiv.Select(a => "arXiv " + a.Id.ToString("V", CultureInfo.InvariantCulture)));
                details.AddRange(paper.Repositories.Select(r => "code " + DigestFacts.RepositoryName(r)));
                if (!paper.Affiliations.IsEmpty)
                {
                    details.Add(string.Join(", ", paper.Affiliations.Select(a => a.Name)));
                }

                if (details.Count > 0)
                {
                    writer.WriteLine("     " + string.Join(" · ", details));
                }
            }
        }
    }

    private static string Flatten(string text) => text.ReplaceLineEndings(" ");
}
