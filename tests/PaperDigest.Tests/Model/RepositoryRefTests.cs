using System.Text.Json;
using PaperDigest.Model;
using Xunit;

namespace PaperDigest.Tests.Model;

public sealed class RepositoryRefTests
{
    [Theory]
    [InlineData("https://github.com/sanyalsunny111/LLM-Inheritune", "github.com", "sanyalsunny111", "LLM-Inheritune", "https://github.com/sanyalsunny111/LLM-Inheritune")]
    [InlineData("https://github.com/owner/repo.git", "github.com", "owner", "repo", "https://github.com/owner/repo")]
    [InlineData("https://github.com/owner/repo/tree/main/src", "github.com", "owner", "repo", "https://github.com/owner/repo")]
    [InlineData("https://github.com/owner/repo/blob/main/README.md#usage", "github.com", "owner", "repo", "https://github.com/owner/repo")]
    [InlineData("https://github.com/owner/repo/issues?q=is%3Aopen", "github.com", "owner", "repo", "https://github.com/owner/repo")]
    [InlineData("https://github.com/owner/repo/", "github.com", "owner", "repo", "https://github.com/owner/repo")]
    [InlineData("http://www.github.com/Owner/My.Repo_1", "github.com", "Owner", "My.Repo_1", "https://github.com/Owner/My.Repo_1")]
    [InlineData("github.com/Kyubyong/transformer", "github.com", "Kyubyong", "transformer", "https://github.com/Kyubyong/transformer")]
    [InlineData("  https://github.com/a/b  ", "github.com", "a", "b", "https://github.com/a/b")]
    [InlineData("https://gitlab.com/g/sub/proj/-/tree/main", "gitlab.com", "g/sub", "proj", "https://gitlab.com/g/sub/proj")]
    [InlineData("https://gitlab.com/g/proj.git", "gitlab.com", "g", "proj", "https://gitlab.com/g/proj")]
    [InlineData("https://gitlab.com/g/proj/blob/master/README.md", "gitlab.com", "g", "proj", "https://gitlab.com/g/proj")]
    [InlineData("https://gitlab.com/a/b/c/d", "gitlab.com", "a/b/c", "d", "https://gitlab.com/a/b/c/d")]
    [InlineData("https://gitee.com/owner/repo/tree/master", "gitee.com", "owner", "repo", "https://gitee.com/owner/repo")]
    [InlineData("https://bitbucket.org/owner/repo/src/master/", "bitbucket.org", "owner", "repo", "https://bitbucket.org/owner/repo")]
    [InlineData("https://huggingface.co/meta-llama/Llama-2-7b-hf/tree/main", "huggingface.co", "meta-llama", "Llama-2-7b-hf", "https://huggingface.co/meta-llama/Llama-2-7b-hf")]
    [InlineData("https://huggingface.co/datasets/owner/name/viewer", "huggingface.co", "owner", "name", "https://huggingface.co/datasets/owner/name")]
    [InlineData("https://huggingface.co/spaces/owner/demo", "huggingface.co", "owner", "demo", "https://huggingface.co/spaces/owner/demo")]
    [InlineData("https://hf.co/owner/model", "huggingface.co", "owner", "model", "https://huggingface.co/owner/model")]
    public void ParsesRepositoryUrls(string url, string host, string owner, string name, string canonical)
    {
        Assert.True(RepositoryRef.TryParse(url, out var repository));
        Assert.Equal(host, repository.Host);
        Assert.Equal(owner, repository.Owner);
        Assert.Equal(name, repository.Name);
        Assert.Equal(canonical, repository.Url);
        Assert.Equal(canonical, repository.ToString());
    }

    [Theory]
    [InlineData("https://github.com/owner")]
    [InlineData("https://github.com/owner/")]
    [InlineData("https://github.com/")]
    [InlineData("https://github.com/topics/llm")]
    [InlineData("https://github.com/orgs/microsoft/repositories")]
    [InlineData("https://github.com/sponsors/someone/x")]
    [InlineData("https://github.com/marketplace/actions/checkout")]
    [InlineData("https://github.com/settings/profile")]
    [InlineData("https://github.com/collections/machine-learning")]
    [InlineData("https://github.com/owner/.git")]
    [InlineData("https://github.com/own.er/repo")]
    [InlineData("https://github.com/owner/re%20po")]
    [InlineData("https://gist.github.com/x/abc")]
    [InlineData("https://mmevol.github.io/")]
    [InlineData("https://owner.github.io/repo/")]
    [InlineData("https://gitlab.com/group")]
    [InlineData("https://gitlab.com/explore/projects")]
    [InlineData("https://gitlab.com/users/sign_in")]
    [InlineData("https://huggingface.co/owner")]
    [InlineData("https://huggingface.co/papers/2404.08634")]
    [InlineData("https://huggingface.co/datasets/squad")]
    [InlineData("https://huggingface.co/blog/post")]
    [InlineData("https://huggingface.co/docs/transformers")]
    [InlineData("https://arxiv.org/abs/2404.08634")]
    [InlineData("https://example.com/owner/repo")]
    [InlineData("ftp://github.com/owner/repo")]
    [InlineData("git@github.com:owner/repo.git")]
    [InlineData("owner/repo")]
    [InlineData("")]
    public void RejectsNonRepositoryUrls(string url)
    {
        Assert.False(RepositoryRef.TryParse(url, out var repository));
        Assert.Equal(default, repository);
        Assert.Equal(string.Empty, repository.Url);
    }

    [Fact]
    public void ParsesUris()
    {
        Assert.True(RepositoryRef.TryParse(new Uri("https://github.com/a/b"), out var repository));
        Assert.Equal(new RepositoryRef("github.com", "a", "b"), repository);
        Assert.False(RepositoryRef.TryParse(new Uri("a/b", UriKind.Relative), out _));
    }

    [Fact]
    public void EqualityIgnoresCaseButPropertiesKeepIt()
    {
        var written = new RepositoryRef("github.com", "Infini-AI-Lab", "TriForce");
        var lower = new RepositoryRef("GitHub.com", "infini-ai-lab", "triforce");
        Assert.Equal(written, lower);
        Assert.True(written == lower);
        Assert.Equal(written.GetHashCode(), lower.GetHashCode());
        Assert.Equal("Infini-AI-Lab", written.Owner);
        Assert.Equal("TriForce", written.Name);
        Assert.Single(new HashSet<RepositoryRef> { written, lower });
        Assert.NotEqual(written, new RepositoryRef("github.com", "Infini-AI-Lab", "TriForce2"));
        Assert.NotEqual(written, new RepositoryRef("gitlab.com", "Infini-AI-Lab", "TriForce"));
        Assert.False(written.Equals(null));
    }

    [Fact]
    public void ParsedReferencesOfTheSameRepositoryAreEqual()
    {
        Assert.True(RepositoryRef.TryParse("https://github.com/Owner/Repo.git", out var a));
        Assert.True(RepositoryRef.TryParse("http://www.github.com/owner/repo/tree/main", out var b));
        Assert.Equal(a, b);
    }

    [Fact]
    public void HuggingFaceKindsAreDistinctRepositories()
    {
        Assert.True(RepositoryRef.TryParse("https://huggingface.co/owner/name", out var model));
        Assert.True(RepositoryRef.TryParse("https://huggingface.co/datasets/owner/name", out var dataset));
        Assert.True(RepositoryRef.TryParse("https://huggingface.co/spaces/owner/name", out var space));
        Assert.Equal(LinkKind.Model, model.Kind);
        Assert.Equal(LinkKind.Dataset, dataset.Kind);
        Assert.Equal(LinkKind.Repository, space.Kind);
        Assert.Equal(3, new HashSet<RepositoryRef> { model, dataset, space }.Count);
        Assert.Equal("https://huggingface.co/datasets/owner/name", dataset.Url);
    }

    [Fact]
    public void DefaultValueIsEmptyAndSafe()
    {
        RepositoryRef empty = default;
        Assert.Equal(string.Empty, empty.Url);
        Assert.Equal(string.Empty, empty.ToString());
        Assert.Equal(LinkKind.Other, empty.Kind);
        Assert.Equal(empty.GetHashCode(), default(RepositoryRef).GetHashCode());
        Assert.NotEqual(empty, new RepositoryRef("github.com", "a", "b"));
    }

    [Fact]
    public void ConsumerStyleOutVariableCompilesWithoutNullableWarnings()
    {
        // The parser declares the out variable with its type; this must build warning-free.
        Assert.True(RepositoryRef.TryParse("https://github.com/a/b", out RepositoryRef repository));
        Assert.Equal("b", repository.Name);
    }

    [Fact]
    public void KindDefaultsByHost()
    {
        Assert.Equal(LinkKind.Repository, new RepositoryRef("github.com", "a", "b").Kind);
        Assert.Equal(LinkKind.Model, new RepositoryRef("huggingface.co", "a", "b").Kind);
        Assert.Equal(
            "https://huggingface.co/spaces/a/b",
            new RepositoryRef("huggingface.co", "a", "b") { Kind = LinkKind.Repository }.Url);
    }

    [Fact]
    public void InvalidArgumentsThrow()
    {
        Assert.Throws<ArgumentNullException>(() => new RepositoryRef(null!, "a", "b"));
        Assert.Throws<ArgumentNullException>(() => new RepositoryRef("github.com", null!, "b"));
        Assert.Throws<ArgumentException>(() => new RepositoryRef("github.com", "a", " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RepositoryRef("github.com", "a", "b") { Kind = LinkKind.Dataset });
        Assert.Throws<ArgumentOutOfRangeException>(() => new RepositoryRef("huggingface.co", "a", "b") { Kind = LinkKind.Paper });
        Assert.Throws<ArgumentNullException>(() => RepositoryRef.TryParse((string)null!, out _));
        Assert.Throws<ArgumentNullException>(() => RepositoryRef.TryParse((Uri)null!, out _));
    }

    [Fact]
    public void RoundTripsThroughJson()
    {
        Assert.True(RepositoryRef.TryParse("https://huggingface.co/datasets/Owner/Name", out var dataset));
        string json = JsonSerializer.Serialize(dataset);
        Assert.Contains("\"Url\":\"https://huggingface.co/datasets/Owner/Name\"", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize<RepositoryRef>(json);
        Assert.Equal(dataset, back);
        Assert.Equal(dataset.Url, back.Url);
    }
}
