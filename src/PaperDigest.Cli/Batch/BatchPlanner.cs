using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace PaperDigest.Cli.Batch;

/// <summary>
/// Expands batch arguments into files: a folder yields its <c>*.txt</c> and <c>*.md</c> files recursively, a pattern
/// with <c>*</c> or <c>**</c> yields its matches, anything else is taken as a file (a missing one fails when read).
/// Each file gets an output path at the same relative path with the extension <c>.json</c>.
/// </summary>
internal static class BatchPlanner
{
    /// <summary>The summary file in the output folder; no input is given this output name.</summary>
    public const string IndexFileName = "index.json";

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static BatchPlan Plan(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var items = new List<BatchItem>();
        var warnings = new List<string>();
        var seen = new HashSet<string>(StringComparer.FromComparison(PathComparison));
        var outputs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { IndexFileName };
        foreach (string input in inputs)
        {
            List<(string Source, string Display, string Relative)> found;
            if (Directory.Exists(input))
            {
                found = FromDirectory(input);
                if (found.Count == 0)
                {
                    warnings.Add($"{input}: no .txt or .md file in this folder");
                }
            }
            else if (IsGlob(input))
            {
                found = FromGlob(input, out string? problem);
                if (found.Count == 0)
                {
                    warnings.Add($"{input}: {problem ?? "matches no file"}");
                }
            }
            else
            {
                string name = Path.GetFileName(input);
                found = [(input, input, name.Length == 0 ? "input" : name)];
            }

            foreach ((string source, string display, string relative) in found)
            {
                if (seen.Add(Path.GetFullPath(source)))
                {
                    items.Add(new BatchItem(source, display, OutputName(relative, outputs)));
                }
            }
        }

        return new BatchPlan(items, warnings);
    }

    /// <summary>Whether the argument is a glob pattern (contains <c>*</c>).</summary>
    public static bool IsGlob(string input) => input.Contains('*', StringComparison.Ordinal);

    /// <summary>Splits a glob into the folder before its first wildcard segment and the pattern below it.</summary>
    public static (string Root, string Pattern) SplitGlob(string glob)
    {
        ArgumentNullException.ThrowIfNull(glob);
        string normalized = Path.DirectorySeparatorChar == '\\' ? glob.Replace('\\', '/') : glob;
        string[] segments = normalized.Split('/');
        int first = 0;
        while (first < segments.Length - 1 && !segments[first].Contains('*', StringComparison.Ordinal))
        {
            first++;
        }

        string root = string.Join('/', segments[..first]);
        if (root.Length == 0)
        {
            root = normalized.StartsWith('/') ? "/" : ".";
        }

        return (root, string.Join('/', segments[first..]));
    }

    private static List<(string, string, string)> FromDirectory(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchType = MatchType.Simple };
        return Directory.EnumerateFiles(directory, "*", options)
            .Where(path => Path.GetExtension(path) is { } extension
                && (extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) || extension.Equals(".md", StringComparison.OrdinalIgnoreCase)))
            .Select(path => (path, Path.GetRelativePath(directory, path)))
            .OrderBy(pair => pair.Item2, StringComparer.Ordinal)
            .Select(pair => (pair.path, pair.path, pair.Item2))
            .ToList();
    }

    private static List<(string, string, string)> FromGlob(string glob, out string? problem)
    {
        (string root, string pattern) = SplitGlob(glob);
        problem = null;
        if (!Directory.Exists(root))
        {
            problem = "no such folder: " + root;
            return [];
        }

        var matcher = new Matcher(PathComparison);
        matcher.AddInclude(pattern);
        PatternMatchingResult result = matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(root)));
        return result.Files
            .Select(match => match.Path)
            .OrderBy(relative => relative, StringComparer.Ordinal)
            .Select(relative =>
            {
                string path = root == "." ? relative.Replace('/', Path.DirectorySeparatorChar) : Path.Join(root, relative);
                return (path, path, relative);
            })
            .ToList();
    }

    /// <summary>
    /// Gets the output name: the relative path with <c>.json</c> for its extension; when another input already took
    /// that name (<c>a.txt</c> and <c>a.md</c>), the whole name plus <c>.json</c>, then a counter.
    /// </summary>
    private static string OutputName(string relative, HashSet<string> taken)
    {
        string normalized = relative.Replace(Path.DirectorySeparatorChar, '/');
        string name = Path.ChangeExtension(normalized, ".json");
        if (taken.Add(name))
        {
            return name;
        }

        name = normalized + ".json";
        for (int counter = 2; !taken.Add(name); counter++)
        {
            name = normalized + "." + counter.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".json";
        }

        return name;
    }
}
