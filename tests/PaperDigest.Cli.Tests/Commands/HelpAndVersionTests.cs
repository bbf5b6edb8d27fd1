using System.Reflection;
using Xunit;

namespace PaperDigest.Cli.Tests.Commands;

public class HelpAndVersionTests
{
    [Theory]
    [InlineData("parse", "paperdigest parse digest.txt --format markdown --output digest.md")]
    [InlineData("batch", "paperdigest batch digests/ --out json/")]
    [InlineData("entities", "paperdigest entities digest.txt")]
    [InlineData("validate", "paperdigest validate digest.txt")]
    public void Every_command_has_help_with_examples(string command, string example)
    {
        CliResult result = CliRunner.Run(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out, StringComparison.Ordinal);
        Assert.Contains($"paperdigest {command} <", result.Out, StringComparison.Ordinal);
        int examples = result.Out.IndexOf("Examples:", StringComparison.Ordinal);
        Assert.True(examples > result.Out.IndexOf("Options:", StringComparison.Ordinal), "examples follow the options");
        Assert.Contains("  " + example, result.Out[examples..], StringComparison.Ordinal);
    }

    [Fact]
    public void Root_help_lists_the_commands_and_exit_codes()
    {
        CliResult result = CliRunner.Run("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (string command in new[] { "parse <file>", "batch <inputs>", "entities <file>", "validate <file>" })
        {
            Assert.Contains(command, result.Out, StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes: 0 ok", result.Out, StringComparison.Ordinal);
        Assert.Contains("Examples:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_informational_version_of_the_tool()
    {
        string expected = typeof(Cli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        CliResult result = CliRunner.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected + Environment.NewLine, result.Out);
        Assert.StartsWith("0.1.0", expected, StringComparison.Ordinal);
    }
}
