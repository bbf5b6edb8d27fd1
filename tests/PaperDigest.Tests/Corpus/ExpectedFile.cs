using System.Text.Json;

namespace PaperDigest.Tests.Corpus;

/// <summary>
/// Reads a hand-written <c>tests/Corpus/*.expected.json</c> file. The format is a strict subset of the JSON contract
/// (docs/json.md): <c>{"papers": [{"number", "title", "titleZh", "arxiv": [{"id"}], "repositories": [{"url"}],
/// "projectPages": [{"url"}], "affiliations": [{"name", "canonical"}], "formulas": [{"tex"}]}]}</c>. Unknown or missing
/// properties are errors, so a typo in an expected file cannot silently drop an expectation.
/// </summary>
internal static class ExpectedFile
{
    private static readonly string[] PaperProperties = ["number", "title", "titleZh", "arxiv", "repositories", "projectPages", "affiliations", "formulas"];

    public static IReadOnlyList<CorpusPaper> Load(string path)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = false });
        JsonElement root = document.RootElement;
        RequireProperties(root, path, "papers");
        var papers = new List<CorpusPaper>();
        foreach (JsonElement paper in root.GetProperty("papers").EnumerateArray())
        {
            RequireProperties(paper, path, PaperProperties);
            papers.Add(new CorpusPaper(
                paper.GetProperty("number").GetInt32(),
                paper.GetProperty("title").GetString(),
                paper.GetProperty("titleZh").GetString(),
                Strings(paper.GetProperty("arxiv"), path, "id"),
                Strings(paper.GetProperty("repositories"), path, "url"),
                Strings(paper.GetProperty("projectPages"), path, "url"),
                [.. paper.GetProperty("affiliations").EnumerateArray().Select(a =>
                {
                    RequireProperties(a, path, "name", "canonical");
                    return new CorpusAffiliation(a.GetProperty("name").GetString() ?? string.Empty, a.GetProperty("canonical").GetString());
                })],
                Strings(paper.GetProperty("formulas"), path, "tex")));
        }

        return papers;
    }

    private static string[] Strings(JsonElement array, string path, string property) =>
        [.. array.EnumerateArray().Select(item =>
        {
            RequireProperties(item, path, property);
            return item.GetProperty(property).GetString() ?? throw new InvalidDataException($"{path}: \"{property}\" must be a string.");
        })];

    private static void RequireProperties(JsonElement element, string path, params string[] names)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{path}: expected an object, found {element.ValueKind}.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!names.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new InvalidDataException($"{path}: unknown property \"{property.Name}\" (allowed: {string.Join(", ", names)}).");
            }

            seen.Add(property.Name);
        }

        string[] missing = [.. names.Where(n => !seen.Contains(n))];
        if (missing.Length > 0)
        {
            throw new InvalidDataException($"{path}: missing {string.Join(", ", missing)}.");
        }
    }
}
