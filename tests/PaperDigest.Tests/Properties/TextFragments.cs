using FsCheck;
using FsCheck.Fluent;

namespace PaperDigest.Tests.Properties;

/// <summary>
/// Strings built from fragments that stress the tokenizer and parser: CJK, full-width punctuation, emoji and lone
/// surrogates, control characters, BOM, CR/LF mixes, URLs, arXiv IDs, math delimiters, numbering, labels, keywords,
/// plus arbitrary UTF-16 code units. Registered through <see cref="Arbitraries"/>, with <see cref="StringShrinker"/>
/// so that counterexamples shrink to a few characters.
/// </summary>
public static class TextFragments
{
    private static readonly string[] Pieces =
    [
        "1.", "1、", "【1】", "①", "②", "No.1", "### 2.", "**1.**", "(1)", "Paper 1:", "#1", "01 ", "１．", "2.31", "1.5B",
        "更多", "## More papers", "参考", "往期推荐", "文档信息", "- 本文链接:", "本文作者:", "扫描下方二维码", "交流群",
        "论文链接:", "URL：", "单位丨", "Official Code:", "代码 | ", "Affiliations:", "论文标题:", "动机:", "实验结果", "TL;DR:",
        "https://arxiv.org/abs/2404.08634", "arXiv:2304.15004v2", "arxiv.org/pdf/", "hep-th/9901001", "math.GT/0309136v2",
        "huggingface.co/papers/", "alphaxiv.org/abs/", "2404.08634", "github.com/a/b", "https://github.com/Owner/Repo/tree/main",
        "gitlab.com/g/s/p", "x.github.io/p/", "http://", "https://", "www.", "[代码](https://github.com/x/y)", "[", "](", ")", "<", ">",
        "\\(", "\\)", "\\[", "\\]", "$", "$$", "\\begin{align}", "\\end{align}", "\\begin{equation}", "\\left(", "\\right)", "{", "}",
        "\\$", "\\\\", "%41", "./", "../",
        "清华大学", "Stanford University", "MIT", "来自", "的研究团队", "researchers from ", "和", " and ", "、", "，", "。", "：", "；",
        "（", "）", "《", "》", "|", "｜", "丨", ":", "**", "- ", "> ", "2024-04-20 10:39", "2024年4月20日",
        "\u3000", "\u00A0", "\u200B", "\uFEFF", "\u200D", "\uFE0F", "😀", "📄", "𠀀", "\uD800", "\uDC00", "\0", "\u0001", "\u001B",
        "\u0085", "\u2028", "\r", "\n", "\r\n", "\n\n", "\t", " ", "a", "Title", "标题", "0", "9",
    ];

    /// <summary>Fragments, with now and then an arbitrary UTF-16 code unit (lone surrogates included).</summary>
    public static Gen<string> Text { get; } =
        Gen.Frequency(
                (8, Gen.Elements(Pieces)),
                (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())))
            .ArrayOf()
            .Select(string.Concat);
}
