using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PaperDigest.Benchmarks;

/// <summary>Throughput: the input's UTF-8 bytes ÷ the mean time, in MB/s (10^6 bytes per second).</summary>
public sealed class ThroughputColumn : InputSizeColumn
{
    /// <inheritdoc />
    public override string Id => nameof(ThroughputColumn);

    /// <inheritdoc />
    public override string ColumnName => "MB/s";

    /// <inheritdoc />
    public override int PriorityInCategory => 0;

    /// <inheritdoc />
    public override string Legend => "UTF-8 bytes of the input divided by the mean time, in 10^6 bytes per second";

    /// <inheritdoc />
    protected override string Format => "N1";

    /// <inheritdoc />
    protected override double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, long inputBytes) =>
        report.ResultStatistics?.Mean is > 0 and var nanoseconds ? inputBytes / nanoseconds * 1e3 : null;
}
