namespace PaperDigest.Sections;

/// <summary>What a non-blank line of a digest is.</summary>
public enum BlockKind
{
    /// <summary>A line of the digest's header (date, sources, title, intro), before the first paper.</summary>
    Header,

    /// <summary>A heading that starts a named group of papers and may restart the numbering (<c>更多</c>).</summary>
    GroupHeading,

    /// <summary>A numbered heading that starts a paper entry (<c>1、Title</c>, <c>【2】Title</c>, <c>### 3. Title</c>).</summary>
    PaperHeading,

    /// <summary>A line of a paper that gives (more of) its title: a continuation, a translation, a <c>《…》</c> line.</summary>
    PaperTitle,

    /// <summary>A labelled field (<c>论文链接: …</c>, <c>Official Code:</c>, <c>单位丨…</c>).</summary>
    Field,

    /// <summary>A sub-section heading inside a paper (<c>动机:</c>, <c>实验结果</c>, a short heading line), possibly with inline text.</summary>
    SectionHeading,

    /// <summary>A line of a paper's prose; or, with <see cref="Block.Paper"/> -1, text under a group heading before its first entry.</summary>
    Paragraph,

    /// <summary>An advertisement or call to action (<c>扫码关注</c>, <c>点击上方…关注</c>, QR codes, group invitations).</summary>
    Ad,

    /// <summary>A line of the footer (<c>参考</c>, <c>文档信息</c>, <c>本文链接</c>, <c>往期推荐</c> and everything after it).</summary>
    Footer,
}
