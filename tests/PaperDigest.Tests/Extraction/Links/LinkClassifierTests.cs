using PaperDigest.Extraction.Links;
using PaperDigest.Model;
using Xunit;

namespace PaperDigest.Tests.Extraction.Links;

public sealed class LinkClassifierTests
{
    public static TheoryData<string> NormalizeInputs => new(
        "https://arxiv.org/abs/2404.08634",
        "http://arxiv.org/abs/2503.14847",
        "HTTP://WWW.ARXIV.ORG/abs/2404.08634#section",
        "arxiv.org/pdf/2402.15648.pdf",
        "https://github.com/sanyalsunny111/LLM-Inheritune",
        "https://github.com/owner/repo.git",
        "https://github.com/owner/repo/",
        "https://github.com/owner/repo/tree/main/src?plain=1#L10",
        "http://www.github.com/Owner/Repo.git/",
        "github.com/Kyubyong/transformer",
        "https://gitlab.com/g/sub/proj/-/tree/main",
        "https://huggingface.co/datasets/owner/name?row=3",
        "https://hf.co/spaces/owner/demo/",
        "https://huggingface.co/papers/2404.08634",
        "https://mmevol.github.io/",
        "http://snap-research.github.io/mixture-of-attention/",
        "https://vis-www.cs.umass.edu/combo/",
        "https://www.paperweekly.site/papers/1234",
        "https://example.com:443/a?",
        "https://example.com:8443/a?b=1&c=2#frag",
        "http://example.com:80/",
        "http://github.com:8080/owner",
        "https://user:pw@example.com/x",
        "https://münchen.de/straße",
        "https://zh.wikipedia.org/wiki/中文",
        "https://en.wikipedia.org/wiki/Foo_(bar)",
        "https://example.com/a%2Fb/%7e/%41?q=%20x+y",
        "https://example.com/a/./b/../c",
        "https://example.com/%zz",
        "https://example.com/a b",
        "http://[::1]:8080/x",
        "http://127.0.0.1/",
        "http://localhost:3000/demo",
        "www.example.com/Path/?q=A",
        "mailto:someone@example.com",
        "ftp://example.com/file",
        "not a url",
        "",
        "   ",
        "https://github.com/topics/llm?l=python");

    [Theory]
    [InlineData("https://arxiv.org/abs/2404.08634", LinkKind.Arxiv)]
    [InlineData("http://arxiv.org/abs/2503.14847", LinkKind.Arxiv)]
    [InlineData("https://arxiv.org/pdf/2402.15648.pdf", LinkKind.Arxiv)]
    [InlineData("https://arxiv.org/pdf/2402.15648v2", LinkKind.Arxiv)]
    [InlineData("https://arxiv.org/html/2404.08634v1", LinkKind.Arxiv)]
    [InlineData("https://arxiv.org/format/2404.08634", LinkKind.Arxiv)]
    [InlineData("https://www.arxiv.org/abs/hep-th/9901001", LinkKind.Arxiv)]
    [InlineData("http://export.arxiv.org/abs/2404.08634", LinkKind.Arxiv)]
    [InlineData("https://ar5iv.labs.arxiv.org/html/2404.08634", LinkKind.Arxiv)]
    [InlineData("https://www.alphaxiv.org/abs/2404.08634", LinkKind.Arxiv)]
    [InlineData("https://huggingface.co/papers/2404.08634", LinkKind.Arxiv)]
    [InlineData("https://arxiv.org/", LinkKind.Other)]
    [InlineData("https://arxiv.org/abs/", LinkKind.Other)]
    [InlineData("https://arxiv.org/list/cs.CL/recent", LinkKind.Other)]
    [InlineData("https://info.arxiv.org/help/api/index.html", LinkKind.Other)]
    [InlineData("https://huggingface.co/papers", LinkKind.Other)]
    [InlineData("https://github.com/sanyalsunny111/LLM-Inheritune", LinkKind.Repository)]
    [InlineData("https://github.com/owner/repo.git", LinkKind.Repository)]
    [InlineData("https://github.com/owner/repo/tree/main/src", LinkKind.Repository)]
    [InlineData("https://github.com/owner/repo/issues/12", LinkKind.Repository)]
    [InlineData("https://www.github.com/owner/repo", LinkKind.Repository)]
    [InlineData("https://gitlab.com/g/sub/proj/-/tree/main", LinkKind.Repository)]
    [InlineData("https://gitee.com/owner/repo", LinkKind.Repository)]
    [InlineData("https://bitbucket.org/owner/repo/src/master/", LinkKind.Repository)]
    [InlineData("https://huggingface.co/spaces/owner/demo", LinkKind.Repository)]
    [InlineData("https://github.com/topics/llm", LinkKind.Other)]
    [InlineData("https://github.com/orgs/microsoft/repositories", LinkKind.Other)]
    [InlineData("https://github.com/sponsors/someone", LinkKind.Other)]
    [InlineData("https://github.com/marketplace/actions/x", LinkKind.Other)]
    [InlineData("https://github.com/features/copilot", LinkKind.Other)]
    [InlineData("https://github.com/trending/python", LinkKind.Other)]
    [InlineData("https://github.com/owner", LinkKind.Other)]
    [InlineData("https://github.com/", LinkKind.Other)]
    [InlineData("https://gist.github.com/x/abc", LinkKind.Other)]
    [InlineData("https://docs.github.com/en/get-started", LinkKind.Other)]
    [InlineData("https://gitlab.com/group", LinkKind.Other)]
    [InlineData("https://gitlab.com/explore/projects", LinkKind.Other)]
    [InlineData("https://huggingface.co/meta-llama/Llama-2-7b-hf", LinkKind.Model)]
    [InlineData("https://huggingface.co/meta-llama/Llama-2-7b-hf/tree/main", LinkKind.Model)]
    [InlineData("https://hf.co/owner/model", LinkKind.Model)]
    [InlineData("https://huggingface.co/datasets/owner/name", LinkKind.Dataset)]
    [InlineData("https://huggingface.co/datasets/squad", LinkKind.Dataset)]
    [InlineData("https://huggingface.co/owner", LinkKind.Other)]
    [InlineData("https://huggingface.co/blog/some-post", LinkKind.Other)]
    [InlineData("https://huggingface.co/docs/transformers/index", LinkKind.Other)]
    [InlineData("https://huggingface.co/spaces", LinkKind.Other)]
    [InlineData("https://www.kaggle.com/datasets/owner/name", LinkKind.Dataset)]
    [InlineData("https://modelscope.cn/models/qwen/Qwen-7B", LinkKind.Model)]
    [InlineData("https://paperswithcode.com/dataset/imagenet", LinkKind.Dataset)]
    [InlineData("https://openreview.net/forum?id=abc123", LinkKind.Paper)]
    [InlineData("https://openreview.net/pdf?id=abc123", LinkKind.Paper)]
    [InlineData("https://aclanthology.org/2023.acl-long.1/", LinkKind.Paper)]
    [InlineData("https://doi.org/10.1145/3580305", LinkKind.Paper)]
    [InlineData("http://dx.doi.org/10.1000/182", LinkKind.Paper)]
    [InlineData("https://papers.nips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html", LinkKind.Paper)]
    [InlineData("https://proceedings.neurips.cc/paper_files/paper/2023/hash/x-Abstract-Conference.html", LinkKind.Paper)]
    [InlineData("https://openaccess.thecvf.com/content/CVPR2023/html/x_CVPR_2023_paper.html", LinkKind.Paper)]
    [InlineData("https://proceedings.mlr.press/v202/x23a.html", LinkKind.Paper)]
    [InlineData("https://ieeexplore.ieee.org/document/1234567", LinkKind.Paper)]
    [InlineData("https://dl.acm.org/doi/10.1145/3580305.3599256", LinkKind.Paper)]
    [InlineData("https://link.springer.com/article/10.1007/s11263-023-01234-5", LinkKind.Paper)]
    [InlineData("https://paperswithcode.com/paper/attention-is-all-you-need", LinkKind.Paper)]
    [InlineData("https://www.semanticscholar.org/paper/Attention-is-All-you-Need/204e3073870fae3d05bcbc2f6a8e263d9b72e776", LinkKind.Paper)]
    [InlineData("https://www.paperweekly.site/papers/1234", LinkKind.Paper)]
    [InlineData("https://www.aclweb.org/anthology/P19-1001/", LinkKind.Paper)]
    [InlineData("https://openreview.net/", LinkKind.Other)]
    [InlineData("https://paperswithcode.com/sota", LinkKind.Other)]
    [InlineData("https://www.semanticscholar.org/search?q=x", LinkKind.Other)]
    [InlineData("https://twitter.com/someone/status/1", LinkKind.Other)]
    [InlineData("https://x.com/someone/status/1", LinkKind.Other)]
    [InlineData("https://t.co/abc", LinkKind.Other)]
    [InlineData("https://weibo.com/1234/abc", LinkKind.Other)]
    [InlineData("https://www.zhihu.com/question/1", LinkKind.Other)]
    [InlineData("https://zhuanlan.zhihu.com/p/123", LinkKind.Other)]
    [InlineData("https://www.bilibili.com/video/BV1xx", LinkKind.Other)]
    [InlineData("https://www.youtube.com/watch?v=abc", LinkKind.Other)]
    [InlineData("https://youtu.be/abc", LinkKind.Other)]
    [InlineData("https://mp.weixin.qq.com/s/abc", LinkKind.Other)]
    [InlineData("https://mmbiz.qpic.cn/mmbiz_png/x/640", LinkKind.Other)]
    [InlineData("https://medium.com/@someone/post-1", LinkKind.Other)]
    [InlineData("https://someone.medium.com/post-1", LinkKind.Other)]
    [InlineData("https://blog.csdn.net/someone/article/details/1", LinkKind.Other)]
    [InlineData("https://www.reddit.com/r/MachineLearning/", LinkKind.Other)]
    [InlineData("https://www.linkedin.com/in/someone", LinkKind.Other)]
    [InlineData("https://discord.gg/abc", LinkKind.Other)]
    [InlineData("https://drive.google.com/file/d/abc/view", LinkKind.Other)]
    [InlineData("https://docs.google.com/document/d/abc", LinkKind.Other)]
    [InlineData("https://git.io/abc", LinkKind.Other)]
    [InlineData("https://bit.ly/abc", LinkKind.Other)]
    [InlineData("https://en.wikipedia.org/wiki/Foo_(bar)", LinkKind.Other)]
    [InlineData("http://localhost:8080/demo", LinkKind.Other)]
    [InlineData("http://127.0.0.1:7860/", LinkKind.Other)]
    [InlineData("https://github.io/", LinkKind.Other)]
    [InlineData("https://mmevol.github.io/", LinkKind.ProjectPage)]
    [InlineData("https://snap-research.github.io/mixture-of-attention/", LinkKind.ProjectPage)]
    [InlineData("https://text2songmelodist.github.io/Sample/", LinkKind.ProjectPage)]
    [InlineData("https://vis-www.cs.umass.edu/combo/", LinkKind.ProjectPage)]
    [InlineData("https://sites.google.com/view/some-project", LinkKind.ProjectPage)]
    [InlineData("https://www.cs.stanford.edu/~someone/", LinkKind.ProjectPage)]
    [InlineData("https://deepmind.google/discover/blog/x/", LinkKind.ProjectPage)]
    [InlineData("github.com/Kyubyong/transformer", LinkKind.Repository)]
    [InlineData("www.example.com/project", LinkKind.ProjectPage)]
    [InlineData("ftp://example.com/file", LinkKind.Other)]
    [InlineData("mailto:someone@example.com", LinkKind.Other)]
    [InlineData("not a url", LinkKind.Other)]
    [InlineData("", LinkKind.Other)]
    public void ClassifiesByUrl(string url, LinkKind expected) => Assert.Equal(expected, LinkClassifier.Classify(url));

    [Fact]
    public void ClassifyOfUriAgreesWithClassifyOfString()
    {
        Assert.Equal(LinkKind.Dataset, LinkClassifier.Classify(new Uri("https://huggingface.co/datasets/owner/name")));
        Assert.Equal(LinkKind.Other, LinkClassifier.Classify(new Uri("/relative/github.com/a/b", UriKind.Relative)));
        Assert.Equal(LinkKind.Other, LinkClassifier.Classify(new Uri("ftp://github.com/a/b")));
    }

    [Theory]
    [InlineData("https://arxiv.org/abs/2404.08634", "https://arxiv.org/abs/2404.08634")]
    [InlineData("http://arxiv.org/abs/2503.14847", "https://arxiv.org/abs/2503.14847")]
    [InlineData("HTTP://WWW.ARXIV.ORG/abs/2404.08634#section", "https://arxiv.org/abs/2404.08634")]
    [InlineData("arxiv.org/pdf/2402.15648.pdf", "https://arxiv.org/pdf/2402.15648.pdf")]
    [InlineData("https://github.com/owner/repo.git", "https://github.com/owner/repo")]
    [InlineData("https://github.com/owner/repo/", "https://github.com/owner/repo")]
    [InlineData("http://www.github.com/Owner/Repo.git/", "https://github.com/Owner/Repo")]
    [InlineData("https://github.com/owner/repo?tab=readme#usage", "https://github.com/owner/repo")]
    [InlineData("https://github.com/owner/repo/tree/main/src?plain=1#L10", "https://github.com/owner/repo/tree/main/src")]
    [InlineData("github.com/Kyubyong/transformer", "https://github.com/Kyubyong/transformer")]
    [InlineData("https://gitlab.com/g/sub/proj.git", "https://gitlab.com/g/sub/proj")]
    [InlineData("https://hf.co/spaces/owner/demo/", "https://huggingface.co/spaces/owner/demo")]
    [InlineData("https://github.com/topics/llm?l=python", "https://github.com/topics/llm?l=python")]
    [InlineData("https://github.com/owner?tab=repositories", "https://github.com/owner?tab=repositories")]
    [InlineData("http://snap-research.github.io/mixture-of-attention/", "https://snap-research.github.io/mixture-of-attention/")]
    [InlineData("https://www.paperweekly.site/papers/1234", "https://www.paperweekly.site/papers/1234")]
    [InlineData("http://www.example.com/a", "http://www.example.com/a")]
    [InlineData("https://Example.COM:443/A?", "https://example.com/A")]
    [InlineData("https://example.com:8443/a?b=1&c=2#frag", "https://example.com:8443/a?b=1&c=2")]
    [InlineData("http://example.com:80/", "http://example.com/")]
    [InlineData("http://github.com:8080/owner", "http://github.com:8080/owner")]
    [InlineData("https://münchen.de/x", "https://xn--mnchen-3ya.de/x")]
    [InlineData("mailto:someone@example.com", "mailto:someone@example.com")]
    [InlineData("not a url", "not a url")]
    public void NormalizesUrls(string url, string expected) => Assert.Equal(expected, LinkClassifier.Normalize(url));

    [Theory]
    [MemberData(nameof(NormalizeInputs))]
    public void NormalizeIsIdempotent(string url)
    {
        string once = LinkClassifier.Normalize(url);
        Assert.Equal(once, LinkClassifier.Normalize(once));
    }

    [Fact]
    public void NormalizeIsIdempotentOnGeneratedUrls()
    {
        string[] hosts = ["github.com", "www.github.com", "WWW.Example.com", "huggingface.co", "gitlab.com", "a.github.io", "arxiv.org", "[::1]", "10.0.0.1", "localhost"];
        string[] pieces = ["/", "a", "B", ".git", "-", "%2F", "%7e", "%zz", "..", ".", "?", "#", "&", "=", "(", ")", "datasets", "spaces", "tree", "-/", "中", "é", ":", "@", "~", " ", "'"];
        var random = new Random(20240420);
        for (int i = 0; i < 5000; i++)
        {
            var path = new System.Text.StringBuilder();
            int count = random.Next(0, 12);
            for (int j = 0; j < count; j++)
            {
                path.Append(pieces[random.Next(pieces.Length)]);
            }

            string scheme = random.Next(3) switch { 0 => "http://", 1 => "https://", _ => string.Empty };
            string port = random.Next(4) == 0 ? ":" + random.Next(0, 70000).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
            string url = scheme + hosts[random.Next(hosts.Length)] + port + "/" + path;
            string once = LinkClassifier.Normalize(url);
            Assert.True(once == LinkClassifier.Normalize(once), $"not idempotent: {url} -> {once} -> {LinkClassifier.Normalize(once)}");
        }
    }

    [Fact]
    public void NormalizeOfUriReturnsOriginalStringForNonWebUris()
    {
        Assert.Equal("ftp://example.com/x#y", LinkClassifier.Normalize(new Uri("ftp://example.com/x#y")));
        Assert.Equal("docs/readme.md", LinkClassifier.Normalize(new Uri("docs/readme.md", UriKind.Relative)));
    }

    [Theory]
    [InlineData("https://example.com/a/b?c=d")]
    [InlineData("https://github.com/owner/repo/tree/main")]
    [InlineData("https://huggingface.co/datasets/owner/name")]
    public void NormalizeReturnsTheWrittenStringWhenItIsAlreadyNormal(string url)
    {
        var uri = new Uri(string.Concat(url, string.Empty));
        Assert.Same(uri.OriginalString, LinkClassifier.NormalizeAndClassify(uri, out _));
        Assert.Same(uri.OriginalString, LinkClassifier.Normalize(uri));
    }

    [Fact]
    public void NormalizeOfALongUrlCompletes()
    {
        string url = "http://www.github.com/owner/repo/" + string.Concat(Enumerable.Repeat("x//", 20_000));
        Assert.Equal("https://github.com/owner/repo/" + string.Join('/', Enumerable.Repeat("x", 20_000)), LinkClassifier.Normalize(url));
        Assert.Equal(LinkKind.Repository, LinkClassifier.Classify(url));
    }

    [Fact]
    public void NullArgumentsThrow()
    {
        Assert.Throws<ArgumentNullException>(() => LinkClassifier.Classify((string)null!));
        Assert.Throws<ArgumentNullException>(() => LinkClassifier.Classify((Uri)null!));
        Assert.Throws<ArgumentNullException>(() => LinkClassifier.Normalize((string)null!));
        Assert.Throws<ArgumentNullException>(() => LinkClassifier.Normalize((Uri)null!));
    }

    [Fact]
    public void EveryScannedLinkOfADigestCanBeClassified()
    {
        const string text = """
            论文链接:https://arxiv.org/abs/2404.10775
            GitHub 地址:https://vis-www.cs.umass.edu/combo/
            项目地址:https://snap-research.github.io/mixture-of-attention/
            GitHub 地址:https://github.com/Infini-AI-Lab/TriForce
            数据:[HF](https://huggingface.co/datasets/owner/name)
            """;
        var matches = new List<UrlMatch>();
        UrlScanner.Scan(text, matches);
        var kinds = matches.Select(m => LinkClassifier.Classify(text.Substring(m.UrlStart, m.UrlLength)));
        Assert.Equal([LinkKind.Arxiv, LinkKind.ProjectPage, LinkKind.ProjectPage, LinkKind.Repository, LinkKind.Dataset], kinds);
    }
}
