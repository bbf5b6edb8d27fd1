namespace PaperDigest.Tests.Properties.Generation;

/// <summary>How the renderer writes a paper's titles (each layout is one real digests use).</summary>
public enum TitleLayout
{
    /// <summary>English heading (<c>Short: Title</c>), the Chinese translation on the next line.</summary>
    EnglishFirst,

    /// <summary>Chinese heading (<c>Short:标题</c>), the English title on the next line.</summary>
    ChineseFirst,

    /// <summary><c>Short:</c> heading, the title on the next line; a second title as <c>《…》</c>.</summary>
    ShortNameThenTitle,

    /// <summary>English heading, Chinese line, then <c>《English》</c> (the Bookstall digests).</summary>
    Bracketed,

    /// <summary>Chinese heading and a <c>论文标题: English</c> field.</summary>
    TitleField,

    /// <summary>A bare number marker, the title on the next line.</summary>
    NumberAlone,
}
