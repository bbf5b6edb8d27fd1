namespace PaperDigest.Tests.Properties.Generation;

/// <summary>
/// Shrinks a <see cref="DigestSpec"/> towards a small, readable counterexample: fewer groups and papers first, then
/// fewer entities, then simpler conventions. Every candidate is still a valid spec (first group unnamed, at least one
/// paper per group, at least one title per paper).
/// </summary>
public static class DigestSpecShrinker
{
    public static IEnumerable<DigestSpec> Shrink(DigestSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        for (int g = spec.Groups.Length - 1; g >= 1; g--)
        {
            yield return spec with { Groups = Without(spec.Groups, g) };
        }

        for (int g = 0; g < spec.Groups.Length; g++)
        {
            GroupSpec group = spec.Groups[g];
            for (int p = 0; p < group.Papers.Length && group.Papers.Length > 1; p++)
            {
                yield return WithGroup(spec, g, group with { Papers = Without(group.Papers, p) });
            }
        }

        if (spec.Footer != FooterChoice.None)
        {
            yield return spec with { Footer = FooterChoice.None };
        }

        foreach (HeaderSpec header in ShrinkHeader(spec.Header))
        {
            yield return spec with { Header = header };
        }

        foreach (RenderStyle style in ShrinkStyle(spec.Style))
        {
            yield return spec with { Style = style };
        }

        for (int g = 0; g < spec.Groups.Length; g++)
        {
            GroupSpec group = spec.Groups[g];
            if (g > 0 && (group.NameStyle != 0 || group.ContinuesNumbering))
            {
                yield return WithGroup(spec, g, group with { NameStyle = 0, ContinuesNumbering = false });
            }

            for (int p = 0; p < group.Papers.Length; p++)
            {
                foreach (PaperSpec paper in ShrinkPaper(group.Papers[p]))
                {
                    yield return WithGroup(spec, g, group with { Papers = With(group.Papers, p, paper) });
                }
            }
        }
    }

    private static IEnumerable<HeaderSpec> ShrinkHeader(HeaderSpec header)
    {
        if (header.Date is not null)
        {
            yield return header with { Date = null };
        }

        if (header.Source is not null)
        {
            yield return header with { Source = null };
        }

        if (header.Title is not null)
        {
            yield return header with { Title = null };
        }

        if (header.Intro is not null)
        {
            yield return header with { Intro = null };
        }

        if (header.DateFormat != 0)
        {
            yield return header with { DateFormat = 0 };
        }
    }

    private static IEnumerable<RenderStyle> ShrinkStyle(RenderStyle style)
    {
        if (style.Numbering != NumberingChoice.DotTight)
        {
            yield return style with { Numbering = NumberingChoice.DotTight };
        }

        if (style.FullWidth)
        {
            yield return style with { FullWidth = false };
        }

        if (style.Crlf)
        {
            yield return style with { Crlf = false };
        }

        if (style.BlankLineBetweenPapers)
        {
            yield return style with { BlankLineBetweenPapers = false };
        }
    }

    private static IEnumerable<PaperSpec> ShrinkPaper(PaperSpec paper)
    {
        if (paper.Ad is not null)
        {
            yield return paper with { Ad = null };
        }

        if (paper.Lead is not null)
        {
            yield return paper with { Lead = null };
        }

        for (int i = 0; i < paper.Sections.Length; i++)
        {
            yield return paper with { Sections = Without(paper.Sections, i) };
        }

        for (int i = 0; i < paper.Arxiv.Length; i++)
        {
            yield return paper with { Arxiv = Without(paper.Arxiv, i) };
        }

        for (int i = 0; i < paper.Repositories.Length; i++)
        {
            yield return paper with { Repositories = Without(paper.Repositories, i) };
        }

        for (int i = 0; i < paper.Pages.Length; i++)
        {
            yield return paper with { Pages = Without(paper.Pages, i) };
        }

        for (int i = 0; i < paper.Affiliations.Length; i++)
        {
            yield return paper with { Affiliations = Without(paper.Affiliations, i) };
        }

        for (int i = 0; i < paper.ProseAffiliations.Length; i++)
        {
            yield return paper with { ProseAffiliations = Without(paper.ProseAffiliations, i) };
        }

        if (paper.English is not null && paper.Chinese is not null)
        {
            yield return paper with { English = null };
            yield return paper with { Chinese = null };
        }

        if (paper.ShortName is not null)
        {
            yield return paper with { ShortName = null };
        }

        if (paper.Layout != TitleLayout.EnglishFirst)
        {
            yield return paper with { Layout = TitleLayout.EnglishFirst };
        }

        if (paper.Separator != 0)
        {
            yield return paper with { Separator = 0 };
        }

        if (!paper.FieldsFirst)
        {
            yield return paper with { FieldsFirst = true };
        }

        for (int i = 0; i < paper.Sections.Length; i++)
        {
            SectionSpec section = paper.Sections[i];
            for (int f = 0; f < section.Formulas.Length; f++)
            {
                yield return paper with { Sections = With(paper.Sections, i, section with { Formulas = Without(section.Formulas, f) }) };
            }

            for (int s = 0; s < section.Sentences.Length && section.Sentences.Length > 1; s++)
            {
                yield return paper with { Sections = With(paper.Sections, i, section with { Sentences = Without(section.Sentences, s) }) };
            }

            if (section.Form != 0)
            {
                yield return paper with { Sections = With(paper.Sections, i, section with { Form = 0 }) };
            }
        }

        for (int i = 0; i < paper.Arxiv.Length; i++)
        {
            ArxivSpec arxiv = paper.Arxiv[i];
            if (arxiv.Form != 0 || arxiv.Version is not null || arxiv.Label != 0)
            {
                yield return paper with { Arxiv = With(paper.Arxiv, i, arxiv with { Form = 0, Version = null, Label = 0 }) };
            }
        }

        for (int i = 0; i < paper.Repositories.Length; i++)
        {
            RepositorySpec repository = paper.Repositories[i];
            if (repository.Form != 0 || repository.Label != 0)
            {
                yield return paper with { Repositories = With(paper.Repositories, i, repository with { Form = 0, Label = 0 }) };
            }
        }

        for (int i = 0; i < paper.Pages.Length; i++)
        {
            PageSpec page = paper.Pages[i];
            if (page.Form != 0 || page.Label != 0)
            {
                yield return paper with { Pages = With(paper.Pages, i, page with { Form = 0, Label = 0 }) };
            }
        }

        if (paper.Decoration != 0 || paper.Byline)
        {
            yield return paper with { Decoration = 0, Byline = false };
        }

        if (paper.EnglishProse)
        {
            yield return paper with { EnglishProse = false };
        }

        if (paper.Affiliations.Length > 0 && (paper.AffiliationLabel != 0 || paper.AffiliationSeparator != 0))
        {
            yield return paper with { AffiliationLabel = 0, AffiliationSeparator = 0 };
        }
    }

    private static DigestSpec WithGroup(DigestSpec spec, int index, GroupSpec group) => spec with { Groups = With(spec.Groups, index, group) };

    private static T[] Without<T>(T[] items, int index) => [.. items[..index], .. items[(index + 1)..]];

    private static T[] With<T>(T[] items, int index, T item)
    {
        T[] copy = [.. items];
        copy[index] = item;
        return copy;
    }
}
