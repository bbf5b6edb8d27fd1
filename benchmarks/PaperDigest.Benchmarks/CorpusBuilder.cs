using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PaperDigest.Sections;

namespace PaperDigest.Benchmarks;

/// <summary>
/// Builds a large corpus of varied digests: the source digests (footers removed) one after another, each under a
/// Markdown group heading (<c>## 第 N 期</c>) so its paper numbers restart at 1, with every arXiv ID and GitHub owner
/// replaced by a value from a seeded <see cref="Random"/>; one footer closes the corpus. Deterministic for a seed.
/// </summary>
internal static partial class CorpusBuilder
{
    private static readonly string[] OwnerSyllables =
        ["ai", "lab", "deep", "mind", "nlp", "vision", "zhang", "wang", "li", "chen", "liu", "yang", "huang", "zhao", "lin", "open", "gpt", "ml", "sun", "hku", "thu", "pku", "fudan", "sjtu", "ustc"];

    public static string Build(IReadOnlyList<string> sources, int targetBytes, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sources.Count);
        var random = new Random(seed);
        var bodies = new List<string>(sources.Count);
        string? footer = null;
        foreach (string source in sources)
        {
            int footerStart = FooterStart(source);
            bodies.Add(source[..footerStart].TrimEnd('\n', '\r') + "\n");
            if (footer is null && footerStart < source.Length)
            {
                footer = source[footerStart..];
            }
        }

        var builder = new StringBuilder(targetBytes);
        builder.Append("AI 论文速递合集（基准测试语料）\n本合集由多期论文速递拼接而成。\n");
        long bytes = Encoding.UTF8.GetByteCount(builder.ToString());
        for (int issue = 1; bytes < targetBytes; issue++)
        {
            string heading = string.Create(CultureInfo.InvariantCulture, $"\n## 第 {issue} 期\n");
            string body = Vary(bodies[(issue - 1) % bodies.Count], random);
            builder.Append(heading).Append(body);
            bytes += Encoding.UTF8.GetByteCount(heading) + Encoding.UTF8.GetByteCount(body);
        }

        if (footer is not null)
        {
            builder.Append('\n').Append(footer);
        }

        return builder.ToString();
    }

    /// <summary>Replaces every arXiv ID and GitHub owner with a random one.</summary>
    internal static string Vary(string text, Random random)
    {
        string withIds = ArxivId().Replace(text, _ => RandomArxivId(random));
        return GitHubOwner().Replace(withIds, _ => RandomOwner(random));
    }

    internal static string RandomArxivId(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{random.Next(15, 26):00}{random.Next(1, 13):00}.{random.Next(0, 100_000):00000}");

    internal static string RandomOwner(Random random)
    {
        string owner = OwnerSyllables[random.Next(OwnerSyllables.Length)] + OwnerSyllables[random.Next(OwnerSyllables.Length)];
        return random.Next(3) == 0 ? owner + random.Next(1, 100).ToString(CultureInfo.InvariantCulture) : owner;
    }

    /// <summary>Where the source's footer starts (its length when it has none), as the library's detector sees it.</summary>
    private static int FooterStart(string source)
    {
        foreach (Block block in SectionDetector.Default.Detect(source).Blocks)
        {
            if (block.Kind == BlockKind.Footer)
            {
                // Back up to the start of the line.
                int lineStart = source.LastIndexOf('\n', Math.Max(0, block.Start - 1));
                return block.Start == 0 ? 0 : lineStart + 1;
            }
        }

        return source.Length;
    }

    [GeneratedRegex(@"(?<=arxiv\.org/(?:abs|pdf)/)\d{4}\.\d{4,5}|(?<=arXiv:[ ]{0,2})\d{4}\.\d{4,5}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivId();

    [GeneratedRegex(@"(?<=github\.com/)[A-Za-z0-9-]{1,39}(?=/)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GitHubOwner();
}
