using FsCheck;
using FsCheck.Fluent;
using PaperDigest.Model;
using PaperDigest.Sections;

namespace PaperDigest.Tests.Properties.Generation;

/// <summary>The generator of digest structures (see <see cref="DigestSpec"/>); <see cref="DigestSpecShrinker"/> shrinks them.</summary>
public static class DigestSpecGen
{
    private static readonly FormulaDelimiter[] Delimiters =
        [FormulaDelimiter.Parentheses, FormulaDelimiter.Brackets, FormulaDelimiter.Dollar, FormulaDelimiter.DoubleDollar, FormulaDelimiter.Environment];

    public static Gen<DigestSpec> Digest =>
        from header in Header
        from groupCount in Gen.Frequency((5, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Constant(3)))
        from groups in Group.ArrayOf(groupCount)
        from footer in Gen.Elements(Enum.GetValues<FooterChoice>())
        from style in Style
        select new DigestSpec(header, [.. groups.Select((g, i) => i == 0 ? g with { Name = null } : g)], footer, style);

    public static Gen<RenderStyle> Style =>
        from numbering in Gen.Elements(Enum.GetValues<NumberingChoice>())
        from fullWidth in Gen.Elements(false, true)
        from crlf in Gen.Elements(false, true)
        from blank in Gen.Elements(false, true)
        select new RenderStyle(numbering, fullWidth, crlf, blank);

    public static Gen<HeaderSpec> Header =>
        from date in Optional(Date, 3)
        from format in Gen.Choose(0, 3)
        from source in Optional(Gen.Elements(Vocabulary.Sources).Select(s => ((string, string)?)s), 2)
        from title in Optional(Gen.Elements(Vocabulary.DigestTitles), 2)
        from intro in Optional(Gen.Elements(Vocabulary.Intros), 1)
        select new HeaderSpec(date, format, source, title, intro);

    public static Gen<GroupSpec> Group =>
        from nameStyle in Gen.Choose(0, 3)
        from name in nameStyle == 3 ? Gen.Elements([.. Vocabulary.GroupNames, .. Vocabulary.MarkdownGroupNames]) : Gen.Elements(Vocabulary.GroupNames)
        from continues in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from count in Gen.Frequency((8, Gen.Choose(1, 4)), (1, Gen.Choose(9, 12)))
        from papers in Paper.ArrayOf(count)
        select new GroupSpec(name, nameStyle, continues, papers);

    public static Gen<PaperSpec> Paper =>
        from titles in Titles
        from layout in Gen.Elements(Enum.GetValues<TitleLayout>())
        from arxiv in Distinct(Arxiv, a => a.Id, 2)
        from repositories in Distinct(Repository, r => (r.Owner + "/" + r.Name).ToUpperInvariant(), 2)
        from pages in Distinct(Page, p => p.NormalizedUrl, 1)
        from affiliations in Distinct(Affiliation, a => a.Canonical, 3)
        from affiliationLabel in Gen.Choose(0, 99)
        from affiliationSeparator in Gen.Choose(0, 99)
        from lead in Optional(Sentence, 1)
        from sectionCount in Gen.Choose(0, 3)
        from sections in Section.ArrayOf(sectionCount)
        from separator in Gen.Choose(0, 3)
        from fieldsFirst in Gen.Elements(false, true)
        from ad in Gen.Frequency((4, Gen.Constant<string?>(null)), (1, Gen.Elements(Vocabulary.AdLines).Select(a => (string?)a)))
        from englishProse in Gen.Elements(false, true)
        from proseAffiliations in Gen.Frequency((2, Gen.Constant<AffiliationSpec[]>([])), (1, Distinct(englishProse ? LatinAffiliation : Affiliation, a => a.Canonical, 3)))
        from decoration in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 5)))
        from byline in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new PaperSpec(
            titles.Short, titles.English, titles.Chinese, layout, arxiv, repositories, pages, affiliations, affiliationLabel,
            affiliationSeparator, lead, sections, separator, fieldsFirst, ad, proseAffiliations, englishProse, decoration, byline);

    public static Gen<ArxivSpec> Arxiv =>
        from id in ArxivIdGen.Canonical
        from version in ArxivIdGen.Version
        from form in Gen.Choose(0, 6)
        from label in Gen.Choose(0, 99)
        select new ArxivSpec(id, version, form, label);

    public static Gen<RepositorySpec> Repository =>
        from owner in Gen.Elements(Vocabulary.Owners)
        from name in Gen.Elements(Vocabulary.RepositoryNames)
        from form in Gen.Choose(0, 7)
        from label in Gen.Choose(0, 99)
        select new RepositorySpec(owner, name, form, label);

    public static Gen<PageSpec> Page =>
        from user in Gen.Elements(Vocabulary.PageUsers)
        from path in Gen.Elements(Vocabulary.PagePaths)
        from form in Gen.Choose(0, 3)
        from label in Gen.Choose(0, 99)
        select new PageSpec(user, path, form, label);

    public static Gen<AffiliationSpec> Affiliation =>
        from institution in Gen.Elements(Vocabulary.Institutions.ToArray())
        from alias in Gen.Elements(institution.Aliases)
        select new AffiliationSpec(institution.Canonical, alias);

    /// <summary>An institution under a Latin name, for English prose (English sentences do not name institutions in Chinese).</summary>
    public static Gen<AffiliationSpec> LatinAffiliation =>
        from institution in Gen.Elements(Vocabulary.Institutions.ToArray())
        from alias in Gen.Elements(institution.Aliases.Where(a => !LineSyntax.HasCjk(a)).ToArray())
        select new AffiliationSpec(institution.Canonical, alias);

    public static Gen<SectionSpec> Section =>
        from label in Gen.Elements(Vocabulary.SectionLabels)
        from form in Gen.Choose(0, 2)
        from count in Gen.Choose(1, 2)
        from sentences in Sentence.ArrayOf(count)
        from formulaCount in Gen.Frequency((2, Gen.Constant(0)), (2, Gen.Constant(1)), (1, Gen.Constant(2)))
        from formulas in Formula.ArrayOf(formulaCount)
        select new SectionSpec(label, form, sentences, formulas);

    public static Gen<FormulaSpec> Formula =>
        from tex in Gen.Elements(Vocabulary.Tex)
        from delimiter in Gen.Elements(Delimiters)
        select new FormulaSpec(tex, delimiter);

    public static Gen<string> Sentence =>
        Gen.Frequency((3, Gen.Elements(Vocabulary.ChineseSentences)), (1, Gen.Elements(Vocabulary.EnglishSentences)));

    private static Gen<DateTime?> Date =>
        from year in Gen.Choose(2015, 2025)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        from hour in Gen.Choose(0, 23)
        from minute in Gen.Choose(0, 59)
        select (DateTime?)new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);

    private static Gen<(string? Short, string? English, string? Chinese)> Titles =>
        from shortName in Optional(Gen.Elements(Vocabulary.ShortNames), 1)
        from english in Gen.Choose(2, 7).SelectMany(n => Gen.Elements(Vocabulary.EnglishWords).ArrayOf(n)).Select(w => string.Join(' ', w))
        from chinese in Gen.Choose(2, 4).SelectMany(n => Gen.Elements(Vocabulary.ChinesePhrases).ArrayOf(n)).Select(string.Concat)
        from which in Gen.Choose(0, 2)
        from question in Gen.Frequency((5, Gen.Constant(string.Empty)), (1, Gen.Constant("?")))
        select (shortName, which == 1 ? null : Capitalize(english) + question, which == 0 ? null : chinese);

    private static Gen<T?> Optional<T>(Gen<T> gen, int weight)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (weight, gen.Select(x => (T?)x)));

    private static Gen<DateTime?> Optional(Gen<DateTime?> gen, int weight) =>
        Gen.Frequency((1, Gen.Constant<DateTime?>(null)), (weight, gen));

    private static Gen<(string, string)?> Optional(Gen<(string, string)?> gen, int weight) =>
        Gen.Frequency((1, Gen.Constant<(string, string)?>(null)), (weight, gen));

    private static Gen<T[]> Distinct<T, TKey>(Gen<T> gen, Func<T, TKey> key, int max) =>
        Gen.Choose(0, max).SelectMany(n => gen.ArrayOf(n)).Select(items => items.DistinctBy(key).ToArray());

    private static string Capitalize(string title) => char.ToUpperInvariant(title[0]) + title[1..];
}
