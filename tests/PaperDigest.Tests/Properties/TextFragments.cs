using FsCheck;
using FsCheck.Fluent;

namespace PaperDigest.Tests.Properties;

/// <summary>
/// Strings built from fragments that stress the tokenizer and parser: CJK, full-width punctuation, emoji and lone
/// surrogates, control characters, BOM, CR/LF mixes, URLs, math delimiters and numbering. Built from arrays of
/// fragments so that shrinking gives short counterexamples.
/// </summary>
public static class TextFragments
{
    private static readonly string[] Pieces =
    [
        "1.", "1、", "【1】", "①", "No.1", "### 2.", "2.31", "更多", "参考", "论文链接:", "URL：", "单位丨", "Official Code:",
        "https://arxiv.org/abs/2404.08634", "arXiv:2304.15004v2", "github.com/a/b", "http://", "[代码](https://github.com/x/y)",
        "\\(", "\\)", "\\[", "\\]", "$", "$$", "\\begin{align}", "\\end{align}", "{", "}", "\\$", "\\\\",
        "清华大学", "来自", "的研究团队", "，", "。", "：", "（", "）", "、", "《", "》", "\u3000", "\u00A0", "\u200B", "\uFEFF",
        "😀", "𠀀", "\uD800", "\uDC00", "\0", "\u0001", "\r", "\n", "\r\n", "\t", " ", "a", "Title", "0", "9",
    ];

    public static Arbitrary<string> Text() =>
        Gen.Elements(Pieces).ArrayOf().Select(string.Concat).ToArbitrary();

    public static Arbitrary<string> AnyText() =>
        Gen.OneOf(
                Gen.Elements(Pieces).ArrayOf().Select(string.Concat),
                ArbMap.Default.GeneratorFor<char>().ArrayOf().Select(chars => new string(chars)))
            .ToArbitrary();
}
