using PaperDigest.Model;
using PaperDigest.Serialization;
using Xunit;

namespace PaperDigest.Tests.Golden;

/// <summary>
/// Each seed parses to exactly its reviewed <c>seeds/&lt;name&gt;.expected.json</c>. Set PAPERDIGEST_UPDATE_GOLDEN=1 to
/// rewrite the files after an intended change, then review the diff line by line.
/// </summary>
public class GoldenFileTests
{
    public static TheoryData<string> Seeds() => new(Directory.GetFiles(TestPaths.Seeds, "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_parses_to_its_golden_file(string seed)
    {
        string text = TestPaths.ReadSeed(seed);
        Digest digest = DigestParser.Default.Parse(text, seed);
        string actual = DigestJson.Serialize(digest) + "\n";
        string goldenPath = Path.ChangeExtension(TestPaths.Seed(seed), ".expected.json");
        if (Environment.GetEnvironmentVariable("PAPERDIGEST_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(goldenPath, actual);
        }

        Assert.True(File.Exists(goldenPath), $"Missing golden file {goldenPath}; run with PAPERDIGEST_UPDATE_GOLDEN=1 and review it.");
        string expected = File.ReadAllText(goldenPath).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Golden_file_reads_back_into_the_same_digest(string seed)
    {
        Digest digest = DigestParser.Default.Parse(TestPaths.ReadSeed(seed), seed);
        Assert.Equal(digest, DigestJson.Deserialize(DigestJson.Serialize(digest)));
        Assert.Equal(digest, DigestJson.Deserialize(DigestJson.Serialize(digest, indented: false)));
    }
}
