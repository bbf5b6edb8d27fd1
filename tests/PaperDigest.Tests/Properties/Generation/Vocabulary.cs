using PaperDigest.Extraction;
using PaperDigest.Extraction.Affiliations;

namespace PaperDigest.Tests.Properties.Generation;

/// <summary>
/// The words, phrases, labels and names the digest generator draws from: what real digests write. Titles and prose are
/// neutral (no institution, URL, arXiv ID, ad phrase or keyword in them), which <see cref="GeneratorTests"/> checks, so
/// every entity in a rendered digest is one the generator put there on purpose.
/// </summary>
public static class Vocabulary
{
    public static readonly string[] EnglishWords =
    [
        "Efficient", "Scalable", "Long-Context", "Language", "Models", "Reasoning", "with", "for", "via", "Diffusion",
        "Vision", "Alignment", "Retrieval", "Agents", "Learning", "Sparse", "Attention", "Benchmark", "Multimodal",
        "Instruction", "Tuning", "Video", "Generation", "Robust", "Towards", "Self-Supervised", "Preference",
        "Optimization", "Emergent", "Abilities", "of", "Large", "Transformers", "Are", "Mirage", "Residual", "Dual",
        "Connections", "Parameter-Efficient", "Visual", "Speculative", "Decoding", "Lossless", "Acceleration",
    ];

    public static readonly string[] ChinesePhrases =
    [
        "高效", "长上下文", "大语言模型", "推理", "多模态", "视觉", "对齐", "检索增强", "生成", "扩散模型", "智能体", "基准",
        "评测", "框架", "训练", "微调", "稀疏注意力", "偏好优化", "涌现能力", "双残差连接", "无损加速", "长序列", "指令跟随", "视频理解",
        "替代 Transformer？", "一文读懂状态空间模型（SSM）", "“文本到歌曲合成”",
    ];

    public static readonly string[] ShortNames =
    [
        "Megalodon", "MoA", "ResiDual", "TriForce", "Inheritune", "PMC-LLaMA", "Melodist", "LLaMA-Adapter V2", "FlashSpec", "Hydra",
        "T5Gemma", "V2X-Radar", "Qwen2-VL", "R1-Searcher",
    ];

    public static readonly string[] ChineseSentences =
    [
        "本文提出了一种简单而有效的训练方法。",
        "实验表明该方法在多个基准上显著优于基线。",
        "作者还分析了模型规模对性能的影响。",
        "该框架无需额外的标注数据。",
        "这一设计在推理时几乎不增加计算开销。",
        "消融实验验证了每个模块的作用。",
    ];

    public static readonly string[] EnglishSentences =
    [
        "We propose a simple method that scales to long inputs.",
        "Experiments show consistent gains on five benchmarks.",
        "The approach needs no extra labels.",
        "Ablations confirm that every component matters.",
    ];

    /// <summary>Sub-section labels (inline <c>动机:</c> or standalone <c>实验结果</c>).</summary>
    public static readonly string[] SectionLabels = ["动机", "方法", "优势", "实验结果", "结论", "摘要", "简介", "Motivation", "Method", "Results", "TL;DR"];

    public static readonly string[] PaperLabels = ["论文链接", "论文地址", "URL", "Paper", "论文", "arXiv", "原文链接", "PDF", "论文下载"];

    public static readonly string[] CodeLabels = ["代码", "代码地址", "GitHub 地址", "GitHub", "Official Code", "Code", "源码", "开源代码", "项目代码"];

    public static readonly string[] PageLabels = ["项目地址", "项目主页", "Project Page", "Homepage", "主页", "Demo", "Website"];

    public static readonly string[] AffiliationLabels = ["单位", "机构", "作者单位", "研究机构", "Affiliations", "Affiliation", "Institutions"];

    public static readonly string[] TitleLabels = ["论文标题", "Title", "标题"];

    public static readonly string[] GroupNames = ["更多", "更多论文", "其他论文", "More papers", "Other papers", "Honorable mentions"];

    /// <summary>Names that only a Markdown heading makes a group (<c>## 多模态</c>).</summary>
    public static readonly string[] MarkdownGroupNames = ["多模态", "Agents", "Efficient inference"];

    public static readonly string[] DigestTitles = ["论文速递", "每日论文精选", "AI 前沿论文周报", "Weekly AI Papers", "大模型前沿研究"];

    public static readonly (string Label, string Name)[] Sources =
        [("出处", "AI之势"), ("文章来源", "学术头条"), ("来源", "机器之心"), ("Source", "PaperWeekly"), ("公众号", "新智元")];

    public static readonly string[] Intros = ["本周值得关注的大模型 / AIGC 前沿研究:", "以下是今天的精选论文。"];

    public static readonly string[] AdLines =
    [
        "扫描下方二维码,加入交流群", "点击阅读原文,查看更多内容", "欢迎关注我们的公众号", "长按识别二维码,添加微信", "商务合作请联系小编",
    ];

    public static readonly string[] Owners =
    [
        "sanyalsunny111", "XuezheMax", "Infini-AI-Lab", "ZrrSkywalker", "chaoyi-wu", "ylsung", "open-mmlab", "hpcaitech", "lm-sys", "Event-AHU",
    ];

    public static readonly string[] RepositoryNames =
    [
        "LLM-Inheritune", "megalodon", "TriForce", "LLaMA-Adapter", "pmc-llama", "vl-merging", "ResiDual", "Mamba_State_Space_Model_Paper_List", "moa.cpp", "FastChat",
    ];

    public static readonly string[] PageUsers = ["text2songmelodist", "moa-project", "megalodon-lm", "residual-paper", "flashspec"];

    public static readonly string[] PagePaths = ["/Sample/", "/", "/project/", "/demo", "/v2/index.html"];

    /// <summary>TeX bodies of formulas (start with a letter or backslash, so <c>$…$</c> is never currency).</summary>
    public static readonly string[] Tex =
    [
        "x^2", @"\alpha + \beta", @"\frac{1}{2}", @"\sum_{i=1}^{N} x_i", "E = mc^2", @"\mathcal{L}_{KL}", @"p(y \mid x)",
        @"\left( a + b \right)", @"y = LN(\boldsymbol{x}_{N+1}^a)",
    ];

    /// <summary>Gazetteer institutions with an alias each: (canonical name, alias as written).</summary>
    public static IReadOnlyList<(string Canonical, string[] Aliases)> Institutions => InstitutionList.Value;

    private static readonly Lazy<IReadOnlyList<(string Canonical, string[] Aliases)>> InstitutionList = new(() =>
        Gazetteer.Default.Entries
            .Select(e => (e.CanonicalName, (string[])[e.CanonicalName, .. e.Aliases]))
            .ToArray());

    /// <summary>Every phrase the generator writes as prose or title text, for the neutrality check.</summary>
    public static IEnumerable<string> NeutralTexts =>
        EnglishWords.Concat(ChinesePhrases).Concat(ShortNames).Concat(ChineseSentences).Concat(EnglishSentences)
            .Concat(DigestTitles).Concat(Intros).Concat(Tex);

    internal static GazetteerEntry? Lookup(string name) =>
        Gazetteer.Default.TryLookup(name, out GazetteerEntry? entry) ? entry : null;
}
