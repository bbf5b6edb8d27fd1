using System.Globalization;
using System.Text;

namespace PaperDigest.Benchmarks;

/// <summary>Builds the adversarial inputs that are not one repeated delimiter.</summary>
internal static class AdversarialText
{
    private static readonly string[] Prose =
    [
        "德州大学奥斯汀分校团队研究了一种基于现有大型基础语言模型开发小型基础语言模型的简单方法的有效性",
        "来自 Meta、南加州大学、卡内基梅隆大学和加州大学圣地亚哥分校的研究团队提出了一种神经架构 Megalodon",
        "在 9 个不同的评估数据集以及 MMLU 基准测试中，所得到的模型与公开的 1B-2B 大小的基础模型相比性能相当",
        "单位：斯坦福大学，上海人工智能实验室、香港中文大学",
        "《Are Emergent Abilities of Large Language Models a Mirage?》",
        "TriForce 在 A100 GPU 上实现了高达 2.31 倍的速度，仅为 0.108s/token",
        "1. 这不是标题，因为它在一行的中间",
    ];

    private static readonly string[] Formulas =
    [
        "\\(x_k^f \\in R^{n\\times d}\\)",
        "$E = mc^2$",
        "\\[y = LN(\\sum_{k=1}^N \\boldsymbol{x}_k^f)\\]",
        "$$\\begin{align} a &= b \\\\ c &= d \\end{align}$$",
        "\\(f(\\cdot; w_k)\\)",
        "价格 $5 到 $10 之间",
    ];

    /// <summary>One line (no line break) of mixed Chinese prose, URLs, <c>arXiv:</c> IDs and formulas, <paramref name="bytes"/> UTF-8 bytes or a little more.</summary>
    public static string SingleLine(int bytes, int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(bytes);
        long count = 0;
        while (count < bytes)
        {
            string fragment = random.Next(6) switch
            {
                0 => "论文链接:https://arxiv.org/abs/" + CorpusBuilder.RandomArxivId(random),
                1 => "arXiv:" + CorpusBuilder.RandomArxivId(random),
                2 => "GitHub 地址:https://github.com/" + CorpusBuilder.RandomOwner(random) + "/LLM-" + random.Next(1000).ToString(CultureInfo.InvariantCulture),
                3 => Formulas[random.Next(Formulas.Length)],
                _ => Prose[random.Next(Prose.Length)],
            };
            string separator = random.Next(3) == 0 ? "，" : " ";
            builder.Append(fragment).Append(separator);
            count += Encoding.UTF8.GetByteCount(fragment) + Encoding.UTF8.GetByteCount(separator);
        }

        return builder.ToString();
    }

    /// <summary><paramref name="count"/> lines <c>N. Title</c>, numbered 1 to <paramref name="count"/>.</summary>
    public static string NumberedLines(int count)
    {
        var builder = new StringBuilder(count * 14);
        for (int i = 1; i <= count; i++)
        {
            builder.Append(i.ToString(CultureInfo.InvariantCulture)).Append(". Title\n");
        }

        return builder.ToString();
    }
}
