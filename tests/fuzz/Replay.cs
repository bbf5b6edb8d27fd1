using System.Diagnostics;

namespace PaperDigest.Fuzz;

/// <summary>Runs saved inputs (files, or every file in a folder) through the harness once and reports each failure.</summary>
internal static class Replay
{
    public static int Run(ReadOnlySpan<string> paths)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.GetFiles(path).Where(f => !f.EndsWith("README.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        int failures = 0;
        (string File, double Milliseconds) slowest = (string.Empty, 0);
        foreach (string file in files)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                Harness.Check(Harness.Decode(File.ReadAllBytes(file)));
            }
#pragma warning disable CA1031 // Triage reports every failure, whatever its type.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failures++;
                Console.WriteLine($"FAIL {file}: {exception.GetType().Name}: {exception.Message}");
                Console.WriteLine(exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim());
            }

            if (watch.Elapsed.TotalMilliseconds > slowest.Milliseconds)
            {
                slowest = (file, watch.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine($"{files.Count} inputs, {failures} failures; slowest {slowest.Milliseconds:F0} ms ({slowest.File})");
        return failures == 0 ? 0 : 1;
    }
}
