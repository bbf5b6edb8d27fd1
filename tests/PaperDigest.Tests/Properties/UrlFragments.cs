using FsCheck;
using FsCheck.Fluent;

namespace PaperDigest.Tests.Properties;

/// <summary>
/// Generates <see cref="UrlText"/>: whole URLs (bare, scheme-less, <c>www.</c>, <c>*.github.io</c>, Markdown links and
/// images, autolinks, glued URLs) and the pieces URL scanning turns on (schemes and broken schemes, hosts, dots, colons,
/// slashes, brackets and parentheses, trailing punctuation, word characters) mixed with CJK, full-width punctuation,
/// emoji, white space and arbitrary code units.
/// </summary>
public static class UrlFragments
{
    private static readonly string[] Pieces =
    [
        // Schemes, broken schemes and the characters that trigger a look.
        "http://", "https://", "HTTP://", "hTtPs://", "ftp://", "mailto:", "://", ":/", ":", "//", "/", "http", "https", "Code",
        "http:", "https:/", ".", "..", "...", "-", "--", ".-", "-.", "[", "]", "(", ")", "<", ">", "](", "![", "[x](", "[代码](",
        "[a]", "<https://", "{", "}", "'", "\"", "`", "\\", "|", "@", "_", "~", "*", "!", "?", ",", ";", "#", "&", "=", "%41",
        // Hosts and host-like words.
        "github.com", "GitHub.com", "gitlab.com", "arxiv.org", "export.arxiv.org", "huggingface.co", "doi.org", "openreview.net",
        "www.", "WWW.", "www", "example.com", "x.github.io", "A-b.GitHub.IO", ".github.io", "github.io", "a.b", "a.b.c", "localhost",
        "127.0.0.1", "[::1]", "user@", "a@b.com", "mp.weixin.qq.com", "bücher.de", "e.g.", "i.e.", "2.31", "1.5B", "v1.2.3",
        "2404.08634", "a", "b", "x", "7", "io", "com", "org", "abs", "a/b", "/a/b", "?q=1", "#f", "/Foo_(bar)", ":8080",
        // Whole URLs in their written forms.
        "https://github.com/a/b", "http://arxiv.org/abs/2404.08634", "github.com/a/b", "www.example.com/path",
        "mmevol.github.io/", "[paper](https://arxiv.org/abs/2404.08634 \"The paper\")", "[c](github.com/a/b)",
        "[x](<https://a.com/y>)", "<https://arxiv.org/pdf/2402.15648.pdf>", "<github.com/a/b>", "![img](https://a.com/p.png)",
        "https://arxiv.org/abs/2404.08634https://github.com/a/b", "https://web.archive.org/web/2020/https://example.com/",
        "https://en.wikipedia.org/wiki/Foo_(bar)", "http://localhost:8080/demo", " 'title'", " (title)", " \"t",
        // Text around URLs.
        " ", "  ", "\t", "\n", "\r\n", "\u3000", "\u00A0", "\u200B", "\uFEFF", "中文", "论文链接:", "代码：", "。", "，", "：", "、",
        "（", "）", "【", "】", "《", "》", "“", "”", "—", "…", "😀", "\uD800", "«", "·",
    ];

    /// <summary>Gets the generator: mostly pieces, now and then printable ASCII or an arbitrary code unit.</summary>
    public static Gen<UrlText> Text { get; } =
        Gen.Frequency(
                (12, Gen.Elements(Pieces)),
                (2, Gen.Choose(0x21, 0x7E).Select(c => ((char)c).ToString())),
                (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())))
            .ArrayOf()
            .Select(pieces => new UrlText(string.Concat(pieces)));
}
