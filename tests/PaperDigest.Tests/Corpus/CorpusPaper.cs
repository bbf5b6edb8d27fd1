using PaperDigest.Model;

namespace PaperDigest.Tests.Corpus;

/// <summary>
/// One paper reduced to the fields the accuracy report scores: either read from a hand-written
/// <c>tests/Corpus/*.expected.json</c> file or taken from the parser's <see cref="Paper"/>.
/// </summary>
internal sealed record CorpusPaper(
    int Number,
    string? Title,
    string? TitleZh,
    IReadOnlyList<string> Arxiv,
    IReadOnlyList<string> Repositories,
    IReadOnlyList<string> ProjectPages,
    IReadOnlyList<CorpusAffiliation> Affiliations,
    IReadOnlyList<string> Formulas)
{
    /// <summary>Gets a short description for the report: the number and the first title.</summary>
    public string Label => "#" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + Shorten(Title ?? TitleZh ?? "(no title)");

    /// <summary>Reduces a parsed paper to the scored fields.</summary>
    public static CorpusPaper FromModel(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return new CorpusPaper(
            paper.Number,
            paper.Title,
            paper.TitleZh,
            [.. paper.Arxiv.Select(a => a.Id.ToString())],
            [.. paper.Repositories.Select(r => r.Url)],
            [.. paper.ProjectPages.Select(p => p.Url)],
            [.. paper.Affiliations.Select(a => new CorpusAffiliation(a.Name, a.Canonical))],
            [.. paper.Formulas.Select(f => f.Tex)]);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
