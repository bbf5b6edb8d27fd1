using System.Text;
using PaperDigest.Extraction.Affiliations;
using Xunit;

namespace PaperDigest.Tests.Extraction.Affiliations;

public sealed class AffiliationScannerTests
{
    private const int OneMegabyte = 1 << 20;

    // The paper paragraphs of seeds/000_004e18867ddb9edf.txt (paper 5 with its two-line heading; paper 10 with its links).
    private static readonly Dictionary<int, string> SeedPapers = new()
    {
        [1] = "德州大学奥斯汀分校团队研究了一种基于现有大型基础语言模型开发小型基础语言模型的简单方法的有效性:首先从大型语言模型中继承几个 transformer 块,然后在大型模型的原始预训练数据的极小子集(0.1%)上训练这个较小的模型。\n他们将这一简单方法称为 Inheritune,并首次演示了如何使用 1B token(以及具有 3B 参数的大型语言模型的起始几层)构建具有 1.5B 参数的小型基础语言模型;他们使用单张 A6000 GPU 完成了这一工作,耗时不到半天。\n在 9 个不同的评估数据集以及 MMLU 基准测试中,所得到的模型与公开的 1B-2B 大小的基础模型相比性能相当,其中一些模型使用了 50-1000 倍的 token 进行训练。\n他们在一个略有不同的环境中研究了 Inheritune,即利用较大的语言模型及其完整的预训练数据集来训练较小的语言模型。他们展示了利用 GPT2-medium(3.55 亿)和 GPT2-large(7.7 亿)的部分层训练的较小语言模型,在具有 9B token 的 OpenWebText 数据集上从头开始训练时,在相同的训练步骤数下,可以有效地与较大语言模型的估值损失相媲美。",
        [2] = "Transformers 的二次方复杂性和较弱的长度外推能力限制了其扩展至长序列的能力,虽然存在线性注意和状态空间模型等二次方以下的解决方案,但根据经验,它们在预训练效率和下游任务准确性方面都不如 Transformers。\n来自 Meta、南加州大学、卡内基梅隆大学和加州大学圣地亚哥分校的研究团队提出了一种用于高效序列建模、上下文长度不受限制的神经架构 Megalodon。\nMegalodon 继承了 Mega 架构,并进一步引入了多种技术组件来提高其能力和稳定性,包括复杂指数移动平均线(CEMA)、时间步归一化层、归一化注意力机制和带双跳残差配置的 pre-norm。\n在与 Llama2 的可控正面对照比较中,Megalodon 在 70 亿参数和 2 万亿训练 Tokens 的规模上取得了比 transformer 更好的效率。Megalodon 的训练损失为 1.70,在 Llama2-7B (1.75) 和 13B (1.67) 之间。",
        [3] = "歌曲是歌声和伴奏的结合,然而,现有的工作主要集中在歌唱声音合成和音乐生成上,很少有人关注歌曲合成。\n浙江大学研究团队提出了一项名为“文本到歌曲合成”(text-to-song synthesis)的新任务,其中包含人声和伴奏的生成,他们开发的 Melodist 是一种两阶段文本到歌曲方法,包括歌唱语音合成 (SVS)和人声到伴奏合成 (V2A)。Melodist 利用三塔对比预训练来学习更有效的文本表示,用于可控的 V2A 合成。\n为了缓解数据的稀缺性问题,他们构建了一个从音乐网站中挖掘出的中文歌曲数据集。在他们的数据集上的评估结果表明,Melodist 可以合成具有相当质量和风格一致性的歌曲。",
        [4] = "近来,状态空间模型(State Space Model,SSM)作为一种可能替代基于自注意力的 Transformer 的方法,受到了越来越多的关注。在这项工作中,来自安徽大学、哈尔滨工业大学和北京大学的研究团队,首先对这些工作进行了全面的综述,并进行了实验比较和分析,从而更好地展示 SSM 的特点和优势。\n具体而言,他们首先对 SSM 的原理进行了详细描述,从而帮助读者快速捕捉 SSM 的主要思想;然后,对现有的 SSM 及其各种应用进行综述,包括自然语言处理、计算机视觉、图、多模态多媒体、点云/事件流、时间序列数据等领域。\n此外,他们还对这些模型进行了统计上的比较和分析,希望能帮助读者了解不同结构在各种任务上的有效性。\n最后,他们提出了该方向可能的研究方向,从而更好地推动 SSM 理论模型和应用的发展。",
        [5] = "5.谷歌推出新型 Transformer 架构:\n反馈注意力就是工作记忆\n虽然 Transformer 给深度学习带来了革命性的变化,但二次注意力复杂性阻碍了其处理无限长输入的能力。\n谷歌研究团队提出了一种新型 Transformer 架构“反馈注意力记忆”(Feedback Attention Memory,FAM),其利用反馈环路使网络能够关注自身的潜在表征。这种设计促进了 Transformer 工作记忆的出现,使其能够处理无限长的序列。TransformerFAM 不需要额外的权重,因此可以与预训练模型无缝集成。\n实验表明,TransformerFAM 显著提高了 Transformer 在各种模型大小(1B、8B 和 24B)的长上下文任务中的性能。",
        [6] = "来自马萨诸塞大学阿默斯特分校、清华大学和北京大学的研究团队及其合作者,探讨了具身多智能体合作问题,在这种情况下,去中心化智能体必须在只有部分自我中心世界观的情况下进行合作。\n为了在这种情况下有效地制定计划,与在单个智能体场景中学习世界动态不同,他们必须在仅对世界进行部分自我中心视觉观察的情况下,模拟以任意数量智能体的行动为条件的世界动态。\n为了解决部分可观测性这一问题,他们首先训练生成模型,以便在部分自我中心观测条件下估计整体世界状态。为了能够在此世界状态下精确模拟多组行动,他们建议通过对多个智能体的自然可组合联合行动进行因式分解并组合生成视频,从而学习多智能体合作的组合世界模型。利用这种组合世界模型,结合视觉语言模型来推断其他智能体的行动,就可以使用树状搜索程序来整合这些模块,促进在线合作规划。\n为了评估这一方法的有效性,他们使用 ThreeDWorld 模拟器创建了两个具有挑战性的多智能体长视野合作任务,并用 2-4 个智能体进行了实验。结果表明,他们的合成世界模型是有效的,而且该框架能使智能体在各种任务和任意数量的智能体中与不同智能体进行高效合作。",
        [7] = "Snap 研究团队提出了一种新的架构——注意力混合(MoA),用于文本到图像扩散模型个性化。受大型语言模型(LLMs)中使用的专家混合机制(Mixture-of-Experts mechanism)的启发,MoA 在两个注意力路径之间分配生成工作量:个性化分支和非个性化先验分支。\nMoA 的设计目的是通过将注意力层固定在先验分支中来保留原始模型的先验性,同时通过个性化分支尽量减少对生成过程的干预,该分支学会将主题嵌入到先验分支生成的布局和上下文中。一种新颖的路由机制可以管理各层像素在这些分支中的分布,从而优化个性化和通用内容创建的融合。\n经过训练后,MoA 就能帮助创建高质量的个性化图像,这些图像包含多个主体,其构图和交互方式与原始模型生成的图像一样多样化。重要的是,MoA 增强了模型原有能力与新增强的个性化干预之间的区别,从而提供了一种以前无法实现的更加独立的主体—语境控制。",
        [8] = "目前,大型语言模型(LLMs)最擅长的是 “少样本上下文学习”(ICL)—— 即在推理时从上下文中提供的少数几个示例中学习,而不进行任何权重更新。新扩展的上下文窗口允许用数百或数千个案例来研究 ICL——多样本模式,从少样本到多样本,在各种生成性和判别性任务中观察到显著的性能提升。\n然而,虽然多样本 ICL 前景广阔,但可能会受到人类生成示例可用数量的瓶颈制约。\n为此,来自 Google DeepMind 的研究团队探索了两种新的设置:强化 ICL 和无监督 ICL。强化 ICL 使用模型生成的思维链理由来代替人类示例;无监督 ICL 则完全取消了提示中的理由,只用特定领域的问题来提示模型。他们发现,强化型和无监督型 ICL 在多轮推理,尤其是在复杂推理任务中都非常有效。\n实验证明,与少样本学习不同,多样本学习在覆盖预训练偏差方面是有效的,并可以学习具有数值输入的高维函数。他们的分析还揭示了下一个 token 预测损失作为下游 ICL 性能指标的局限性。",
        [9] = "根据人类标注的偏好数据对语言模型(LMs)进行对齐,是获得基于 LM 的系统实用且性能良好的的关键一步。\n然而,多语言人类偏好数据很难大规模获取,因此将这一框架扩展到多种语言具有挑战性。\n来自麻省理工大学和谷歌的研究团队评估了一种简单的零样本跨语言对齐方法,即在一种源语言的偏好数据上训练奖励模型,然后直接应用于其他目标语言。在总结和开放式对话生成方面,他们表明这种方法在包括人工评估在内的综合评估设置下始终是成功的,在多达 > 70% 的评估实例中,跨语言对齐模型比非对齐模型更受人类青睐。\n此外,不同语言奖励模型有时会比同种语言奖励模型产生更好的对齐模型。他们还确定了在没有特定语言数据甚至监督微调时的最佳实践。",
        [10] = "最近,随着大型语言模型(LLMs)被广泛应用于长内容生成,对高效长序列推理支持的需求日益增长。\n然而,为避免重复计算而存储的键值(KV)缓存已成为一个关键瓶颈,其大小随序列长度呈线性增长。由于 LLM 的自动递归特性,每生成一个 token 就会加载整个 KV 缓存,从而导致计算核心利用率低而延迟高。虽然已经提出了各种 KV 缓存压缩方法来缓解这一问题,但这些方法都会导致生成质量下降。\n来自卡内基梅隆大学和 Meta 的研究团队提出了一种可扩展至长序列生成的分层推测解码系统 TriForce。这种方法通过检索利用原始模型权重和动态稀疏 KV 缓存作为草稿模型,作为层次结构中的中间层,并由更小的模型进一步推测,从而减少其草稿延迟。\nTriForce 不仅为 Llama2-7B-128K 带来了令人印象深刻的速度提升,在 A100 GPU 上实现了高达 2.31 倍的速度,而且还展示了在处理更长上下文时的可扩展性。在两个 RTX 4090 GPU 上的卸载设置中,TriForce 实现了 0.108s/token 的速度,仅为 A100 上自动回归基线速度的一半,而在优化的卸载系统上则达到了 7.78 倍。\n此外,TriForce 在单个 RTX 4090 GPU 上的性能是 DeepSpeed-Zero-Inference 的 4.86 倍。TriForce 的鲁棒性凸显了其在各种温度下始终保持出色的性能。\n论文链接:https://arxiv.org/abs/2404.11912\nGitHub 地址:https://github.com/Infini-AI-Lab/TriForce",
    };

    private static readonly AffiliationScanner Scanner = new(Gazetteer.Default);

    private static List<AffiliationMatch> Prose(string text)
    {
        var results = new List<AffiliationMatch>();
        Scanner.ScanProse(text, results);
        AssertOffsets(text, results);
        return results;
    }

    private static List<AffiliationMatch> Field(string value)
    {
        var results = new List<AffiliationMatch>();
        Scanner.ScanField(value, results);
        AssertOffsets(value, results);
        return results;
    }

    private static void AssertOffsets(string text, List<AffiliationMatch> results)
    {
        foreach (AffiliationMatch match in results)
        {
            Assert.Equal(match.Name, text.Substring(match.Start, match.Length));
        }
    }

    /// <summary>Formats matches as <c>name=canonical|…</c> (<c>name=?</c> for unknown institutions).</summary>
    private static string Describe(List<AffiliationMatch> results) =>
        string.Join("|", results.Select(m => m.Name + "=" + (m.CanonicalName ?? "?")));

    [Theory]
    [InlineData(1, "德州大学奥斯汀分校=University of Texas at Austin")]
    [InlineData(2, "Meta=Meta|南加州大学=University of Southern California|卡内基梅隆大学=Carnegie Mellon University|加州大学圣地亚哥分校=University of California, San Diego")]
    [InlineData(3, "浙江大学=Zhejiang University")]
    [InlineData(4, "安徽大学=Anhui University|哈尔滨工业大学=Harbin Institute of Technology|北京大学=Peking University")]
    [InlineData(5, "谷歌=Google")]
    [InlineData(6, "马萨诸塞大学阿默斯特分校=University of Massachusetts Amherst|清华大学=Tsinghua University|北京大学=Peking University")]
    [InlineData(7, "Snap=Snap Inc.")]
    [InlineData(8, "Google DeepMind=Google DeepMind")]
    [InlineData(9, "麻省理工大学=Massachusetts Institute of Technology|谷歌=Google")]
    [InlineData(10, "卡内基梅隆大学=Carnegie Mellon University|Meta=Meta")]
    public void ScanProse_finds_the_institutions_of_each_seed_paper(int paper, string expected)
    {
        Assert.Equal(expected, Describe(Prose(SeedPapers[paper])));
    }

    [Fact]
    public void ScanProse_reports_an_institution_once_at_its_first_occurrence()
    {
        string text = SeedPapers[5];
        AffiliationMatch google = Assert.Single(Prose(text));
        Assert.Equal(text.IndexOf("谷歌推出", StringComparison.Ordinal), google.Start);
        Assert.Equal("US", google.Country);
    }

    [Theory]
    [InlineData("9.MIT、谷歌新研究:", "MIT=Massachusetts Institute of Technology|谷歌=Google")]
    [InlineData("8.Google DeepMind 新研究:多样本上下文学习", "Google DeepMind=Google DeepMind")]
    [InlineData("This paper from Google DeepMind introduces many-shot in-context learning.", "Google DeepMind=Google DeepMind")]
    [InlineData("Researchers from Stanford and UC Berkeley propose a new method.", "Stanford=Stanford University|UC Berkeley=University of California, Berkeley")]
    [InlineData("本文是新加坡国立大学和 eBay 发表于 AAAI 2019 的工作。", "新加坡国立大学=National University of Singapore|eBay=eBay")]
    [InlineData("来自马萨诸塞大学阿默斯特分校、清华大学和北京大学的研究团队及其合作者", "马萨诸塞大学阿默斯特分校=University of Massachusetts Amherst|清华大学=Tsinghua University|北京大学=Peking University")]
    [InlineData("上海人工智能实验室、香港中文大学新研究：多模态大模型", "上海人工智能实验室=Shanghai Artificial Intelligence Laboratory|香港中文大学=The Chinese University of Hong Kong")]
    [InlineData("阿里巴巴达摩院等团队提出了新方法", "阿里巴巴达摩院=Alibaba DAMO Academy")]
    [InlineData("微软亚洲研究院与智谱的研究者发布了新模型", "微软亚洲研究院=Microsoft Research Asia|智谱=Zhipu AI")]
    public void ScanProse_finds_institutions_in_cue_sentences(string text, string expected)
    {
        Assert.Equal(expected, Describe(Prose(text)));
    }

    [Theory]
    [InlineData("来自南京信息工程大学的研究团队提出了一种新方法。", "南京信息工程大学=?")]
    [InlineData("来自 Infini-AI Lab 的研究团队提出了 TriForce。", "Infini-AI Lab=?")]
    [InlineData("来自清华大学和南京信息工程大学的研究团队", "清华大学=Tsinghua University|南京信息工程大学=?")]
    [InlineData("该研究由复旦大学和郑州轻工业大学团队完成。", "复旦大学=Fudan University|郑州轻工业大学=?")]
    [InlineData("researchers from the University of Stuttgart and Google show that", "University of Stuttgart=?|Google=Google")]
    [InlineData("Weizenbaum Institute researchers found that", "Weizenbaum Institute=?")]
    [InlineData("北京邮电大学人工智能学院研究团队提出了", "北京邮电大学=Beijing University of Posts and Telecommunications")]
    [InlineData("柏林自由大学新研究：", "柏林自由大学=?")]
    public void ScanProse_reports_unknown_institutions_by_suffix_in_cues(string text, string expected)
    {
        Assert.Equal(expected, Describe(Prose(text)));
    }

    [Theory]
    [InlineData("他们使用单张 A6000 GPU 完成了这一工作,耗时不到半天。")]
    [InlineData("在 9 个不同的评估数据集以及 MMLU 基准测试中,所得到的模型与公开的 1B-2B 大小的基础模型相比性能相当。")]
    [InlineData("他们展示了利用 GPT2-medium(3.55 亿)和 GPT2-large(7.7 亿)的部分层训练的较小语言模型,在具有 9B token 的 OpenWebText 数据集上从头开始训练时。")]
    [InlineData("Megalodon 继承了 Mega 架构,并进一步引入了多种技术组件来提高其能力和稳定性。")]
    [InlineData("在与 Llama2 的可控正面对照比较中,Megalodon 在 70 亿参数和 2 万亿训练 Tokens 的规模上取得了比 transformer 更好的效率。")]
    [InlineData("TriForce 不仅为 Llama2-7B-128K 带来了令人印象深刻的速度提升,在 A100 GPU 上实现了高达 2.31 倍的速度。")]
    [InlineData("此外,TriForce 在单个 RTX 4090 GPU 上的性能是 DeepSpeed-Zero-Inference 的 4.86 倍。")]
    [InlineData("GitHub 地址:https://github.com/Infini-AI-Lab/TriForce")]
    [InlineData("项目地址:https://snap-research.github.io/mixture-of-attention/")]
    [InlineData("这一反馈来自大学生和研究生。")]
    [InlineData("数据来自该实验室的公开数据集。")]
    [InlineData("We learn from data at scale by gradient descent, and the team from Table 3 agrees.")]
    [InlineData("Mistral 7B and Meta-learning results from the University benchmark")]
    [InlineData("最后，他们提出了该方向可能的研究方向。")]
    public void ScanProse_does_not_report_models_benchmarks_or_hardware(string text)
    {
        Assert.Empty(Prose(text));
    }

    [Theory]
    [InlineData("斯坦福大学", "斯坦福大学=Stanford University")]
    [InlineData("上海交通大学,上海人工智能实验室", "上海交通大学=Shanghai Jiao Tong University|上海人工智能实验室=Shanghai Artificial Intelligence Laboratory")]
    [InlineData("上海人工智能实验室、香港中文大学", "上海人工智能实验室=Shanghai Artificial Intelligence Laboratory|香港中文大学=The Chinese University of Hong Kong")]
    [InlineData("UNC Chapel Hill、Microsoft", "UNC Chapel Hill=University of North Carolina at Chapel Hill|Microsoft=Microsoft")]
    [InlineData("Microsoft Research", "Microsoft Research=Microsoft Research")]
    public void ScanField_reads_the_affiliation_fields_of_seed_004(string value, string expected)
    {
        Assert.Equal(expected, Describe(Field(value)));
    }

    [Theory]
    [InlineData("阿里巴巴达摩院等", "阿里巴巴达摩院=Alibaba DAMO Academy")]
    [InlineData("Google & Princeton", "Google=Google|Princeton=Princeton University")]
    [InlineData("MIT and Stanford", "MIT=Massachusetts Institute of Technology|Stanford=Stanford University")]
    [InlineData("清华大学和北京大学；复旦大学", "清华大学=Tsinghua University|北京大学=Peking University|复旦大学=Fudan University")]
    [InlineData("谷歌与 Meta 及 OpenAI", "谷歌=Google|Meta=Meta|OpenAI=OpenAI")]
    [InlineData("University of California, Berkeley", "University of California, Berkeley=University of California, Berkeley")]
    [InlineData("Texas A&M University", "Texas A&M University=Texas A&M University")]
    [InlineData("Hong Kong University of Science and Technology", "Hong Kong University of Science and Technology=The Hong Kong University of Science and Technology")]
    [InlineData("中国科学院数学与系统科学研究院", "中国科学院数学与系统科学研究院=Academy of Mathematics and Systems Science, Chinese Academy of Sciences")]
    [InlineData("清华大学计算机科学与技术系", "清华大学=Tsinghua University")]
    [InlineData("University of Stuttgart and Google", "University of Stuttgart=?|Google=Google")]
    [InlineData("郑州轻工业大学，Meta，MIT", "郑州轻工业大学=?|Meta=Meta|MIT=Massachusetts Institute of Technology")]
    [InlineData("Foo University of Science and Technology", "Foo University of Science and Technology=?")]
    [InlineData("AT&T Labs", "AT&T Labs=?")]
    [InlineData("MIT、mit、麻省理工学院", "MIT=Massachusetts Institute of Technology")]
    [InlineData("Snap Inc.", "Snap Inc.=Snap Inc.")]
    [InlineData("ＭＩＴ，　Ｓｔａｎｆｏｒｄ", "ＭＩＴ=Massachusetts Institute of Technology|Ｓｔａｎｆｏｒｄ=Stanford University")]
    [InlineData("Google et al.", "Google=Google")]
    public void ScanField_splits_values_into_affiliations(string value, string expected)
    {
        Assert.Equal(expected, Describe(Field(value)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("、,，;；")]
    [InlineData("无")]
    [InlineData("N/A")]
    [InlineData("— — —")]
    public void ScanField_skips_empty_and_placeholder_values(string value)
    {
        Assert.Empty(Field(value));
    }

    [Fact]
    public void Scanner_rejects_null_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => new AffiliationScanner(null!));
        Assert.Throws<ArgumentNullException>(() => Scanner.ScanField("MIT", null!));
        Assert.Throws<ArgumentNullException>(() => Scanner.ScanProse("MIT", null!));
    }

    [Fact]
    public void Results_are_appended_after_existing_items()
    {
        var results = new List<AffiliationMatch> { new(0, 1, "x", null, null) };
        Scanner.ScanField("MIT", results);
        Scanner.ScanProse("来自 MIT 的团队", results);
        Assert.Equal(3, results.Count);
        Assert.Equal(3, results[2].Start);
    }

    [Fact]
    public void Custom_gazetteer_entries_are_used()
    {
        var scanner = new AffiliationScanner(Gazetteer.Default.WithEntries([new PaperDigest.Extraction.GazetteerEntry("Zhengzhou University of Light Industry", "CN", ["郑州轻工业大学"])]));
        var results = new List<AffiliationMatch>();
        scanner.ScanProse("该研究由复旦大学和郑州轻工业大学团队完成。", results);
        Assert.Equal("复旦大学=Fudan University|郑州轻工业大学=Zhengzhou University of Light Industry", Describe(results));
    }

    [Fact]
    public void Adversarial_one_megabyte_of_daxue()
    {
        string text = string.Concat(Enumerable.Repeat("大学", OneMegabyte / 2));
        Assert.Empty(Prose(text));
        Assert.Empty(Field(text));
        Assert.Empty(Prose("来自" + text + "的研究团队"));
    }

    [Fact]
    public void Adversarial_one_megabyte_of_enumeration_commas()
    {
        string text = new('、', OneMegabyte);
        Assert.Empty(Prose(text));
        Assert.Empty(Field(text));
        Assert.Empty(Prose("来自" + text + "的研究团队"));
    }

    [Fact]
    public void Adversarial_one_megabyte_of_conjunctions_and_cues()
    {
        Assert.Empty(Field(new string('和', OneMegabyte)));
        Assert.Empty(Prose(string.Concat(Enumerable.Repeat("来自和团队提出", OneMegabyte / 7))));
        Assert.Empty(Field(string.Concat(Enumerable.Repeat("of and ", OneMegabyte / 7))));
        Assert.Empty(Prose(new string('@', OneMegabyte)));
        Assert.Empty(Prose(string.Concat(Enumerable.Repeat("来自", OneMegabyte / 2))));
        Assert.Empty(Prose(string.Concat(Enumerable.Repeat("团队", OneMegabyte / 2))));
        Assert.Empty(Prose(string.Concat(Enumerable.Repeat("from The ", OneMegabyte / 9))));
        Assert.Empty(Prose(string.Concat(Enumerable.Repeat("The Lab team ", OneMegabyte / 13))));
    }

    [Fact]
    public void Adversarial_one_megabyte_line_of_latin_words()
    {
        var builder = new StringBuilder(OneMegabyte + 64);
        while (builder.Length < OneMegabyte)
        {
            builder.Append("researchers from the University of Foo and Bar Institute at MIT team ");
        }

        string text = builder.ToString();
        Assert.Equal(
            "University of Foo=?|Bar Institute=?|MIT=Massachusetts Institute of Technology",
            Describe(Prose(text)));
        List<AffiliationMatch> field = Field(text);
        Assert.Contains(field, m => m.CanonicalName == "Massachusetts Institute of Technology");
    }

    [Theory]
    [InlineData("Google Research, Brain Team", "Google Research=Google")]
    [InlineData("Princeton University; Google Research, Brain team", "Princeton University=Princeton University|Google Research=Google")]
    [InlineData("Institute of Information Science, Academia Sinica", "Academia Sinica=Academia Sinica")]
    [InlineData("Department of Computer Science, Stanford University", "Stanford University=Stanford University")]
    [InlineData("Qwen Team, Alibaba Group", "Alibaba Group=Alibaba Group")]
    [InlineData("Meta AI Research, Universitat Pompeu Fabra", "Meta AI=Meta|Universitat Pompeu Fabra=?")]
    [InlineData("Brain Team", "Brain Team=?")]
    [InlineData("Department of Physics, Acme Institute", "Department of Physics=?|Acme Institute=?")]
    public void ScanField_drops_units_written_next_to_their_institution(string value, string expected)
    {
        Assert.Equal(expected, Describe(Field(value)));
    }

    [Fact]
    public void ScanField_knows_the_German_short_name_of_the_Max_Planck_Institute_for_Informatics()
    {
        Assert.Equal("Inria=Inria|Université Côte d'Azur=?|MPI Informatik=Max Planck Institute for Informatics", Describe(Field("Inria、Université Côte d'Azur、MPI Informatik")));
    }

    [Theory]
    [InlineData("Tishby (Hebrew University), Pereira (AT&T Labs) and Bialek (NEC Research Institute) compress a signal.", "Hebrew University=The Hebrew University of Jerusalem|AT&T Labs=?|NEC=NEC")]
    [InlineData("Seiberg (Rutgers University) and Witten (Institute for Advanced Study) determine the action.", "Rutgers University=Rutgers University|Institute for Advanced Study=?")]
    [InlineData("The model (see Table 2) and the baseline (Transformer) agree.", "")]
    [InlineData("A (Lab) name needs two words.", "")]
    public void ScanProse_reads_an_institution_in_parentheses_after_a_name(string text, string expected)
    {
        Assert.Equal(expected, Describe(Prose(text)));
    }

    [Fact]
    public void ScanProse_does_not_read_at_inside_a_company_name_as_a_cue()
    {
        Assert.DoesNotContain(Prose("Shor was at AT&T Labs then."), m => m.Name == "T Labs");
        Assert.Equal("AT&T Labs=?", Describe(Prose("Pereira (AT&T Labs) joined.")));
    }

    [Fact]
    public void A_megabyte_of_open_parentheses_after_words_is_scanned()
    {
        string text = string.Concat(Enumerable.Repeat("Lab (", OneMegabyte / 5));
        Assert.Empty(Prose(text));
        string closed = string.Concat(Enumerable.Repeat("a (Acme Institute) ", OneMegabyte / 20));
        Assert.Single(Prose(closed));
    }
}
