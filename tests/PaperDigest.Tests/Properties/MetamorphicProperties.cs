using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PaperDigest.Model;
using PaperDigest.Tests.Properties.Generation;
using Xunit;

namespace PaperDigest.Tests.Properties;

/// <summary>
/// Metamorphic relations: changes real digests show that must not change the papers or their entities (compared
/// without spans, see <see cref="DigestShape"/>): full-width or ASCII punctuation in separators and numbering, CRLF or
/// LF, blank lines between blocks, an ad block between papers, a footer after the last paper. Generated digests
/// (<see cref="DigestSpec"/>) and the seeds. The number of tests comes from <see cref="PaperDigestPropertiesAttribute"/>
/// (<c>PAPERDIGEST_PROPERTY_MAXTEST</c> for nightly runs).
/// </summary>
[PaperDigestProperties(MaxTest = 150)]
public class MetamorphicProperties
{
    private static readonly string[][] AdBlocks =
    [
        ["扫描下方二维码,加入交流群"],
        ["扫描下方二维码,加入交流群", "长按识别二维码,添加微信"],
        ["点击上方蓝字关注我们", ""],
        ["欢迎关注我们的公众号", "商务合作请联系小编"],
    ];

    private static readonly string[][] Footers =
    [
        ["往期推荐", "大模型推理加速的十种方法", "一文读懂状态空间模型"],
        ["参考", "- 本文链接:https://bookstall.github.io/wiki/2023-05-02-paper-list/"],
        ["", "文档信息", "- 本文作者:Bookstall", "- 本文链接:https://example.com/post/1", "- 版权声明:自由转载-非商用"],
        ["Read more", "Permalink: https://example.github.io/digest/"],
    ];

    [Property]
    public Property Full_width_and_ascii_punctuation_give_the_same_papers(DigestSpec spec)
    {
        Digest ascii = Parse(DigestRenderer.Render(spec with { Style = spec.Style with { FullWidth = false } }).Text);
        Digest fullWidth = Parse(DigestRenderer.Render(spec with { Style = spec.Style with { FullWidth = true } }).Text);
        return Same(DigestShape.Papers(ascii, "numberText"), DigestShape.Papers(fullWidth, "numberText"))
            .And(Same(DigestShape.Header(ascii), DigestShape.Header(fullWidth)));
    }

    [Property]
    public Property Crlf_and_lf_give_the_same_digest(DigestSpec spec)
    {
        string text = DigestRenderer.Render(spec).Text;
        Digest lf = Parse(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        Digest crlf = Parse(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));
        return Same(DigestShape.Papers(lf), DigestShape.Papers(crlf))
            .And(Same(DigestShape.Header(lf), DigestShape.Header(crlf)))
            .And((lf.Footer?.Text == crlf.Footer?.Text).Label("footer text"));
    }

    [Property]
    public Property Blank_lines_between_blocks_change_nothing(DigestSpec spec, bool[] where)
    {
        RenderedDigest rendered = DigestRenderer.Render(spec);
        where = where is { Length: > 0 } ? where : [true];
        var lines = new List<string>();
        for (int i = 0; i < rendered.Lines.Count; i++)
        {
            if (rendered.Lines[i].BlankBeforeAllowed && where[i % where.Length])
            {
                lines.Add(string.Empty);
            }

            lines.Add(rendered.Lines[i].Text);
        }

        Digest original = Parse(rendered.Text), spaced = Parse(rendered.Join(lines));
        return Same(DigestShape.Papers(original), DigestShape.Papers(spaced)).And(Same(DigestShape.Header(original), DigestShape.Header(spaced)));
    }

    [Property]
    public Property An_ad_block_between_papers_changes_no_paper(DigestSpec spec, bool[] where, byte block)
    {
        RenderedDigest rendered = DigestRenderer.Render(spec);
        where = where is { Length: > 0 } ? where : [true];
        string[] ad = AdBlocks[block % AdBlocks.Length];
        var lines = new List<string>();
        for (int i = 0; i < rendered.Lines.Count; i++)
        {
            RenderedLine line = rendered.Lines[i];
            bool betweenPapers = line.Role switch
            {
                LineRole.Heading => line.Paper > 0,
                LineRole.GroupHeading => true,
                LineRole.Footer => rendered.Lines[i - 1].Role != LineRole.Footer,
                _ => false,
            };
            if (betweenPapers && where[i % where.Length])
            {
                lines.AddRange(ad);
            }

            lines.Add(line.Text);
        }

        Digest original = Parse(rendered.Text), withAds = Parse(rendered.Join(lines));
        return Same(DigestShape.Papers(original), DigestShape.Papers(withAds)).And(Same(DigestShape.Header(original), DigestShape.Header(withAds)));
    }

    [Property]
    public Property A_footer_changes_no_paper(DigestSpec spec, byte footer)
    {
        RenderedDigest rendered = DigestRenderer.Render(spec with { Footer = FooterChoice.None });
        string[] lines = Footers[footer % Footers.Length];
        Digest original = Parse(rendered.Text), withFooter = Parse(rendered.Text + rendered.Join(lines));
        return Same(DigestShape.Papers(original), DigestShape.Papers(withFooter))
            .And(Same(DigestShape.Header(original), DigestShape.Header(withFooter)))
            .And((withFooter.Footer is not null).Label("no footer"));
    }

    /// <summary>The seeds and, when present, the hand-checked digests of tests/Corpus (paths relative to the repository).</summary>
    public static TheoryData<string> RealDigests()
    {
        string corpus = Path.Combine(TestPaths.RepositoryRoot, "tests", "Corpus");
        IEnumerable<string> files = Directory.GetFiles(TestPaths.Seeds, "*.txt");
        if (Directory.Exists(corpus))
        {
            files = files.Concat(Directory.GetFiles(corpus).Where(f => (f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)) && !f.EndsWith("README.md", StringComparison.Ordinal)));
        }

        return [.. files.Select(f => Path.GetRelativePath(TestPaths.RepositoryRoot, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];
    }

    /// <summary>The same relations on real digests, placed with the help of the parse of the original.</summary>
    [Theory]
    [MemberData(nameof(RealDigests))]
    public void Real_digests_keep_their_papers_under_every_relation(string path)
    {
        string text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, path)).ReplaceLineEndings("\n");
        Digest original = Parse(text);
        string papers = DigestShape.Papers(original);
        Assert.NotEmpty(original.Papers);

        Assert.Equal(papers, DigestShape.Papers(Parse(text.Replace("\n", "\r\n", StringComparison.Ordinal))));

        // An ad block before every paper but the first (before the paragraph that holds its heading, so a category line
        // such as "自监督（2 篇）" stays with its paper), and a footer after the last one.
        var adPlaces = original.Papers.Zip(original.Papers.Skip(1), (previous, paper) => ParagraphStart(text, paper.HeadingSpan.Start, previous.HeadingSpan.End));
        string withAds = InsertBeforeLines(text, adPlaces, "扫描下方二维码,加入交流群\n长按识别二维码,添加微信\n\n");
        Assert.Equal(papers, DigestShape.Papers(Parse(withAds)));
        if (original.Footer is null)
        {
            Assert.Equal(papers, DigestShape.Papers(Parse(text.TrimEnd() + "\n往期推荐\n大模型推理加速的十种方法\n")));
        }

        // Blank lines before every field.
        string spaced = InsertBeforeLines(text, original.Papers.SelectMany(p => p.Fields).Select(f => f.Span.Start), "\n");
        Assert.Equal(papers, DigestShape.Papers(Parse(spaced)));

        // Field separators folded: ':' ↔ '：'.
        char[] chars = text.ToCharArray();
        foreach (Field field in original.Papers.SelectMany(p => p.Fields))
        {
            int label = text.IndexOf(field.Label, field.Span.Start, StringComparison.Ordinal);
            int separator = label + field.Label.Length;
            while (separator < field.Span.End && chars[separator] == ' ')
            {
                separator++;
            }

            chars[separator] = chars[separator] switch { ':' => '：', '：' => ':', char c => c };
        }

        Assert.Equal(papers, DigestShape.Papers(Parse(new string(chars))));
    }

    /// <summary>The start of the blank-line-separated paragraph that holds <paramref name="offset"/>, or the start of its
    /// line when that paragraph begins before <paramref name="notBefore"/>.</summary>
    private static int ParagraphStart(string text, int offset, int notBefore)
    {
        int line = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        int start = line;
        while (start > 1 && text[start - 1] == '\n' && text[start - 2] != '\n')
        {
            start = text.LastIndexOf('\n', start - 2) + 1;
        }

        return start > notBefore ? start : line;
    }

    private static string InsertBeforeLines(string text, IEnumerable<int> offsets, string insertion)
    {
        var builder = new System.Text.StringBuilder(text);
        foreach (int offset in offsets.Select(o => text.LastIndexOf('\n', Math.Max(0, o - 1)) + 1).Distinct().OrderDescending())
        {
            builder.Insert(offset, insertion);
        }

        return builder.ToString();
    }

    private static Digest Parse(string text) => DigestParser.Default.Parse(text);

    private static Property Same(string expected, string actual)
    {
        if (expected == actual)
        {
            return true.Label("same");
        }

        int at = 0;
        while (at < Math.Min(expected.Length, actual.Length) && expected[at] == actual[at])
        {
            at++;
        }

        int from = Math.Max(0, at - 120);
        return false.Label($"differs at {at}:{Environment.NewLine}  expected …{expected[from..Math.Min(expected.Length, at + 200)]}{Environment.NewLine}  actual   …{actual[from..Math.Min(actual.Length, at + 200)]}");
    }
}
