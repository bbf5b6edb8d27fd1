using System.Text;
using System.Text.Json;
using PaperDigest.Serialization;
using Xunit;

namespace PaperDigest.Cli.Tests.Commands;

public class ParseCommandTests
{
    [Theory]
    [InlineData(TestPaths.FirstSeed, 10)]
    [InlineData(TestPaths.SecondSeed, 5)]
    public void Seed_parses_to_json_with_its_papers(string seed, int papers)
    {
        CliResult result = CliRunner.Run("parse", TestPaths.Seed(seed));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(papers, json.RootElement.GetProperty("papers").GetArrayLength());
        Assert.Equal(seed, json.RootElement.GetProperty("sourceName").GetString());
    }

    [Fact]
    public void Json_is_exactly_what_DigestJson_writes()
    {
        string expected = DigestJson.Serialize(DigestParser.Default.Parse(TestPaths.SeedText(TestPaths.FirstSeed), TestPaths.FirstSeed), indented: true);

        CliResult result = CliRunner.Run("parse", TestPaths.Seed(TestPaths.FirstSeed));

        Assert.Equal(expected + Environment.NewLine, result.Out);
        Assert.Contains("本周值得关注的大模型", result.Out, StringComparison.Ordinal); // Chinese is not \u-escaped
    }

    [Fact]
    public void Compact_json_is_one_line_and_equal_to_the_indented_one()
    {
        CliResult compact = CliRunner.Run("parse", TestPaths.Seed(TestPaths.SecondSeed), "--compact");
        CliResult indented = CliRunner.Run("parse", TestPaths.Seed(TestPaths.SecondSeed));

        Assert.Equal(0, compact.ExitCode);
        Assert.Single(compact.Out.TrimEnd().Split('\n'));
        Assert.True(indented.Out.Split('\n').Length > 100);
        Assert.Equal(
            DigestJson.Deserialize(indented.Out),
            DigestJson.Deserialize(compact.Out));
    }

    [Fact]
    public void Output_file_holds_exactly_the_DigestJson_bytes_and_stdout_stays_empty()
    {
        using var temp = new TempDirectory();
        string output = temp.Combine("out.json");
        string expected = DigestJson.Serialize(DigestParser.Default.Parse(TestPaths.SeedText(TestPaths.SecondSeed), TestPaths.SecondSeed), indented: false);

        CliResult result = CliRunner.Run("parse", TestPaths.Seed(TestPaths.SecondSeed), "--output", output, "--compact");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal(Encoding.UTF8.GetBytes(expected), File.ReadAllBytes(output));
    }

    [Fact]
    public void Markdown_has_the_header_fields_and_a_row_per_paper()
    {
        CliResult result = CliRunner.Run("parse", TestPaths.Seed(TestPaths.FirstSeed), "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Out.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("# 本周值得关注的大模型 / AIGC 前沿研究", lines[0]);
        Assert.Contains("- **Date:** 2024-04-20 10:39", lines);
        Assert.Contains("- **Sources:** AI之势, 学术头条", lines);
        Assert.Contains("| # | Title | arXiv | Code | Affiliations |", lines);
        string[] rows = lines.Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| #", StringComparison.Ordinal)).ToArray();
        Assert.Equal(10, rows.Length);
        Assert.StartsWith("| 1 | 只需半天,训练一个 15 亿参数小模型 | [2404.08634](https://arxiv.org/abs/2404.08634) | [sanyalsunny111/LLM-Inheritune](https://github.com/sanyalsunny111/LLM-Inheritune) |", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("| 10 |", rows[9], StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_prefers_the_English_title_and_puts_named_groups_in_their_own_table()
    {
        CliResult result = CliRunner.Run("parse", TestPaths.Seed(TestPaths.SecondSeed), "-f", "markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| 1 | Are Emergent Abilities of Large Language Models a Mirage? | [2304.15004](https://arxiv.org/abs/2304.15004) |", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("大型语言模型的涌现能力是种幻觉吗", result.Out, StringComparison.Ordinal);
        Assert.Contains("## 更多", result.Out, StringComparison.Ordinal);
        Assert.Contains("- **Date:** 2023-05-02" + Environment.NewLine, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_a_short_summary()
    {
        CliResult result = CliRunner.Run("parse", TestPaths.Seed(TestPaths.FirstSeed), "--format", "text");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Out.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("本周值得关注的大模型 / AIGC 前沿研究", lines[0]);
        Assert.Equal("Date: 2024-04-20 10:39 | Sources: AI之势, 学术头条", lines[1]);
        Assert.Equal("10 papers, 0 diagnostics", lines[2]);
        Assert.Contains("  1. 只需半天,训练一个 15 亿参数小模型", lines);
        Assert.Contains("     arXiv 2404.08634 · code github.com/sanyalsunny111/LLM-Inheritune · 德州大学奥斯汀分校", lines);
        Assert.True(lines.Length < 40);
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash_and_named_by_source_name()
    {
        CliResult result = CliRunner.Run(TestPaths.SeedBytes(TestPaths.SecondSeed), "parse", "-", "--source-name", "week18.txt");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal("week18.txt", json.RootElement.GetProperty("sourceName").GetString());
        Assert.Equal(5, json.RootElement.GetProperty("papers").GetArrayLength());
    }

    [Fact]
    public void Standard_input_without_source_name_has_no_source_name()
    {
        CliResult result = CliRunner.Run(Encoding.UTF8.GetBytes("1. A paper\n论文链接:https://arxiv.org/abs/2404.08634\n"), "parse", "-");

        Assert.Equal(0, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("sourceName").ValueKind);
        Assert.Equal("2404.08634", json.RootElement.GetProperty("papers")[0].GetProperty("arxiv")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        CliResult result = CliRunner.Run("parse", TestPaths.Seed(TestPaths.FirstSeed), "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith("paperdigest: Argument 'xml' not recognized. Must be one of: 'json' 'markdown' 'text'", result.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'paperdigest parse --help' for usage.", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "parse" }, "Required argument 'file' missing")]
    [InlineData(new[] { "parse", "a.txt", "--bogus" }, "Unrecognized command or argument '--bogus'")]
    [InlineData(new string[0], "Required command was not provided")]
    [InlineData(new[] { "frobnicate" }, "Unrecognized command or argument 'frobnicate'")]
    public void Bad_command_lines_exit_with_2(string[] args, string message)
    {
        CliResult result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_to_a_missing_folder_is_an_IO_error()
    {
        using var temp = new TempDirectory();
        string output = temp.Combine("no", "such", "out.json");

        CliResult result = CliRunner.Run("parse", TestPaths.Seed(TestPaths.FirstSeed), "-o", output);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal($"paperdigest: {output}: cannot write: no such directory{Environment.NewLine}", result.Error);
    }

    [Fact]
    public void Output_to_a_folder_is_an_IO_error()
    {
        using var temp = new TempDirectory();

        CliResult result = CliRunner.Run("parse", TestPaths.Seed(TestPaths.FirstSeed), "-f", "text", "-o", temp.Path);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal($"paperdigest: {temp.Path}: cannot write: is a directory{Environment.NewLine}", result.Error);
    }
}
