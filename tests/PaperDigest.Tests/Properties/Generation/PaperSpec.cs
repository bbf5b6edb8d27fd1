namespace PaperDigest.Tests.Properties.Generation;

/// <summary>
/// One paper of a generated digest: its titles (at least one of <see cref="English"/> and <see cref="Chinese"/>), an
/// optional short name, its entities and how its fields are written.
/// </summary>
/// <param name="ShortName">The name before the heading's colon (<c>Megalodon</c>), or null.</param>
/// <param name="English">The English title without the short name, or null.</param>
/// <param name="Chinese">The Chinese title without the short name, or null.</param>
/// <param name="Layout">How the titles are written.</param>
/// <param name="Arxiv">arXiv identifiers, distinct.</param>
/// <param name="Repositories">GitHub repositories, distinct.</param>
/// <param name="Pages">Project pages, distinct.</param>
/// <param name="Affiliations">Institutions of the 单位/Affiliations field, distinct.</param>
/// <param name="AffiliationLabel">Index into <see cref="Vocabulary.AffiliationLabels"/>.</param>
/// <param name="AffiliationSeparator">Index of the separator written between institutions.</param>
/// <param name="Lead">A paragraph before the sub-sections, or null.</param>
/// <param name="Sections">Labelled sub-sections.</param>
/// <param name="Separator">Field separator: 0 colon, 1 colon and space, 2 <c>丨</c>, 3 <c> | </c>.</param>
/// <param name="FieldsFirst">Fields right after the titles (else after the prose).</param>
/// <param name="Ad">An ad line written after the paper, or null.</param>
/// <param name="ProseAffiliations">Institutions named in a prose sentence (<c>来自 X、Y 和 Z 的研究团队…</c>).</param>
/// <param name="EnglishProse">The prose sentence in English (<c>Researchers from X and Y propose…</c>).</param>
/// <param name="Decoration">How field lines are decorated: 0 none, 1 <c>- </c>, 2 <c>📄 </c>, 3 <c>■ </c>, 4 bold label, 5 <c>&gt; </c>.</param>
/// <param name="Byline">Authors and venue fields (no entities in them), or not.</param>
public sealed record PaperSpec(
    string? ShortName,
    string? English,
    string? Chinese,
    TitleLayout Layout,
    ArxivSpec[] Arxiv,
    RepositorySpec[] Repositories,
    PageSpec[] Pages,
    AffiliationSpec[] Affiliations,
    int AffiliationLabel,
    int AffiliationSeparator,
    string? Lead,
    SectionSpec[] Sections,
    int Separator,
    bool FieldsFirst,
    string? Ad,
    AffiliationSpec[] ProseAffiliations,
    bool EnglishProse,
    int Decoration,
    bool Byline);
