using BenchmarkDotNet.Attributes;
using PaperDigest.Model;

namespace PaperDigest.Benchmarks;

/// <summary>Full parse of each seed document.</summary>
[MemoryDiagnoser]
public class SeedParseBenchmarks
{
    private string _text = string.Empty;

    [ParamsSource(nameof(Seeds))]
    public string Seed { get; set; } = string.Empty;

    public static IEnumerable<string> Seeds() => ["000_004e18867ddb9edf.txt", "004_5ef4b813673723d6.txt"];

    [GlobalSetup]
    public void Setup()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "PaperDigest.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        _text = File.ReadAllText(Path.Combine(directory ?? throw new InvalidOperationException("Repository root not found."), "seeds", Seed));
    }

    [Benchmark]
    public Digest Parse() => DigestParser.Default.Parse(_text);
}
