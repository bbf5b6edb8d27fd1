using System.Text;
using System.Text.Json;
using PaperDigest.Extraction;
using PaperDigest.Model;
using Xunit;

namespace PaperDigest.Cli.Tests.Commands;

public class EntitiesCommandTests
{
    private const string Line = "代码 https://github.com/XuezheMax/megalodon 见 arXiv:2404.08801v2,公式 $E=mc^2$,作者来自清华大学";

    private static JsonElement[] Scan(string text, params string[] extra)
    {
        CliResult result = CliRunner.Run(Encoding.UTF8.GetBytes(text), ["entities", "-", .. extra]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        return json.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    [Fact]
    public void One_line_yields_every_entity_in_text_order_with_its_fields()
    {
        JsonElement[] entities = Scan(Line);

        Assert.Equal(["link", "repository", "arxiv", "formula", "affiliation"], entities.Select(e => e.GetProperty("kind").GetString()));

        JsonElement link = entities[0];
        Assert.Equal("https://github.com/XuezheMax/megalodon", link.GetProperty("text").GetString());
        Assert.Equal("repository", link.GetProperty("linkKind").GetString());
        Assert.Equal("https://github.com/XuezheMax/megalodon", link.GetProperty("url").GetString());

        JsonElement repository = entities[1];
        Assert.Equal("github.com", repository.GetProperty("host").GetString());
        Assert.Equal("XuezheMax", repository.GetProperty("owner").GetString());
        Assert.Equal("megalodon", repository.GetProperty("name").GetString());

        JsonElement arxiv = entities[2];
        Assert.Equal("arXiv:2404.08801v2", arxiv.GetProperty("text").GetString());
        Assert.Equal("2404.08801", arxiv.GetProperty("id").GetString());
        Assert.Equal(2, arxiv.GetProperty("version").GetInt32());

        JsonElement formula = entities[3];
        Assert.Equal("$E=mc^2$", formula.GetProperty("text").GetString());
        Assert.Equal("E=mc^2", formula.GetProperty("tex").GetString());
        Assert.False(formula.GetProperty("display").GetBoolean());

        JsonElement affiliation = entities[4];
        Assert.Equal("清华大学", affiliation.GetProperty("name").GetString());
        Assert.Equal("Tsinghua University", affiliation.GetProperty("canonical").GetString());
    }

    [Fact]
    public void Spans_point_at_the_text_as_written()
    {
        foreach (JsonElement entity in Scan(Line))
        {
            JsonElement span = entity.GetProperty("span");
            int start = span.GetProperty("start").GetInt32();
            int length = span.GetProperty("length").GetInt32();
            Assert.Equal(Line.Substring(start, length), entity.GetProperty("text").GetString());
            Assert.Equal(1, span.GetProperty("line").GetInt32());
            Assert.Equal(start + 1, span.GetProperty("column").GetInt32());
        }
    }

    [Fact]
    public void Arxiv_link_yields_a_reference_and_a_link_on_the_right_line()
    {
        JsonElement[] entities = Scan("first line\nsee https://arxiv.org/abs/2404.08634 here");

        Assert.Equal(["arxiv", "link"], entities.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(JsonValueKind.Null, entities[0].GetProperty("version").ValueKind);
        Assert.Equal("arxiv", entities[1].GetProperty("linkKind").GetString());
        Assert.All(entities, e =>
        {
            Assert.Equal(2, e.GetProperty("span").GetProperty("line").GetInt32());
            Assert.Equal(5, e.GetProperty("span").GetProperty("column").GetInt32());
            Assert.Equal("https://arxiv.org/abs/2404.08634", e.GetProperty("text").GetString());
        });

        JsonElement reference = Assert.Single(Scan("arXiv:2404.08634"));
        Assert.Equal(JsonValueKind.Null, reference.GetProperty("version").ValueKind);
    }

    [Fact]
    public void Chinese_text_is_written_unescaped_and_compact_is_one_line()
    {
        CliResult result = CliRunner.Run(Encoding.UTF8.GetBytes(Line), "entities", "-", "--compact");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"name\":\"清华大学\"", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", result.Out, StringComparison.Ordinal);
        Assert.Single(result.Out.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Text_without_entities_is_an_empty_array()
    {
        Assert.Empty(Scan("nothing to see here"));
        Assert.Empty(Scan(string.Empty));
    }

    [Fact]
    public void Custom_entities_use_their_own_kind_and_value()
    {
        DigestParser parser = new DigestParserBuilder().AddExtractor(new DoiExtractor()).Build();

        CliResult result = CliRunner.Run(Encoding.UTF8.GetBytes("doi 10.1000/XYZ123 end"), terminal: false, parser, "entities", "-");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement custom = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("doi", custom.GetProperty("kind").GetString());
        Assert.Equal("10.1000/XYZ123", custom.GetProperty("text").GetString());
        Assert.Equal("doi:10.1000/XYZ123", custom.GetProperty("value").GetString());
    }

    [Fact]
    public void Entities_of_a_seed_file_include_its_repositories()
    {
        CliResult result = CliRunner.Run("entities", TestPaths.Seed(TestPaths.FirstSeed), "--compact");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        string?[] repositories = json.RootElement.EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == "repository")
            .Select(e => e.GetProperty("url").GetString())
            .ToArray();
        Assert.Contains("https://github.com/sanyalsunny111/LLM-Inheritune", repositories);
    }

    /// <summary>A user extractor: reports DOIs as custom entities.</summary>
    private sealed class DoiExtractor : IEntityExtractor
    {
        public void Extract(ExtractionContext context)
        {
            ReadOnlySpan<char> text = context.Text;
            int index = text.IndexOf("10.", StringComparison.Ordinal);
            if (index < 0)
            {
                return;
            }

            int end = text[index..].IndexOf(' ');
            int length = end < 0 ? text.Length - index : end;
            string doi = text.Slice(index, length).ToString();
            context.Report(new CustomEntity("doi", doi, "doi:" + doi, context.GetSpan(context.Start + index, length)));
        }
    }
}
