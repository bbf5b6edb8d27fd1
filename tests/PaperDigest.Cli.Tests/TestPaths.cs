namespace PaperDigest.Cli.Tests;

/// <summary>Locates the repository's files from the test assembly's folder.</summary>
internal static class TestPaths
{
    public const string FirstSeed = "000_004e18867ddb9edf.txt";
    public const string SecondSeed = "004_5ef4b813673723d6.txt";

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

    public static string Seed(string name) => Path.Combine(RepositoryRoot, "seeds", name);

    public static byte[] SeedBytes(string name) => File.ReadAllBytes(Seed(name));

    public static string SeedText(string name) => File.ReadAllText(Seed(name));
}
