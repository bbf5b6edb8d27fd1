using System.Text;
using PaperDigest.Extraction.Links;
using PaperDigest.Model;
using Xunit;

namespace PaperDigest.Tests.Extraction.Links;

public sealed class RepositoryPathTests
{
    [Theory]
    [InlineData("https://github.com/owner/repo", "github.com", "owner", "repo", "", "https://github.com/owner/repo")]
    [InlineData("https://github.com/owner/repo.git/tree/main/src", "github.com", "owner", "repo", "/tree/main/src", "https://github.com/owner/repo")]
    [InlineData("https://github.com//owner///repo//tree///main//", "github.com", "owner", "repo", "/tree/main", "https://github.com/owner/repo")]
    [InlineData("https://gitlab.com/g//sub///proj/-/tree/main", "gitlab.com", "g/sub", "proj", "/-/tree/main", "https://gitlab.com/g/sub/proj")]
    [InlineData("https://hf.co/datasets/owner/name/viewer", "huggingface.co", "owner", "name", "/viewer", "https://huggingface.co/datasets/owner/name")]
    [InlineData("https://huggingface.co/SPACES/owner/demo", "huggingface.co", "owner", "demo", "", "https://huggingface.co/spaces/owner/demo")]
    [InlineData("http://www.github.com/Owner/My.Repo_1?tab=readme#usage", "github.com", "Owner", "My.Repo_1", "", "https://github.com/Owner/My.Repo_1")]
    [InlineData("github.com/Kyubyong/transformer/blob/master/.gitignore", "github.com", "Kyubyong", "transformer", "/blob/master/.gitignore", "https://github.com/Kyubyong/transformer")]
    [InlineData("https://github.com/a/./b/c/../d", "github.com", "a", "b", "/d", "https://github.com/a/b")]
    public void MatchesRepositoryUrls(string url, string host, string owner, string name, string remainder, string canonical)
    {
        Assert.True(RepositoryPath.TryMatch(url, out RepositoryPath match));
        RepositoryRef repository = match.ToRepository();
        Assert.Equal(host, repository.Host);
        Assert.Equal(owner, repository.Owner);
        Assert.Equal(name, repository.Name);
        Assert.Equal(remainder, match.GetRemainder());
        Assert.Equal(remainder.Length > 0, match.HasRemainder);
        Assert.Equal(canonical, match.CreateUrl(withRemainder: false, reuse: null));
        Assert.Equal(canonical + remainder, match.CreateUrl(withRemainder: true, reuse: null));
    }

    [Theory]
    [InlineData("https://github.com/owner")]
    [InlineData("https://github.com/topics/llm")]
    [InlineData("https://github.com/own.er/repo")]
    [InlineData("https://github.com/owner/re%20po")]
    [InlineData("https://gitlab.com/explore/projects")]
    [InlineData("https://huggingface.co/datasets/squad")]
    [InlineData("https://example.com/owner/repo")]
    [InlineData("https://github.com.evil.com/owner/repo")]
    [InlineData("https://github.com:8080owner/repo")]
    [InlineData("")]
    public void RejectsNonRepositoryUrls(string url) => Assert.False(RepositoryPath.TryMatch(url, out _));

    [Fact]
    public void CreateUrlReturnsTheGivenStringWhenItIsTheUrl()
    {
        string url = new StringBuilder("https://github.com/").Append("owner/repo").ToString();
        Assert.True(RepositoryPath.TryMatch(url, out RepositoryPath match));
        Assert.Same(url, match.CreateUrl(withRemainder: false, reuse: url));
        Assert.Same(url, match.CreateUrl(withRemainder: true, reuse: url));

        string other = "https://github.com/owner/repo/tree/main";
        Assert.True(RepositoryPath.TryMatch(other, out match));
        string canonical = match.CreateUrl(withRemainder: false, reuse: other);
        Assert.NotSame(other, canonical);
        Assert.Equal("https://github.com/owner/repo", canonical);
    }

    /// <summary>URLs read without <see cref="Uri"/> must give what the <see cref="Uri"/> route gives.</summary>
    [Fact]
    public void PlainUrlsMatchAsThroughUri()
    {
        string[] hosts = ["github.com", "gitlab.com", "gitee.com", "bitbucket.org", "huggingface.co", "hf.co", "www.github.com", "GitHub.com", "example.com"];
        string[] segments = ["owner", "Repo.git", "a.b", "-", "_", "~x", ".", "..", "...", "a.", ".git", "tree", "blob", "-", "datasets", "Spaces", "models", "topics", "raw", "x%41", "中", "v1.0"];
        var random = new Random(20250101);
        int plain = 0;
        for (int i = 0; i < 20000; i++)
        {
            var url = new StringBuilder(random.Next(3) == 0 ? "http://" : "https://").Append(hosts[random.Next(hosts.Length)]);
            int count = random.Next(0, 8);
            for (int j = 0; j < count; j++)
            {
                url.Append(random.Next(6) == 0 ? "//" : "/").Append(segments[random.Next(segments.Length)]);
            }

            if (random.Next(4) == 0)
            {
                url.Append('/');
            }

            string text = url.ToString();
            bool direct = RepositoryPath.TryMatch(text, out RepositoryPath match);
            bool viaUri = UrlScanner.TryCreateUri(text, out Uri? uri) && RepositoryPath.TryMatch(uri, out RepositoryPath expected);
            Assert.True(direct == viaUri, text);
            if (!direct)
            {
                continue;
            }

            plain++;
            RepositoryPath.TryMatch(uri!, out expected);
            Assert.Equal(expected.ToRepository(), match.ToRepository());
            Assert.Equal(expected.ToRepository().Owner, match.ToRepository().Owner);
            Assert.Equal(expected.ToRepository().Name, match.ToRepository().Name);
            Assert.Equal(expected.GetRemainder(), match.GetRemainder());
            Assert.Equal(expected.CreateUrl(withRemainder: true, reuse: null), match.CreateUrl(withRemainder: true, reuse: null));
        }

        Assert.True(plain > 1000, $"only {plain} repositories generated");
    }

    [Theory]
    [InlineData("https://github.com/owner/repo")]
    [InlineData("HTTPS://Example.COM:8443/A/b.c?q=1#f")]
    [InlineData("https://example.com")]
    [InlineData("https://example.com?x")]
    [InlineData("https://example.com/a/./b/../c")]
    [InlineData("https://example.com/a%2Fb/%41")]
    [InlineData("https://user@example.com/a")]
    [InlineData("https://münchen.de/straße")]
    [InlineData("https://[::1]/a")]
    [InlineData("http:/\\example.com/r/https://github.com/a/b")]
    [InlineData("  https://example.com/a b  ")]
    [InlineData("https://example.com//a//b/")]
    public void GetPathIsTheAbsolutePath(string url)
    {
        var uri = new Uri(url);
        RepositoryPath.GetPath(uri, out string source, out Range path);
        Assert.Equal(uri.AbsolutePath, source[path]);
    }

    [Fact]
    public void GetPathIsTheAbsolutePathOfGeneratedUrls()
    {
        string[] pieces = ["/", "//", "a", "B", ".", "..", "-", "_", "~", "%41", "%2f", "?", "#", ":", "@", "\\", "中", " ", "+", "=", "https://", "x.y"];
        var random = new Random(7);
        for (int i = 0; i < 20000; i++)
        {
            var url = new StringBuilder(random.Next(3) == 0 ? "HTTP://" : "https://").Append(random.Next(2) == 0 ? "github.com" : "Example.com:81");
            int count = random.Next(0, 10);
            for (int j = 0; j < count; j++)
            {
                url.Append(pieces[random.Next(pieces.Length)]);
            }

            if (Uri.TryCreate(url.ToString(), UriKind.Absolute, out Uri? uri))
            {
                RepositoryPath.GetPath(uri, out string source, out Range path);
                Assert.True(uri.AbsolutePath == source[path], url.ToString());
            }
        }
    }

    [Fact]
    public void AdversarialPathsComplete()
    {
        string slashes = "https://github.com/" + new string('/', 1 << 20) + "a" + new string('/', 1 << 20) + "b";
        Assert.True(RepositoryPath.TryMatch(slashes, out RepositoryPath match));
        Assert.Equal(new RepositoryRef("github.com", "a", "b"), match.ToRepository());

        string deep = "https://gitlab.com/" + string.Concat(Enumerable.Repeat("g/", 1 << 18));
        Assert.False(RepositoryPath.TryMatch(deep, out _));

        string longRemainder = "https://github.com/a/b/" + string.Concat(Enumerable.Repeat("x//", 1 << 18));
        Assert.True(RepositoryPath.TryMatch(longRemainder, out match));
        Assert.Equal(1 + (2 * (1 << 18)) - 1, match.GetRemainder().Length);
    }

    [Fact]
    public void NullUrlThrows() => Assert.Throws<ArgumentNullException>(() => RepositoryPath.TryMatch((string)null!, out _));
}
