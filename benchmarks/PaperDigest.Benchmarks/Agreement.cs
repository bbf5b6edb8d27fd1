using System.Collections.Concurrent;
using System.Globalization;
using PaperDigest.Sections;
using PaperDigest.Serialization;
using PaperDigest.Tokenization;

namespace PaperDigest.Benchmarks;

/// <summary>
/// Checks, once per input and process, that every benchmarked parse path agrees: each parser of
/// <see cref="Parsers.All"/>, the section detector and a JSON round trip find the same number of papers, and the
/// tokens cover the text exactly. Throws <see cref="InvalidOperationException"/> otherwise, which fails the benchmark.
/// </summary>
public static class Agreement
{
    private static readonly ConcurrentDictionary<string, int> Verified = new(StringComparer.Ordinal);

    /// <summary>Verifies <paramref name="input"/> (once) and returns its paper count.</summary>
    /// <param name="input">The input.</param>
    /// <returns>The number of papers every path found.</returns>
    public static int Verify(BenchmarkInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Verified.GetOrAdd(input.Name, _ => Check(input.Name, input.Text));
    }

    private static int Check(string name, string text)
    {
        int expected = DigestParser.Default.Parse(text).Papers.Count;
        foreach ((string parserName, DigestParser parser) in Parsers.All)
        {
            Expect(name, parserName + " parser", expected, parser.Parse(text).Papers.Count);
        }

        Expect(name, "section detector", expected, SectionDetector.Default.Detect(text).PaperCount);
        Expect(name, "JSON round trip", expected, DigestJson.Deserialize(DigestJson.Serialize(DigestParser.Default.Parse(text), indented: false)).Papers.Count);

        long covered = 0;
        foreach (Token token in Tokenizer.Enumerate(text))
        {
            covered += token.Length;
        }

        Expect(name, "tokenizer (characters covered)", text.Length, checked((int)covered));
        return expected;
    }

    private static void Expect(string input, string path, int expected, int actual)
    {
        if (expected != actual)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture, $"Input {input}: the {path} found {actual} papers, the default parser {expected}; the benchmarked paths disagree."));
        }
    }
}
