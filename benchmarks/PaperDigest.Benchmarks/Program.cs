using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PaperDigest.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/PaperDigest.Benchmarks -- --filter '*'</c>.
/// <c>--short</c> (handled here, not by BenchmarkDotNet) shrinks the corpora and adversarial inputs for smoke runs.
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmarks the arguments select.</summary>
    /// <param name="args">BenchmarkDotNet's arguments, plus <c>--short</c>.</param>
    /// <returns>0 when every selected benchmark ran; 1 when one failed (a setup that threw, disagreeing parse paths).</returns>
    public static int Main(string[] args)
    {
        var arguments = new List<string>(args);
        if (arguments.RemoveAll(a => a == "--short") > 0)
        {
            // Benchmark processes inherit the environment, so they build the same short inputs.
            Environment.SetEnvironmentVariable(InputCatalog.ShortVariable, "1");
        }

        Environment.SetEnvironmentVariable(InputCatalog.RootVariable, InputCatalog.RepositoryRoot);
        IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. arguments]);
        bool failed = false;
        foreach (Summary summary in summaries)
        {
            if (summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) || summary.Reports.Length < summary.BenchmarksCases.Length)
            {
                Console.Error.WriteLine($"Benchmarks failed in {summary.Title}.");
                failed = true;
            }
        }

        return failed ? 1 : 0;
    }
}
