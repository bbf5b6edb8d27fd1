namespace PaperDigest.Tests;

/// <summary>Locates the repository's files from the test assembly's folder.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PaperDigest.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (PaperDigest.sln) was not found above " + AppContext.BaseDirectory);
    });

    public static string RepositoryRoot => Root.Value;

    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    public static string Seed(string name) => Path.Combine(Seeds, name);

    public static string ReadSeed(string name) => File.ReadAllText(Seed(name));
}
