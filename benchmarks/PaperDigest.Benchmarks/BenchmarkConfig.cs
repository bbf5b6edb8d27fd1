using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Order;

namespace PaperDigest.Benchmarks;

/// <summary>
/// The configuration of every benchmark class: memory diagnoser, the MB/s and allocated-bytes-per-input-byte columns,
/// categories, results grouped by input in declaration order. The job comes from the command line
/// (<c>--job short</c>, <c>--job dry</c>) or is BenchmarkDotNet's default.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public BenchmarkConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new ThroughputColumn(), new AllocationPerByteColumn(), CategoriesColumn.Default);
        HideColumns(StatisticColumn.Median, StatisticColumn.Error);
        WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared, MethodOrderPolicy.Declared));

        // Building the generated project takes minutes on a busy 2-core machine; the default limit is 2 minutes.
        WithBuildTimeout(TimeSpan.FromMinutes(10));
    }
}
