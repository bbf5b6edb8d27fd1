using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PaperDigest.Benchmarks;

/// <summary>Allocated bytes per operation (from the memory diagnoser) ÷ the input's UTF-8 bytes.</summary>
public sealed class AllocationPerByteColumn : InputSizeColumn
{
    /// <inheritdoc />
    public override string Id => nameof(AllocationPerByteColumn);

    /// <inheritdoc />
    public override string ColumnName => "Alloc B/B";

    /// <inheritdoc />
    public override int PriorityInCategory => 1;

    /// <inheritdoc />
    public override string Legend => "Managed bytes allocated per operation divided by the UTF-8 bytes of the input";

    /// <inheritdoc />
    protected override string Format => "N2";

    /// <inheritdoc />
    protected override double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, long inputBytes) =>
        report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } allocated ? (double)allocated / inputBytes : null;
}
