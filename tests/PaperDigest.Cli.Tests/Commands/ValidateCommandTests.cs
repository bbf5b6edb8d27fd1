using System.Text;
using PaperDigest.Extraction;
using PaperDigest.Model;
using Xunit;

namespace PaperDigest.Cli.Tests.Commands;

public class ValidateCommandTests
{
    [Fact]
    public void Clean_seed_prints_nothing_and_exits_0()
    {
        CliResult result = CliRunner.Run("validate", TestPaths.Seed(TestPaths.FirstSeed));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Info_diagnostics_are_printed_as_file_line_column_and_do_not_fail()
    {
        string path = TestPaths.Seed(TestPaths.SecondSeed);

        CliResult result = CliRunner.Run("validate", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"{path}:6:1: info PD0002: The field 'Official Code' has no value.{Environment.NewLine}", result.Out);
    }

    [Fact]
    public void Warnings_do_not_fail()
    {
        CliResult result = CliRunner.Run(Encoding.UTF8.GetBytes("just some prose without papers\n"), "validate", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"<stdin>:1:1: warning PD0001: No numbered paper entries were found.{Environment.NewLine}", result.Out);
    }

    [Fact]
    public void An_error_diagnostic_exits_with_1()
    {
        DigestParser parser = new DigestParserBuilder().AddExtractor(new FailingExtractor()).Build();

        CliResult result = CliRunner.Run(TestPaths.SeedBytes(TestPaths.SecondSeed), terminal: false, parser, "validate", "-", "--source-name", "week.txt");

        Assert.Equal(1, result.ExitCode);
        string[] lines = result.Out.TrimEnd().ReplaceLineEndings("\n").Split('\n');
        Assert.Contains(lines, l => l.StartsWith("week.txt:", StringComparison.Ordinal) && l.Contains(": error PD0900: Extractor FailingExtractor failed", StringComparison.Ordinal));
        Assert.Contains("week.txt:6:1: info PD0002: The field 'Official Code' has no value.", lines);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Unreadable_input_is_an_IO_error_not_a_content_error()
    {
        CliResult result = CliRunner.Run("validate", "does-not-exist.txt");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal($"paperdigest: does-not-exist.txt: no such file{Environment.NewLine}", result.Error);
    }

    /// <summary>An extractor that always throws: the parser reports it as an error-severity diagnostic.</summary>
    private sealed class FailingExtractor : IEntityExtractor
    {
        public void Extract(ExtractionContext context) => throw new InvalidOperationException("boom");
    }
}
