namespace PaperDigest.Sections;

/// <summary>The keyword tables a normalized label or bare line belongs to; one key can be in several.</summary>
[Flags]
internal enum KeywordRoles : byte
{
    /// <summary>In no table.</summary>
    None = 0,

    /// <summary>A paper field label (<c>论文链接</c>, <c>Code</c>).</summary>
    Field = 1,

    /// <summary>A sub-section label (<c>摘要</c>, <c>实验结果</c>).</summary>
    Section = 2,

    /// <summary>A group heading that restarts the numbering (<c>更多</c>).</summary>
    GroupHeading = 4,

    /// <summary>A heading that starts the footer (<c>往期推荐</c>).</summary>
    FooterHeading = 8,

    /// <summary>A label that starts the footer (<c>作者</c>, <c>声明</c>).</summary>
    FooterStarter = 16,
}
