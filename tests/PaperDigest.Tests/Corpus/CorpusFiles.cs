namespace PaperDigest.Tests.Corpus;

/// <summary>Locates the accuracy corpus, <c>tests/Corpus</c>: every <c>.txt</c> and <c>.md</c> digest except the README.</summary>
internal static class CorpusFiles
{
    public static string Directory => Path.Combine(TestPaths.RepositoryRoot, "tests", "Corpus");

    /// <summary>Gets the digest file names in ordinal order.</summary>
    public static IReadOnlyList<string> Digests() =>
        [.. System.IO.Directory.EnumerateFiles(Directory)
            .Where(p => p.EndsWith(".txt", StringComparison.Ordinal) || p.EndsWith(".md", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => !n.Equals("README.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    public static string PathOf(string digest) => Path.Combine(Directory, digest);

    public static string ExpectedPathOf(string digest) => Path.Combine(Directory, Path.GetFileNameWithoutExtension(digest) + ".expected.json");

    /// <summary>Reads a digest exactly as stored (CRLF kept).</summary>
    public static string Read(string digest) => File.ReadAllText(PathOf(digest));
}
