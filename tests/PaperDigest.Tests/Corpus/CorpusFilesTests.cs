using System.Text;
using Xunit;

namespace PaperDigest.Tests.Corpus;

/// <summary>The corpus itself: enough digests, each with a well-formed expectation that uses real gazetteer names.</summary>
public class CorpusFilesTests
{
    public static TheoryData<string> Digests() => new(CorpusFiles.Digests());

    [Fact]
    public void Corpus_has_at_least_sixteen_digests_in_text_and_markdown()
    {
        IReadOnlyList<string> digests = CorpusFiles.Digests();
        Assert.True(digests.Count >= 16, $"Only {digests.Count} digests in {CorpusFiles.Directory}.");
        Assert.Contains(digests, d => d.EndsWith(".txt", StringComparison.Ordinal));
        Assert.Contains(digests, d => d.EndsWith(".md", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(CorpusFiles.Directory, "README.md")), "tests/Corpus/README.md describes the files.");
    }

    [Fact]
    public void At_least_three_digests_use_crlf_line_endings_throughout()
    {
        string[] crlf = [.. CorpusFiles.Digests().Where(d => IsCrlfThroughout(File.ReadAllBytes(CorpusFiles.PathOf(d))))];
        Assert.True(crlf.Length >= 3, "CRLF digests: " + string.Join(", ", crlf) + " (was a checkout normalizing line endings?)");
    }

    [Theory]
    [MemberData(nameof(Digests))]
    public void Digest_has_a_well_formed_expectation(string digest)
    {
        string path = CorpusFiles.ExpectedPathOf(digest);
        Assert.True(File.Exists(path), "Missing " + path);
        IReadOnlyList<CorpusPaper> papers = ExpectedFile.Load(path);
        Assert.NotEmpty(papers);
        Assert.All(papers, p =>
        {
            Assert.True(p.Number > 0, p.Label);
            Assert.True(p.Title is not null || p.TitleZh is not null, p.Label + " has no title.");
            Assert.All(p.Repositories, r => Assert.Matches("^https://(github\\.com|gitlab\\.com|gitee\\.com|bitbucket\\.org|huggingface\\.co)/", r));
            Assert.All(p.Arxiv, id => Assert.DoesNotMatch("v[0-9]+$", id));
        });
    }

    [Theory]
    [MemberData(nameof(Digests))]
    public void Expected_canonical_names_exist_in_the_gazetteer(string digest)
    {
        HashSet<string> canonical = GazetteerCanonicalNames();
        string[] unknown = [.. ExpectedFile.Load(CorpusFiles.ExpectedPathOf(digest))
            .SelectMany(p => p.Affiliations)
            .Where(a => a.Canonical is not null && !canonical.Contains(a.Canonical))
            .Select(a => a.Canonical!)];
        Assert.Empty(unknown);
    }

    [Fact]
    public void Expected_file_reader_rejects_unknown_properties()
    {
        string path = Path.Combine(Path.GetTempPath(), "paperdigest-corpus-" + Guid.NewGuid().ToString("N") + ".expected.json");
        File.WriteAllText(path, """{"papers": [{"number": 1, "title": "T", "titleZh": null, "arxiv": [], "repositories": [], "projectPages": [], "affiliations": [], "formula": []}]}""");
        try
        {
            InvalidDataException error = Assert.Throws<InvalidDataException>(() => ExpectedFile.Load(path));
            Assert.Contains("formula", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static bool IsCrlfThroughout(byte[] bytes)
    {
        int lineFeeds = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lineFeeds++;
                if (i == 0 || bytes[i - 1] != (byte)'\r')
                {
                    return false;
                }
            }
        }

        return lineFeeds > 0;
    }

    private static HashSet<string> GazetteerCanonicalNames()
    {
        string path = Path.Combine(TestPaths.RepositoryRoot, "src", "PaperDigest", "Extraction", "Affiliations", "gazetteer.tsv");
        return [.. File.ReadAllLines(path, Encoding.UTF8)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t')[0])];
    }
}
