using PaperDigest.Model;
using PaperDigest.Parsing;
using PaperDigest.Text;
using Xunit;

namespace PaperDigest.Tests.Parsing;

public sealed class LinkTargetsTests
{
    [Theory]
    [InlineData("https://github.com/owner/repo", LinkKind.Repository, "github.com", "owner", "repo", "https://github.com/owner/repo")]
    [InlineData("https://github.com/owner/repo/tree/main", LinkKind.Repository, "github.com", "owner", "repo", "https://github.com/owner/repo")]
    [InlineData("https://huggingface.co/datasets/owner/name", LinkKind.Dataset, "huggingface.co", "owner", "name", "https://huggingface.co/datasets/owner/name")]
    [InlineData("https://huggingface.co/owner/model", LinkKind.Model, "huggingface.co", "owner", "model", "https://huggingface.co/owner/model")]
    [InlineData("HTTP://WWW.GitHub.com/Owner/Repo.git#readme", LinkKind.Repository, "github.com", "Owner", "Repo", "https://github.com/Owner/Repo")]
    [InlineData("https://gitlab.com/g/sub/proj/-/blob/main/a%20b.md", LinkKind.Repository, "gitlab.com", "g/sub", "proj", "https://gitlab.com/g/sub/proj")]
    public void RepositoryLinksBecomeRepositories(string url, LinkKind kind, string host, string owner, string name, string canonical)
    {
        var span = new SourceSpan(3, url.Length, 1, 4);
        var repository = Assert.IsType<Repository>(LinkTargets.For(new Link("Code", url, kind, span)));
        Assert.Equal(new Repository(host, owner, name, canonical, span), repository);
        Assert.True(RepositoryRef.TryParse(url, out RepositoryRef expected));
        Assert.Equal(expected, repository.ToRef());
    }

    [Fact]
    public void ACanonicalUrlIsReusedAsTheRepositoryUrl()
    {
        string url = string.Concat("https://github.com/", "owner/repo");
        var repository = Assert.IsType<Repository>(LinkTargets.For(new Link(null, url, LinkKind.Repository, default)));
        Assert.Same(url, repository.Url);
    }

    [Theory]
    [InlineData("https://github.com/topics/llm", LinkKind.Repository)]
    [InlineData("https://github.com/owner/repo", LinkKind.Other)]
    [InlineData("https://github.com/owner/repo", LinkKind.Arxiv)]
    [InlineData("https://example.com/owner/repo", LinkKind.Model)]
    [InlineData("not a url", LinkKind.Dataset)]
    public void OtherLinksHaveNoRepository(string url, LinkKind kind) =>
        Assert.Null(LinkTargets.For(new Link(null, url, kind, default)));

    [Fact]
    public void ProjectPageLinksBecomeProjectPages() =>
        Assert.Equal(
            new ProjectPage("https://a.github.io/p", default),
            LinkTargets.For(new Link(null, "https://a.github.io/p", LinkKind.ProjectPage, default)));

    [Fact]
    public void LongUrlsComplete()
    {
        // Longer than the plain-URL limit: read through Uri.
        string url = "https://github.com/owner/repo/" + new string('a', 1 << 20);
        var repository = Assert.IsType<Repository>(LinkTargets.For(new Link(null, url, LinkKind.Repository, default)));
        Assert.Equal("https://github.com/owner/repo", repository.Url);
    }
}
