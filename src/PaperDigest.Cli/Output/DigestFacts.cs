using System.Globalization;
using PaperDigest.Model;

namespace PaperDigest.Cli.Output;

/// <summary>Small formatting helpers shared by the Markdown and text writers.</summary>
internal static class DigestFacts
{
    /// <summary>Formats the header date: <c>2024-04-20 10:39</c>, or just the date at midnight.</summary>
    public static string? FormatDate(DateTime? value) => value switch
    {
        null => null,
        { TimeOfDay.Ticks: 0 } date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        { } date => date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
    };

    /// <summary>Gets the title to show for a paper: the English title, else the Chinese one, else the short name.</summary>
    public static string DisplayTitle(Paper paper) =>
        paper.Title ?? paper.TitleZh ?? paper.ShortName ?? string.Empty;

    /// <summary>Describes the diagnostics by severity: <c>2 diagnostics (1 error, 1 warning)</c>.</summary>
    public static string DescribeDiagnostics(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        int errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        int warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        int infos = diagnostics.Count - errors - warnings;
        string total = Count(diagnostics.Count, "diagnostic");
        if (diagnostics.Count == 0)
        {
            return total;
        }

        var parts = new List<string>(3);
        if (errors > 0)
        {
            parts.Add(Count(errors, "error"));
        }

        if (warnings > 0)
        {
            parts.Add(Count(warnings, "warning"));
        }

        if (infos > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{infos} info"));
        }

        return total + " (" + string.Join(", ", parts) + ")";
    }

    /// <summary>Formats <c>1 paper</c>, <c>2 papers</c>.</summary>
    public static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    /// <summary>Formats a repository without scheme: <c>github.com/owner/name</c>.</summary>
    public static string RepositoryName(Repository repository) => repository.Host + "/" + repository.Owner + "/" + repository.Name;

    /// <summary>Gets the papers grouped in order: the unnamed first group (name <see langword="null"/>), then each named group.</summary>
    public static IEnumerable<IGrouping<string?, Paper>> Groups(Digest digest) =>
        digest.Papers.GroupBy(paper => paper.Group, StringComparer.Ordinal);
}
