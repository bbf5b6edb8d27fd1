namespace PaperDigest.Tests.Properties.Generation;

/// <summary>How the renderer numbers paper headings: every convention real digests use.</summary>
public enum NumberingChoice
{
    /// <summary><c>1.Title</c> (no space, as in the AI之势 digests).</summary>
    DotTight,

    /// <summary><c>1. Title</c></summary>
    Dot,

    /// <summary><c>1、Title</c></summary>
    Comma,

    /// <summary><c>【1】Title</c></summary>
    Lenticular,

    /// <summary><c>①Title</c></summary>
    Circled,

    /// <summary><c>No.1 Title</c></summary>
    No,

    /// <summary><c>### 1. Title</c></summary>
    MarkdownDot,

    /// <summary><c>**1.** Title</c></summary>
    Bold,

    /// <summary><c>(1) Title</c></summary>
    Enclosed,

    /// <summary><c>Paper 1: Title</c></summary>
    PaperWord,

    /// <summary><c>1) Title</c></summary>
    Paren,

    /// <summary><c>[1] Title</c></summary>
    Bracket,

    /// <summary><c>#1 Title</c></summary>
    Hash,

    /// <summary><c>01 Title</c></summary>
    Padded,
}
