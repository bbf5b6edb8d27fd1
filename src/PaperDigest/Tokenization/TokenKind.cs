namespace PaperDigest.Tokenization;

/// <summary>The kind of a <see cref="Token"/>.</summary>
public enum TokenKind : byte
{
    /// <summary>One line break: CRLF, CR or LF.</summary>
    Newline,

    /// <summary>A run of white space other than line breaks: spaces, tabs, NBSP, the ideographic space, zero-width characters and BOM.</summary>
    Whitespace,

    /// <summary>A run of CJK characters (Han, kana, Hangul, including supplementary-plane Han).</summary>
    Cjk,

    /// <summary>A run of letters (any non-CJK script) and digits that starts with a letter, such as <c>GPT2</c>.</summary>
    Word,

    /// <summary>A run of decimal digits (ASCII or full-width), or one circled or other numeric character such as <c>①</c>.</summary>
    Number,

    /// <summary>One punctuation character, ASCII or full-width/CJK; <see cref="Token.AsciiFold"/> gives its ASCII equivalent.</summary>
    Punctuation,

    /// <summary>An <c>http://</c> or <c>https://</c> URL, without trailing sentence punctuation.</summary>
    Url,

    /// <summary>A LaTeX math delimiter: <c>\(</c> <c>\)</c> <c>\[</c> <c>\]</c> <c>$</c> <c>$$</c> <c>\begin{…}</c> <c>\end{…}</c>.</summary>
    MathDelimiter,

    /// <summary>A LaTeX command such as <c>\alpha</c>, or an escaped character such as <c>\$</c> or <c>\\</c>.</summary>
    Command,

    /// <summary>Anything else: symbols, emoji, control characters, lone surrogates.</summary>
    Symbol,
}
