using System.Globalization;
using PaperDigest.Model;

namespace PaperDigest.Tests.Properties.Generation;

/// <summary>Compares a parsed digest with what its generated structure says, and lists every difference.</summary>
public static class DigestComparer
{
    public static List<string> Compare(Digest actual, ExpectedDigest expected)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(expected);
        var differences = new List<string>();
        Check(differences, "digest title", expected.Title, actual.Title);
        Check(differences, "published at", Format(expected.PublishedAt), Format(actual.PublishedAt));
        Check(differences, "sources", Join(expected.Sources.Select(s => s.Label + "=" + s.Name)), Join(actual.Sources.Select(s => s.Label + "=" + s.Name)));
        Check(differences, "groups", Join(expected.Groups), Join(actual.Groups.Select(g => g.Name)));
        Check(differences, "footer", expected.HasFooter ? "present" : "absent", actual.Footer is null ? "absent" : "present");
        Check(differences, "paper count", expected.Papers.Length.ToString(CultureInfo.InvariantCulture), actual.Papers.Count.ToString(CultureInfo.InvariantCulture));
        for (int i = 0; i < Math.Min(expected.Papers.Length, actual.Papers.Count); i++)
        {
            ExpectedPaper e = expected.Papers[i];
            Paper a = actual.Papers[i];
            string p = string.Create(CultureInfo.InvariantCulture, $"paper #{i + 1}");
            Check(differences, p + " number", e.Number.ToString(CultureInfo.InvariantCulture), a.Number.ToString(CultureInfo.InvariantCulture));
            Check(differences, p + " group", e.Group, a.Group);
            Check(differences, p + " title", e.Title, a.Title);
            Check(differences, p + " titleZh", e.TitleZh, a.TitleZh);
            Check(differences, p + " shortName", e.ShortName, a.ShortName);
            Check(differences, p + " arXiv", Join(e.Arxiv), Join(a.Arxiv.Select(x => x.Id.WithoutVersion().ToString())));
            Check(differences, p + " repositories", Join(e.Repositories.Select(r => r.Owner + "/" + r.Name)), Join(a.Repositories.Select(r => r.Owner + "/" + r.Name)));
            Check(differences, p + " project pages", Join(e.Pages), Join(a.ProjectPages.Select(x => x.Url)));
            Check(differences, p + " affiliations", Join(e.Affiliations), Join(a.Affiliations.Select(x => x.Canonical ?? "?" + x.Name)));
            Check(differences, p + " formulas", Join(e.Formulas.Select(f => f.ToString())), Join(a.Formulas.Select(f => f.Delimiter.ToString())));
            Check(differences, p + " section labels", Join(e.SectionLabels), Join(a.Sections.Where(s => s.Label is not null).Select(s => s.Label!)));
        }

        return differences;
    }

    private static void Check(List<string> differences, string what, string? expected, string? actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            differences.Add($"{what}: expected [{expected ?? "null"}], parsed [{actual ?? "null"}]");
        }
    }

    private static string Join(IEnumerable<string> items) => string.Join(" | ", items);

    private static string? Format(DateTime? value) => value?.ToString("s", CultureInfo.InvariantCulture);
}
