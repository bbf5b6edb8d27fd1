namespace PaperDigest.Sections;

/// <summary>How a paper heading writes its number.</summary>
internal enum NumberingStyle
{
    None,

    /// <summary><c>1.</c> or full-width <c>１．</c></summary>
    Dot,

    /// <summary><c>1、</c></summary>
    Comma,

    /// <summary><c>1)</c> or <c>1）</c></summary>
    Paren,

    /// <summary><c>(1)</c> or <c>（1）</c></summary>
    Enclosed,

    /// <summary><c>[1]</c></summary>
    Bracket,

    /// <summary><c>【1】</c></summary>
    Lenticular,

    /// <summary><c>①</c></summary>
    Circled,

    /// <summary><c>No.1</c></summary>
    No,

    /// <summary><c>#1</c></summary>
    Hash,

    /// <summary><c>01</c> followed by a space.</summary>
    Padded,

    /// <summary><c>Paper 1:</c></summary>
    PaperWord,
}
