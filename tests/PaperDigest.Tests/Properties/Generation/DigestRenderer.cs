using System.Globalization;
using System.Text;
using PaperDigest.Model;
using PaperDigest.Sections;

namespace PaperDigest.Tests.Properties.Generation;

/// <summary>
/// Writes a <see cref="DigestSpec"/> in the conventions of real digests and says what parsing the text must give.
/// Deterministic: the spec holds every choice.
/// </summary>
public static class DigestRenderer
{
    private static readonly string[] AffiliationSeparators = ["、", ",", "，", "；", " & ", "; ", "和", " and "];

    public static RenderedDigest Render(DigestSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        RenderStyle style = spec.Style;
        var lines = new List<RenderedLine>();
        (string? title, DateTime? date, (string, string)[] sources) = RenderHeader(spec.Header, style, lines);
        var papers = new List<ExpectedPaper>();
        var groups = new List<string>();
        int paperIndex = 0;
        int number = 0;
        for (int g = 0; g < spec.Groups.Length; g++)
        {
            GroupSpec group = spec.Groups[g];
            string? groupName = g == 0 ? null : group.Name;
            if (groupName is not null)
            {
                AddBlock(lines, style, new RenderedLine(GroupLine(groupName, group.NameStyle, style), LineRole.GroupHeading, -1));
                groups.Add(groupName);
            }

            number = g > 0 && group.ContinuesNumbering ? number : 0;
            foreach (PaperSpec paper in group.Papers)
            {
                number++;
                papers.Add(RenderPaper(paper, number, groupName, paperIndex++, style, lines));
            }
        }

        RenderFooter(spec.Footer, style, lines);
        var expected = new ExpectedDigest(title, date, sources, [.. groups], [.. papers], spec.Footer != FooterChoice.None);
        return new RenderedDigest(lines, style.Crlf ? "\r\n" : "\n", expected);
    }

    /// <summary>The field separator: 0 colon, 1 colon and space, 2 <c>丨</c>, 3 <c> | </c>.</summary>
    public static string Separator(int choice, bool fullWidth) => (choice % 4) switch
    {
        0 => fullWidth ? "：" : ":",
        1 => fullWidth ? "：" : ": ",
        2 => "丨",
        _ => fullWidth ? " ｜ " : " | ",
    };

    public static string Colon(bool fullWidth) => fullWidth ? "：" : ":";

    public static string Marker(NumberingChoice numbering, int n, bool fullWidth, bool titleFollows)
    {
        string digits = n.ToString(CultureInfo.InvariantCulture);
        string dot = fullWidth ? "．" : ".";
        string marker = numbering switch
        {
            NumberingChoice.DotTight => (fullWidth ? FullWidthDigits(digits) : digits) + dot,
            NumberingChoice.Dot => (fullWidth ? FullWidthDigits(digits) : digits) + dot + " ",
            NumberingChoice.Comma => digits + "、",
            NumberingChoice.Lenticular => "【" + digits + "】",
            NumberingChoice.Circled => CircledNumber(n),
            NumberingChoice.No => "No" + dot + digits + " ",
            NumberingChoice.MarkdownDot => "### " + digits + dot + " ",
            NumberingChoice.Bold => "**" + digits + dot + "** ",
            NumberingChoice.Enclosed => fullWidth ? "（" + digits + "）" : "(" + digits + ") ",
            NumberingChoice.PaperWord => "Paper " + digits + Colon(fullWidth) + " ",
            NumberingChoice.Paren => digits + (fullWidth ? "）" : ") "),
            NumberingChoice.Bracket => "[" + digits + "] ",
            NumberingChoice.Hash => "#" + digits + " ",
            _ => n.ToString("00", CultureInfo.InvariantCulture) + " ",
        };
        return titleFollows ? marker : marker.TrimEnd();
    }

    /// <summary>
    /// ① to ⑳, then ㉑ to ㉟ and ㊱ to ㊿: Unicode's circled numbers are three separate runs. (⑴ is the
    /// parenthesized style, not a continuation, so continuing past ⑳ in the first run is wrong.)
    /// </summary>
    private static string CircledNumber(int n) => n switch
    {
        >= 1 and <= 20 => ((char)('\u2460' + n - 1)).ToString(),
        >= 21 and <= 35 => ((char)('\u3251' + n - 21)).ToString(),
        >= 36 and <= 50 => ((char)('\u32B1' + n - 36)).ToString(),
        _ => throw new ArgumentOutOfRangeException(nameof(n), n, "Unicode has circled numbers from 1 to 50 only."),
    };

    /// <summary>The layout actually written: one whose titles the paper has.</summary>
    public static TitleLayout EffectiveLayout(PaperSpec paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        bool en = paper.English is not null, zh = paper.Chinese is not null, shortName = paper.ShortName is not null;
        bool ok = paper.Layout switch
        {
            TitleLayout.EnglishFirst => en,
            TitleLayout.ChineseFirst => zh,
            TitleLayout.ShortNameThenTitle => shortName,
            TitleLayout.Bracketed or TitleLayout.TitleField => en && zh,
            _ => !shortName,
        };
        return ok ? paper.Layout : en ? TitleLayout.EnglishFirst : TitleLayout.ChineseFirst;
    }

    private static (string? Title, DateTime? Date, (string, string)[] Sources) RenderHeader(HeaderSpec header, RenderStyle style, List<RenderedLine> lines)
    {
        string colon = Colon(style.FullWidth);
        string? source = header.Source is { } s ? s.Label + colon + s.Name : null;
        bool titleOnDateLine = header.Date is not null && header.DateFormat != 0 && header.Title is not null;
        bool sourceOnDateLine = header.Date is not null && header.DateFormat == 0 && source is not null;
        if (header.Date is { } date)
        {
            string line = header.DateFormat switch
            {
                0 => date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + (sourceOnDateLine ? " | " + source : string.Empty),
                1 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (titleOnDateLine ? colon + header.Title : string.Empty),
                2 => date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture) + (titleOnDateLine ? " | " + header.Title : string.Empty),
                _ => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日") + (titleOnDateLine ? " | " + header.Title : string.Empty),
            };
            lines.Add(new RenderedLine(line, LineRole.Header, -1));
        }

        if (source is not null && !sourceOnDateLine)
        {
            lines.Add(new RenderedLine(source, LineRole.Header, -1));
        }

        if (header.Title is not null && !titleOnDateLine)
        {
            lines.Add(new RenderedLine(header.Title, LineRole.Header, -1));
        }

        if (header.Title is not null && header.Intro is not null)
        {
            lines.Add(new RenderedLine(header.Intro, LineRole.Header, -1));
        }

        DateTime? expectedDate = header.Date is { } d && header.DateFormat != 0 ? d.Date : header.Date;
        return (header.Title, expectedDate, header.Source is { } pair ? [pair] : []);
    }

    private static string GroupLine(string name, int nameStyle, RenderStyle style) => (nameStyle % 4) switch
    {
        0 => name,
        1 => "**" + name + "**",
        2 => name + Colon(style.FullWidth),
        _ => "## " + name,
    };

    private static ExpectedPaper RenderPaper(PaperSpec paper, int number, string? group, int index, RenderStyle style, List<RenderedLine> lines)
    {
        bool fw = style.FullWidth;
        string colon = Colon(fw);
        string sep = Separator(paper.Separator, fw);
        TitleLayout layout = EffectiveLayout(paper);
        string? s = paper.ShortName, en = paper.English, zh = paper.Chinese;
        string? englishHeading = en is null ? null : s is null ? en : s + ": " + en;
        string? chineseHeading = zh is null ? null : s is null ? zh : s + colon + zh;
        string? expectedTitle, expectedZh, expectedShort = s;
        var titleLines = new List<string>();
        var fields = new List<string>();
        string heading;
        switch (layout)
        {
            case TitleLayout.EnglishFirst:
                heading = englishHeading!;
                AddIfNotNull(titleLines, zh);
                (expectedTitle, expectedZh) = (englishHeading, zh);
                break;
            case TitleLayout.ChineseFirst:
                heading = chineseHeading!;
                AddIfNotNull(titleLines, en);
                (expectedTitle, expectedZh) = (en, zh);
                break;
            case TitleLayout.ShortNameThenTitle:
                heading = s + colon;
                titleLines.Add((zh ?? en)!);
                if (zh is not null && en is not null)
                {
                    titleLines.Add("《" + en + "》");
                }

                (expectedTitle, expectedZh) = (en, zh);
                break;
            case TitleLayout.Bracketed:
                heading = englishHeading!;
                titleLines.Add(zh!);
                titleLines.Add("《" + englishHeading + "》");
                (expectedTitle, expectedZh) = (englishHeading, zh);
                break;
            case TitleLayout.TitleField:
                heading = chineseHeading!;
                fields.Add(Vocabulary.TitleLabels[(paper.Separator + number) % Vocabulary.TitleLabels.Length] + sep + en);
                (expectedTitle, expectedZh) = (en, zh);
                break;
            default:
                heading = string.Empty;
                titleLines.Add((zh ?? en)!);
                if (zh is not null && en is not null)
                {
                    titleLines.Add("《" + en + "》");
                }

                (expectedTitle, expectedZh, expectedShort) = (en, zh, null);
                break;
        }

        var prose = new List<EntityLine>();
        var entityFields = new List<EntityLine>();
        foreach (ArxivSpec arxiv in paper.Arxiv)
        {
            string id = arxiv.Id + (arxiv.Version is { } v ? "v" + v.ToString(CultureInfo.InvariantCulture) : string.Empty);
            string label = Vocabulary.PaperLabels[arxiv.Label % Vocabulary.PaperLabels.Length];
            (arxiv.Form % 7 == 5 ? prose : entityFields).Add(new EntityLine((arxiv.Form % 7) switch
            {
                0 => label + sep + "https://arxiv.org/abs/" + id,
                1 => label + sep + "arXiv:" + id,
                2 => label + sep + "https://arxiv.org/pdf/" + id + ".pdf",
                3 => label + sep + "[arXiv](https://arxiv.org/abs/" + id + ")",
                4 => label + sep + id,
                5 => "论文见 arXiv:" + id + "。",
                _ => label + sep + "https://huggingface.co/papers/" + arxiv.Id,
            }, Arxiv: arxiv.Id));
        }

        foreach (RepositorySpec repository in paper.Repositories)
        {
            string path = repository.Owner + "/" + repository.Name;
            string label = Vocabulary.CodeLabels[repository.Label % Vocabulary.CodeLabels.Length];
            (repository.Form % 8 == 5 ? prose : entityFields).Add(new EntityLine((repository.Form % 8) switch
            {
                0 => label + sep + "https://github.com/" + path,
                1 => label + sep + "github.com/" + path,
                2 => label + sep + "[代码](https://github.com/" + path + ")",
                3 => label + sep + "https://github.com/" + path + "/tree/main",
                4 => label + sep + "https://github.com/" + path + ".git",
                5 => "代码已开源：[GitHub](https://github.com/" + path + ")。",
                6 => label + sep + "<https://github.com/" + path + ">",
                _ => label + sep + "https://github.com/" + path + "，欢迎 star",
            }, Repository: path));
        }

        foreach (PageSpec page in paper.Pages)
        {
            string host = page.User + ".github.io" + page.Path;
            string label = Vocabulary.PageLabels[page.Label % Vocabulary.PageLabels.Length];
            entityFields.Add(new EntityLine(label + sep + (page.Form % 4) switch
            {
                0 => "https://" + host,
                1 => "[项目主页](https://" + host + ")",
                2 => "http://" + host,
                _ => host,
            }, Page: page.NormalizedUrl));
        }

        fields.AddRange(entityFields.Select(f => f.Text));
        if (paper.Byline)
        {
            fields.Add((paper.Separator % 2 == 0 ? "作者" : "Authors") + sep + (paper.Separator % 2 == 0 ? "张三、李四、王五" : "Alice Smith, Bob Lee"));
            fields.Add((paper.Separator % 2 == 0 ? "会议" : "Venue") + sep + "NeurIPS 2024");
        }

        if (paper.Affiliations.Length > 0)
        {
            string separator = AffiliationSeparators[paper.AffiliationSeparator % AffiliationSeparators.Length];
            if (separator == " and " && paper.Affiliations.Any(a => LineSyntax.HasCjk(a.Alias)))
            {
                separator = "、";   // nobody writes "清华大学 and 北京大学"
            }

            fields.Add(Vocabulary.AffiliationLabels[paper.AffiliationLabel % Vocabulary.AffiliationLabels.Length] + sep
                + string.Join(separator, paper.Affiliations.Select(a => a.Alias)));
        }

        // A standalone Chinese label right after an English heading with no translation would read as the translation.
        bool titlePhaseOpen = layout == TitleLayout.EnglishFirst && zh is null && !(paper.FieldsFirst && fields.Count > 0);
        var body = new List<string>();
        if (paper.ProseAffiliations.Length > 0)
        {
            body.Add(AffiliationSentence(paper.ProseAffiliations.Select(a => a.Alias).ToArray(), paper.EnglishProse));
        }

        if (paper.Lead is not null)
        {
            body.Add(paper.Lead);
        }

        body.AddRange(prose.Select(p => p.Text));
        var formulas = new List<FormulaDelimiter>();
        foreach (SectionSpec section in paper.Sections)
        {
            string[] sentences = [.. section.Sentences, .. section.Formulas.Select(FormulaSentence)];
            formulas.AddRange(section.Formulas.Select(f => f.Delimiter));
            int form = section.Form % 3;
            if (form == 1 && titlePhaseOpen && body.Count == 0)
            {
                form = 0;
            }

            switch (form)
            {
                case 0:
                    body.Add(section.Label + colon + string.Concat(sentences));
                    break;
                case 1:
                    body.Add(section.Label);
                    body.AddRange(sentences);
                    break;
                default:
                    body.Add("**" + section.Label + "**" + colon + string.Concat(sentences));
                    break;
            }
        }

        AddBlock(lines, style, new RenderedLine(Marker(style.Numbering, number, fw, heading.Length > 0) + heading, LineRole.Heading, index));
        lines.AddRange(titleLines.Select(t => new RenderedLine(t, LineRole.TitleLine, index)));
        IEnumerable<RenderedLine> fieldLines = fields.Select(f => new RenderedLine(Decorate(f, paper.Decoration), LineRole.Field, index));
        IEnumerable<RenderedLine> bodyLines = body.Select(b => new RenderedLine(b, LineRole.Prose, index));
        lines.AddRange(paper.FieldsFirst ? fieldLines.Concat(bodyLines) : bodyLines.Concat(fieldLines));
        if (paper.Ad is not null)
        {
            lines.Add(new RenderedLine(paper.Ad, LineRole.Ad, index));
        }

        // Entities are found in text order.
        List<EntityLine> ordered = paper.FieldsFirst ? [.. entityFields, .. prose] : [.. prose, .. entityFields];
        return new ExpectedPaper(
            number,
            group,
            expectedTitle,
            expectedZh,
            expectedShort,
            [.. ordered.Select(l => l.Arxiv).OfType<string>()],
            [.. ordered.Select(l => l.Repository).OfType<string>().Select(r => (r[..r.IndexOf('/', StringComparison.Ordinal)], r[(r.IndexOf('/', StringComparison.Ordinal) + 1)..]))],
            [.. ordered.Select(l => l.Page).OfType<string>()],
            [.. (paper.FieldsFirst ? paper.Affiliations.Concat(paper.ProseAffiliations) : paper.ProseAffiliations.Concat(paper.Affiliations)).Select(a => a.Canonical).Distinct(StringComparer.Ordinal)],
            [.. formulas],
            [.. paper.Sections.Select(x => x.Label)]);
    }

    /// <summary><c>来自 X、Y和Z的研究团队提出了一种新方法。</c> or <c>Researchers from X, Y and Z propose a new method.</c></summary>
    private static string AffiliationSentence(string[] names, bool english)
    {
        string list = names.Length == 1
            ? names[0]
            : string.Join(english ? ", " : "、", names[..^1]) + (english ? " and " : "和") + names[^1];
        return english ? "Researchers from " + list + " propose a new method." : "来自" + list + "的研究团队提出了一种新方法。";
    }

    /// <summary>Decorates a field line: <c>- </c>, <c>📄 </c>, <c>■ </c>, a bold label or <c>&gt; </c>.</summary>
    private static string Decorate(string field, int decoration)
    {
        switch (decoration % 6)
        {
            case 1: return "- " + field;
            case 2: return "📄 " + field;
            case 3: return "■ " + field;
            case 5: return "> " + field;
            case 4:
                int separator = field.IndexOfAny([':', '：', '丨', '|', '｜']);
                int labelEnd = separator > 0 && field[separator - 1] == ' ' ? separator - 1 : separator;
                return "**" + field[..labelEnd] + "**" + field[labelEnd..];
            default: return field;
        }
    }

    private static string FormulaSentence(FormulaSpec formula)
    {
        string tex = formula.Tex;
        string written = formula.Delimiter switch
        {
            FormulaDelimiter.Parentheses => @"\(" + tex + @"\)",
            FormulaDelimiter.Brackets => @"\[" + tex + @"\]",
            FormulaDelimiter.Dollar => "$" + tex + "$",
            FormulaDelimiter.DoubleDollar => "$$" + tex + "$$",
            _ => @"\begin{equation} " + tex + @" \end{equation}",
        };
        return "其中目标写作 " + written + "。";
    }

    private static void RenderFooter(FooterChoice footer, RenderStyle style, List<RenderedLine> lines)
    {
        string colon = Colon(style.FullWidth);
        string[] footerLines = footer switch
        {
            FooterChoice.References =>
            [
                "参考", "文档信息", "- 本文作者" + colon + "Bookstall", "- 本文链接" + colon + "https://bookstall.github.io/wiki/2023-05-02-paper-list/",
                "- 版权声明" + colon + "自由转载-非商用-非衍生-保持署名(创意共享3.0许可证)",
            ],
            FooterChoice.Recommended => ["往期推荐", "大模型推理加速的十种方法", "一文读懂状态空间模型"],
            FooterChoice.ReadMore => ["Read more", "Permalink" + colon + " https://example.com/digest/2024-04-20"],
            _ => [],
        };
        for (int i = 0; i < footerLines.Length; i++)
        {
            var line = new RenderedLine(footerLines[i], LineRole.Footer, -1);
            if (i == 0)
            {
                AddBlock(lines, style, line);
            }
            else
            {
                lines.Add(line);
            }
        }
    }

    /// <summary>Adds a line that starts a block (paper, group, footer), after a blank line when the style asks for one.</summary>
    private static void AddBlock(List<RenderedLine> lines, RenderStyle style, RenderedLine line)
    {
        if (style.BlankLineBetweenPapers && lines.Count > 0)
        {
            lines.Add(new RenderedLine(string.Empty, LineRole.Blank, -1));
        }

        lines.Add(line);
    }

    private static void AddIfNotNull(List<string> list, string? value)
    {
        if (value is not null)
        {
            list.Add(value);
        }
    }

    private static string FullWidthDigits(string digits)
    {
        var builder = new StringBuilder(digits.Length);
        foreach (char c in digits)
        {
            builder.Append((char)(c - '0' + '０'));
        }

        return builder.ToString();
    }
}
