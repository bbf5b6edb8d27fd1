using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace PaperDigest.Benchmarks;

/// <summary>
/// Many documents (the seeds repeated) parsed with one shared <see cref="DigestParser.Default"/>: in parallel with
/// <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, Action{TSource})"/> versus one after another (the baseline).
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class BatchBenchmarks
{
    private IReadOnlyList<string> _documents = [];

    /// <summary>Gets or sets the batch.</summary>
    [ParamsSource(nameof(Batches))]
    public BatchInput Batch { get; set; } = null!;

    /// <summary>Gets the batches.</summary>
    /// <returns>The seeds repeated.</returns>
    public static IEnumerable<BatchInput> Batches() => InputCatalog.AllBatches();

    /// <summary>Builds the batch and checks that both ways find the same papers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _documents = Batch.Documents;
        int expected = _documents.Sum(d => DigestParser.Default.Parse(d).Papers.Count);
        int sequential = Sequential();
        int parallel = Parallel();
        if (sequential != expected || parallel != expected)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture, $"Batch {Batch}: sequential found {sequential} papers, parallel {parallel}, one by one {expected}."));
        }
    }

    /// <summary>Baseline: one thread.</summary>
    /// <returns>The total paper count.</returns>
    [Benchmark(Baseline = true), BenchmarkCategory(Categories.Batch)]
    public int Sequential()
    {
        int papers = 0;
        foreach (string document in _documents)
        {
            papers += DigestParser.Default.Parse(document).Papers.Count;
        }

        return papers;
    }

    /// <summary>All cores, one shared parser.</summary>
    /// <returns>The total paper count.</returns>
    [Benchmark, BenchmarkCategory(Categories.Batch)]
    public int Parallel()
    {
        int papers = 0;
        System.Threading.Tasks.Parallel.ForEach(_documents, document => Interlocked.Add(ref papers, DigestParser.Default.Parse(document).Papers.Count));
        return papers;
    }
}
