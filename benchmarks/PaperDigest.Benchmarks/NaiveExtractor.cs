using System.Text.RegularExpressions;

namespace PaperDigest.Benchmarks;

/// <summary>
/// What a user would write instead of the library: one <see cref="GeneratedRegexAttribute"/> pattern per entity kind,
/// each run with <see cref="Regex.Matches(string)"/> over the whole text and collected into lists. No structure, no
/// validation, no spans beyond the match index. Quantifiers are bounded (a formula is at most 300 or 2,000
/// characters), which keeps the patterns linear but makes an unclosed delimiter cost up to that bound per position.
/// </summary>
public static partial class NaiveExtractor
{
    /// <summary>Runs every pattern over <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The matches by kind.</returns>
    public static NaiveResult Extract(string text)
    {
        var result = new NaiveResult();
        foreach (Match match in ArxivPattern().Matches(text))
        {
            result.ArxivIds.Add(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value);
        }

        foreach (Match match in GitHubPattern().Matches(text))
        {
            result.Repositories.Add(match.Groups[1].Value + "/" + match.Groups[2].Value);
        }

        foreach (Match match in UrlPattern().Matches(text))
        {
            result.Urls.Add(match.Value);
        }

        foreach (Match match in FormulaPattern().Matches(text))
        {
            result.Formulas.Add(match.Value);
        }

        foreach (Match match in HeadingPattern().Matches(text))
        {
            result.Headings.Add(match.Groups[2].Value);
        }

        return result;
    }

    [GeneratedRegex(@"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})(?:v\d{1,3})?|arXiv:[ ]{0,3}(\d{4}\.\d{4,5})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivPattern();

    [GeneratedRegex(@"https?://github\.com/([A-Za-z0-9-]{1,39})/([A-Za-z0-9._-]{1,100})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GitHubPattern();

    [GeneratedRegex(@"https?://[^\s<>""'{}|\\^`，。；：！？、（）【】《》]{1,2048}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"\\\(.{1,300}?\\\)|\\\[.{1,2000}?\\\]|\$\$.{1,2000}?\$\$|\$[^$\r\n]{1,300}\$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex FormulaPattern();

    [GeneratedRegex(@"^[ \t]{0,3}(\d{1,4})[.、．)][ \t]{0,3}([^\r\n]{0,200})$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingPattern();
}
