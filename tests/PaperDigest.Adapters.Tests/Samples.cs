namespace PaperDigest.Adapters.Tests;

/// <summary>Real-looking inputs shared by the tests.</summary>
internal static class Samples
{
    /// <summary>A saved WeChat article: nested section/p/span with inline styles, &amp;nbsp;, a URL split over two spans, lazy images, scripts.</summary>
    internal const string WeChat = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>本周AI论文精选</title>
        <script>var msg_title = "本周AI论文精选"; var msg_link = "https://github.com/script/leak";</script>
        <style>.rich_media_title{font-size:22px}</style></head>
        <body id="activity-detail" class="zh_CN">
        <div class="rich_media_area_primary">
        <h1 class="rich_media_title" id="activity-name">
                    本周 AI 论文精选｜大模型推理
        </h1>
        <div class="rich_media_meta_list"><span id="publish_time">2024-04-20 10:39</span> <a href="javascript:void(0);" id="js_name">AI之势</a></div>
        <div class="rich_media_content" id="js_content" style="visibility: hidden;">
        <section style="margin: 0px; padding: 0px;"><p style="text-align: left;"><span style="font-size: 15px;">文章来源：学术头条</span></p>
        <p style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_png/Xq1/640?wx_fmt=png&amp;from=appmsg" data-type="png" style="width: 100%;" alt="https://github.com/img/leak"></p>
        <section><p><strong><span style="color: rgb(0, 82, 255);">1.&nbsp;只需半天，训练一个 15 亿参数小模型</span></strong></p>
        <p><span style="font-size: 15px;">德州大学奥斯汀分校团队研究了一种基于现有大型基础语言模型开发小型基础语言模型的方法&nbsp;Inheritune。</span></p>
        <p><span style="font-size: 15px;">论文链接：</span><span style="font-size: 15px;">https://arxiv.org/abs/2404.08634</span></p>
        <p><span style="font-size: 15px;">GitHub 地址：https://git</span><span style="font-size: 15px;letter-spacing: 0.5px;">hub.com/sanyalsunny111/LLM-Inheritune</span></p></section>
        <section><p><strong>2.&nbsp;Megalodon：具有无限文本长度的高效 LLM 预训练和推理</strong></p>
        <p>来自 Meta、南加州大学的研究团队提出了 Megalodon &amp; CEMA。</p>
        <p>论文链接：https://arxiv.org/abs/2404.08801</p>
        <p>GitHub 地址：https://github.com/XuezheMax/megalodon</p></section>
        </section>
        </div></div>
        <script type="text/javascript">var first_sceen__time = (+new Date()); window.__x = "https://github.com/evil/script";</script>
        </body></html>
        """;

    /// <summary>A blog page: navigation, an article with anchors labelled 论文 / 代码, <c>&amp;amp;</c> in a URL, a footer.</summary>
    internal const string Blog = """
        <!DOCTYPE html>
        <html lang="en"><head><title>Weekly AI Papers #12</title><link rel="stylesheet" href="/site.css"></head>
        <body>
        <nav><a href="/">Home</a> | <a href="/about">About</a></nav>
        <article>
          <h1>Weekly AI Papers #12</h1>
          <p>Date: 2024-05-06</p>
          <h2>1. Chain-of-Thought Reasoning Without Prompting</h2>
          <p>Decoding alone can elicit reasoning paths &amp; improve accuracy.</p>
          <p><a href="https://arxiv.org/abs/2402.10200">论文</a> | <a href="https://github.com/google-research/cot-decoding?tab=readme&amp;from=blog">代码</a></p>
          <h2>2. Mixture-of-Depths</h2>
          <p>Dynamic compute allocation in transformers.</p>
          <ul>
            <li>Paper: <a href="https://arxiv.org/abs/2404.02258">https://arxiv.org/abs/2404.02258</a></li>
            <li>Project: <a href="https://mod-project.github.io/">project page</a></li>
            <li><a href="https://github.com/badge/repo"><img src="https://img.shields.io/badge/code-github-blue" alt="code"></a></li>
          </ul>
        </article>
        <footer><p>&copy; 2024 Papers Weekly</p></footer>
        </body></html>
        """;

    /// <summary>A page with MathJax v2 formulas (source in <c>script type="math/tex"</c>, rendered output beside it).</summary>
    internal const string MathJax = """
        <html><body><div class="post">
        <p>1. Scaling Laws for Neural Language Models</p>
        <p>We fit <span class="MathJax_Preview">L(N)</span><span class="MathJax" id="MathJax-Element-1-Frame"><nobr>L(N)=A</nobr></span><script type="math/tex" id="MathJax-Element-1">L(N) = A N^{-\alpha} < 1</script> for all models.</p>
        <script type="math/tex; mode=display">\sum_{i=1}^{n} x_i</script>
        <p>论文链接：https://arxiv.org/abs/2001.08361</p>
        </div></body></html>
        """;

    /// <summary>A page with KaTeX output: TeX in a MathML annotation, a rendered <c>.katex-html</c> copy beside it.</summary>
    internal const string KaTeX = """
        <html><body>
        <p>1. Attention Is All You Need</p>
        <p>Attention is <span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>softmax</mi><mo>(</mo><mi>Q</mi></mrow><annotation encoding="application/x-tex">\mathrm{softmax}(QK^T/\sqrt{d_k})V</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="base"><span class="mord mathrm">softmax</span><span class="mopen">(</span></span></span></span> everywhere.</p>
        <p><span class="katex-display"><span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow><mi>a</mi></mrow><annotation encoding="application/x-tex">a &lt; b</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="mord">a</span></span></span></span></p>
        <p>论文链接：https://arxiv.org/abs/1706.03762</p>
        </body></html>
        """;

    /// <summary>A Markdown digest with front matter, a fenced code block, a code span and an image holding URLs that must not be mined.</summary>
    internal const string Markdown = """
        ---
        title: Weekly digest
        source: https://github.com/frontmatter/leak
        ---
        # 本周论文速递

        1. **Chain-of-Thought Reasoning Without Prompting**
        论文链接：[arXiv](https://arxiv.org/abs/2402.10200)
        代码：https://github.com/google-research/cot-decoding
        ![架构图](https://github.com/img/leak/raw/main/fig.png)
        先运行 `git clone https://github.com/codespan/leak && echo arXiv:2301.00003` 再复现结果。

        ```bash
        git clone https://github.com/fenced/leak
        python run.py --paper arXiv:2301.00001
        ```

        2. **Mixture-of-Depths**
        论文链接：https://arxiv.org/abs/2404.02258
        <!-- draft: https://github.com/comment/leak -->
        <img src="https://github.com/imgtag/leak/raw/main/a.png" width="300">
        """;
}
