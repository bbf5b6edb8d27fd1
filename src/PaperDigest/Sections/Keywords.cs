using PaperDigest.Model;

namespace PaperDigest.Sections;

/// <summary>The built-in keyword data of the section detector. Field labels can be extended through the options.</summary>
internal static class Keywords
{
    /// <summary>Field labels and their meaning, Chinese and English, as real digests write them.</summary>
    public static readonly LabelTable<FieldKind> FieldLabels = new(Pairs(
        (FieldKind.Paper, ["论文链接", "论文地址", "论文", "原文链接", "原文地址", "论文原文", "文章链接", "论文下载", "论文网址", "论文主页", "链接", "PDF", "URL", "Paper", "Papers", "Paper link", "arXiv", "arXiv 链接", "arXiv 地址", "Link", "Links", "abs", "url_abs", "url_pdf"]),
        (FieldKind.Code, ["代码", "代码地址", "代码链接", "代码仓库", "源码", "源码链接", "源码地址", "开源代码", "开源地址", "开源链接", "项目代码", "GitHub", "GitHub 地址", "GitHub 链接", "GitHub 项目", "GitHub 仓库", "Code", "Codes", "Official Code", "Source code", "Repo", "Repository", "仓库"]),
        (FieldKind.ProjectPage, ["项目地址", "项目主页", "项目页面", "项目网站", "项目链接", "项目页", "主页", "Project", "Project Page", "Project page", "Homepage", "Home page", "Website", "Demo", "Demo 地址", "演示"]),
        (FieldKind.Affiliation, ["单位", "机构", "作者单位", "研究机构", "所属机构", "机构单位", "Affiliation", "Affiliations", "Institution", "Institutions", "Organization", "Organizations", "Organisation"]),
        (FieldKind.Authors, ["作者", "作者团队", "论文作者", "Authors", "Author", "By"]),
        (FieldKind.Title, ["论文标题", "论文题目", "论文名称", "标题", "题目", "Title"]),
        (FieldKind.Source, ["出处", "来源", "文章来源", "转载自", "Source", "From", "Via", "公众号"]),
        (FieldKind.Venue, ["会议", "期刊", "发表", "收录", "Venue", "Conference", "Published", "Journal"]),
        (FieldKind.Dataset, ["数据集", "数据集地址", "数据集链接", "Dataset", "Datasets", "Data"]),
        (FieldKind.Other, ["编辑", "研究方向", "关键词", "Keywords", "Subjects", "Comments", "解读", "视频", "Video", "Tweet", "推文", "评分", "Score", "个人主页", "Published Date", "模型", "模型地址", "模型权重", "权重", "Model", "Models", "Weights", "Checkpoint", "Checkpoints"])));

    /// <summary>Labels that head a paper's sub-sections.</summary>
    public static readonly LabelTable<bool> SectionLabels = new(Pairs((true, [
        "动机", "方法", "优势", "实验结果", "实验", "结果", "前言", "摘要", "简介", "介绍", "背景", "研究背景", "结论", "贡献", "主要贡献",
        "核心贡献", "总结", "局限", "局限性", "问题", "方案", "亮点", "创新点", "核心思想", "主要内容", "研究方法", "研究内容", "评估", "讨论",
        "引言", "概述", "导读", "一句话总结", "要点", "核心观点", "关键发现", "Abstract", "Summary", "Motivation", "Method", "Methods",
        "Approach", "Results", "Experiments", "Conclusion", "Conclusions", "Contributions", "Key Contribution", "Key Contributions",
        "Highlights", "TL;DR", "TLDR", "Background", "Overview", "Limitations", "Introduction", "Why it matters", "Key findings", "Key idea",
    ])));

    /// <summary>Whole-line headings that start a new group of papers.</summary>
    public static readonly LabelTable<bool> GroupHeadings = new(Pairs((true, [
        "更多", "更多论文", "更多推荐", "更多精选", "更多论文推荐", "其他论文", "其它论文", "其他", "其它", "其他值得关注的论文", "其他推荐",
        "精选论文", "论文推荐", "延伸论文", "More", "More papers", "Other papers", "Other notable papers", "Also notable", "Honorable mentions",
        "Honourable mentions", "Further reading",
    ])));

    /// <summary>Lines that start the footer when they stand alone (after an optional bullet and colon).</summary>
    public static readonly LabelTable<bool> FooterHeadings = new(Pairs((true, [
        "参考", "参考文献", "参考资料", "参考链接", "References", "Reference", "文档信息", "推荐阅读", "往期回顾", "往期推荐", "往期精彩", "往期文章",
        "猜你喜欢", "文章推荐", "相关阅读", "延伸阅读", "精彩推荐", "历史文章", "Related posts", "Read more", "Previous issues",
        // News and announcements after the papers are not part of the last paper.
        "其他新闻", "行业动态", "业界动态", "新闻速递", "资讯速递", "In other news", "Other news", "More news", "In the news",
        "Also this week", "Elsewhere",
    ])));

    /// <summary>Labels of footer fields (<c>本文作者: …</c>); one of them starts the footer.</summary>
    public static readonly LabelTable<FooterField> FooterFields = new([
        new("本文作者", FooterField.Author), new("文章作者", FooterField.Author), new("作者", FooterField.Author),
        new("本文链接", FooterField.Link), new("文章链接", FooterField.Link), new("原文链接", FooterField.Link), new("Permalink", FooterField.Link),
        new("版权声明", FooterField.License), new("版权", FooterField.License), new("License", FooterField.License), new("Copyright", FooterField.License),
        new("转载声明", FooterField.License),
    ]);

    /// <summary>Footer field labels that start the footer wherever they appear after the first paper.</summary>
    public static readonly LabelTable<bool> FooterStarters = new(Pairs((true, [
        "本文作者", "文章作者", "本文链接", "版权声明", "转载声明", "Permalink",
    ])));

    /// <summary>Phrases that mark advertisement and call-to-action lines.</summary>
    public static readonly string[] AdPhrases =
    [
        "扫码关注", "扫描下方二维码", "扫描二维码", "扫码加入", "扫码添加", "长按识别", "长按二维码", "识别二维码", "二维码", "点击阅读原文", "阅读原文",
        "点击上方", "点击下方", "点击蓝字", "点擊藍字", "關注", "关注我们", "欢迎关注", "关注公众号", "点个在看", "点个赞", "点赞", "在看", "后台回复",
        "交流群", "知识星球", "加入星球", "商务合作", "添加微信", "加微信", "QQ群", "微信群", "投稿", "Subscribe", "Sponsored", "sponsor",
    ];

    private static IEnumerable<KeyValuePair<string, TValue>> Pairs<TValue>(params (TValue Value, string[] Labels)[] groups) =>
        groups.SelectMany(group => group.Labels.Select(label => new KeyValuePair<string, TValue>(label, group.Value)));
}
