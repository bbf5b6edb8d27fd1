using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PaperDigest.Benchmarks;

/// <summary>
/// A column computed from the input's UTF-8 byte count (read from the benchmark's <see cref="ISizedInput"/>
/// parameter) and the case's results.
/// </summary>
public abstract class InputSizeColumn : IColumn
{
    /// <inheritdoc />
    public abstract string Id { get; }

    /// <inheritdoc />
    public abstract string ColumnName { get; }

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public abstract int PriorityInCategory { get; }

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public abstract string Legend { get; }

    /// <summary>Gets the UTF-8 byte count of the case's input, or <see langword="null"/> when it has none.</summary>
    /// <param name="benchmarkCase">The case.</param>
    /// <returns>The byte count.</returns>
    public static long? InputBytes(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        return benchmarkCase.Parameters.Items.Select(p => p.Value).OfType<ISizedInput>().FirstOrDefault()?.Utf8ByteCount;
    }

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        long? bytes = InputBytes(benchmarkCase);
        BenchmarkReport? report = summary[benchmarkCase];
        double? value = bytes is > 0 && report is not null ? Compute(report, benchmarkCase, bytes.Value) : null;
        return value is { } v && double.IsFinite(v) ? v.ToString(Format, CultureInfo.InvariantCulture) : "NA";
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <summary>Gets the number format of the values.</summary>
    protected abstract string Format { get; }

    /// <summary>Computes the value for one case.</summary>
    /// <param name="report">The case's report.</param>
    /// <param name="benchmarkCase">The case.</param>
    /// <param name="inputBytes">The input's UTF-8 byte count.</param>
    /// <returns>The value, or <see langword="null"/> when the results lack what it needs.</returns>
    protected abstract double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, long inputBytes);
}
