namespace PaperDigest.Tests.Corpus;

/// <summary>The kinds of things the corpus accuracy report scores, in report order.</summary>
internal enum EntityKind
{
    /// <summary>Paper entries, matched by number and titles.</summary>
    Papers,

    /// <summary>arXiv identifiers (canonical, without version).</summary>
    ArxivIds,

    /// <summary>Code repositories (canonical URL, case-insensitive).</summary>
    Repositories,

    /// <summary>Project pages (host without <c>www.</c> and path; scheme and trailing slash ignored).</summary>
    ProjectPages,

    /// <summary>Affiliations (canonical name, or the written name when the canonical one is null).</summary>
    Affiliations,

    /// <summary>LaTeX formulas (TeX with white space collapsed; a multiset).</summary>
    Formulas,
}
