using FsCheck.Fluent;
using PaperDigest.Model;
using PaperDigest.Sections;
using PaperDigest.Tests.Properties.Generation;
using Xunit;

namespace PaperDigest.Tests.Properties;

/// <summary>
/// The generator itself: its vocabulary is neutral (so every entity in a rendered digest is intended), its samples cover
/// every convention, and its shrinker keeps specs valid. A generator that silently stopped producing some case would
/// make the model-based property pass for the wrong reason.
/// </summary>
public class GeneratorTests
{
    // A fixed seed: these are coverage checks of the generator, and a fresh random sample could (rarely) miss a
    // convention and fail the build for no fault of the code. The properties themselves still run on fresh seeds.
    private static readonly Lazy<DigestSpec[]> Samples = new(() => DigestSpecGen.Digest.Sample(400, new FsCheck.Rnd(20261122UL), 10));

    [Fact]
    public void Titles_and_prose_hold_no_entity()
    {
        foreach (string text in Vocabulary.NeutralTexts.Where(t => !Vocabulary.Tex.Contains(t)))
        {
            Assert.True(EntityScanner.Scan(text).IsEmpty, $"'{text}' holds an entity: {string.Join(", ", EntityScanner.Scan(text))}");
        }
    }

    [Fact]
    public void Titles_and_prose_are_no_keywords_and_no_ads()
    {
        foreach (string text in Vocabulary.NeutralTexts.Concat(Vocabulary.ShortNames))
        {
            Assert.False(Keywords.AdPhrases.Any(p => text.Contains(p, StringComparison.Ordinal)), $"'{text}' reads as an ad");
            Assert.False(Keywords.GroupHeadings.TryGet(text, out _) || Keywords.FooterHeadings.TryGet(text, out _) || Keywords.SectionLabels.TryGet(text, out _), $"'{text}' is a keyword");
        }
    }

    [Fact]
    public void Every_generated_affiliation_alias_is_known()
    {
        foreach ((string canonical, string[] aliases) in Vocabulary.Institutions)
        {
            Assert.All(aliases, alias => Assert.Equal(canonical, Vocabulary.Lookup(alias)?.CanonicalName));
        }
    }

    [Fact]
    public void Samples_cover_every_convention()
    {
        DigestSpec[] samples = Samples.Value;
        PaperSpec[] papers = [.. samples.SelectMany(s => s.Papers)];
        Assert.All(Enum.GetValues<NumberingChoice>(), n => Assert.Contains(samples, s => s.Style.Numbering == n));
        Assert.All(Enum.GetValues<TitleLayout>(), l => Assert.Contains(papers, p => DigestRenderer.EffectiveLayout(p) == l));
        Assert.All(Enum.GetValues<FooterChoice>(), f => Assert.Contains(samples, s => s.Footer == f));
        Assert.All(Enum.GetValues<FormulaDelimiter>(), d => Assert.Contains(papers, p => p.Sections.Any(s => s.Formulas.Any(f => f.Delimiter == d))));
        Assert.All(Enumerable.Range(0, 7), form => Assert.Contains(papers, p => p.Arxiv.Any(a => a.Form == form)));
        Assert.All(Enumerable.Range(0, 8), form => Assert.Contains(papers, p => p.Repositories.Any(r => r.Form == form)));
        Assert.All(Enumerable.Range(0, 6), decoration => Assert.Contains(papers, p => p.Decoration == decoration && p.Byline));
        Assert.All(Enumerable.Range(0, 4), form => Assert.Contains(papers, p => p.Pages.Any(x => x.Form == form)));
        Assert.Contains(papers, p => p.Affiliations.Length == 3);
        Assert.Contains(papers, p => p.Arxiv.Any(a => a.Id.Contains('/', StringComparison.Ordinal)));
        Assert.Contains(samples, s => s.Groups.Length == 3 && s.Groups.Skip(1).Any(g => g.ContinuesNumbering));
        Assert.Contains(samples, s => s.Groups.Any(g => g.Papers.Length >= 10) && s.Style.Numbering == NumberingChoice.Padded);
        Assert.Contains(samples, s => s.Style.Crlf && s.Style.FullWidth && s.Style.BlankLineBetweenPapers);
        Assert.Contains(papers, p => p.Ad is not null && p.ShortName is not null && p.Lead is not null);
    }

    [Fact]
    public void Rendered_samples_state_what_they_hold()
    {
        foreach (DigestSpec spec in Samples.Value.Take(50))
        {
            RenderedDigest rendered = DigestRenderer.Render(spec);
            Assert.Equal(spec.Papers.Count(), rendered.Expected.Papers.Length);
            Assert.Equal(spec.Papers.Sum(p => p.Arxiv.Length), rendered.Expected.Papers.Sum(p => p.Arxiv.Length));
            Assert.Equal(spec.Papers.Sum(p => p.Affiliations.Concat(p.ProseAffiliations).DistinctBy(a => a.Canonical).Count()), rendered.Expected.Papers.Sum(p => p.Affiliations.Length));
            Assert.DoesNotContain("\r", rendered.Text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Shrinking_keeps_specs_valid_and_ends()
    {
        DigestSpec spec = Samples.Value.MaxBy(s => s.Papers.Count())!;
        int steps = 0;
        while (DigestSpecShrinker.Shrink(spec).FirstOrDefault() is { } smaller && steps < 10_000)
        {
            Assert.Null(smaller.Groups[0].Name);
            Assert.All(smaller.Groups, g => Assert.NotEmpty(g.Papers));
            Assert.All(smaller.Papers, p => Assert.True(p.English is not null || p.Chinese is not null));
            spec = smaller;
            steps++;
        }

        Assert.Single(spec.Papers);
        Assert.Equal(RenderStyle.Simplest, spec.Style);
    }
}
