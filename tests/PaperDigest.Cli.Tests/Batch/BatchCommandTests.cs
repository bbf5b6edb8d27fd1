using System.Text.Json;
using PaperDigest.Cli.Commands;
using PaperDigest.Serialization;
using Xunit;

namespace PaperDigest.Cli.Tests.Batch;

public class BatchCommandTests
{
    private static readonly byte[] BadUtf8 = [.. "1. 论文 "u8, 0xFF, 0xFE];

    /// <summary>in/a.txt (seed 1), in/sub/b.md (seed 2), in/sub/bad.txt (invalid UTF-8), in/notes.json (ignored).</summary>
    private static TempDirectory CreateInputs()
    {
        var temp = new TempDirectory();
        temp.Write(Path.Combine("in", "a.txt"), TestPaths.SeedBytes(TestPaths.FirstSeed));
        temp.Write(Path.Combine("in", "sub", "b.md"), TestPaths.SeedBytes(TestPaths.SecondSeed));
        temp.Write(Path.Combine("in", "sub", "bad.txt"), BadUtf8);
        temp.Write(Path.Combine("in", "notes.json"), "{}");
        return temp;
    }

    private static JsonElement[] IndexFiles(string outFolder)
    {
        using JsonDocument index = JsonDocument.Parse(File.ReadAllText(Path.Combine(outFolder, "index.json")));
        return index.RootElement.GetProperty("files").EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    [Fact]
    public void One_bad_file_is_reported_and_the_others_are_written()
    {
        using TempDirectory temp = CreateInputs();
        string input = temp.Combine("in");
        string output = temp.Combine("out");

        CliResult result = CliRunner.Run("batch", input, "--out", output, "--quiet");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        string bad = Path.Combine(input, "sub", "bad.txt");
        string[] errors = result.Error.TrimEnd().ReplaceLineEndings("\n").Split('\n');
        Assert.Equal($"paperdigest: {bad}: invalid UTF-8 at byte offset 10 (byte 0xFF); pass --lenient to replace invalid bytes", errors[0]);
        Assert.Equal($"paperdigest batch: 3 files, 2 ok, 1 failed, 15 papers; index: {Path.Combine(output, "index.json")}", errors[^1]);
        Assert.Equal(2, errors.Length);

        using (JsonDocument a = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "a.json"))))
        {
            Assert.Equal(10, a.RootElement.GetProperty("papers").GetArrayLength());
        }

        Assert.Equal(5, DigestJson.Deserialize(File.ReadAllText(Path.Combine(output, "sub", "b.json"))).Papers.Count);
        Assert.False(File.Exists(Path.Combine(output, "sub", "bad.json")));
        Assert.False(File.Exists(Path.Combine(output, "notes.json")));

        JsonElement[] files = IndexFiles(output);
        Assert.Equal([Path.Combine(input, "a.txt"), Path.Combine(input, "sub", "b.md"), bad], files.Select(f => f.GetProperty("file").GetString()));
        Assert.Equal(["ok", "ok", "failed"], files.Select(f => f.GetProperty("status").GetString()));
        Assert.Equal(["a.json", "sub/b.json", null], files.Select(f => f.GetProperty("output").GetString()));
        Assert.Equal(10, files[0].GetProperty("papers").GetInt32());
        Assert.Equal(1, files[1].GetProperty("diagnostics").GetInt32());
        Assert.Equal(JsonValueKind.Null, files[0].GetProperty("error").ValueKind);
        Assert.StartsWith("invalid UTF-8 at byte offset 10", files[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, files[2].GetProperty("papers").ValueKind);
    }

    [Fact]
    public void Index_has_totals()
    {
        using TempDirectory temp = CreateInputs();

        CliRunner.Run("batch", temp.Combine("in"), "--out", temp.Combine("out"), "-q");

        using JsonDocument index = JsonDocument.Parse(File.ReadAllText(temp.Combine("out", "index.json")));
        Assert.Equal(3, index.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(2, index.RootElement.GetProperty("ok").GetInt32());
        Assert.Equal(1, index.RootElement.GetProperty("failed").GetInt32());
        Assert.Equal(15, index.RootElement.GetProperty("papers").GetInt32());
    }

    [Fact]
    public void All_good_files_exit_0_and_json_is_the_DigestJson_output()
    {
        using var temp = new TempDirectory();
        temp.Write(Path.Combine("in", TestPaths.FirstSeed), TestPaths.SeedBytes(TestPaths.FirstSeed));

        CliResult result = CliRunner.Run("batch", temp.Combine("in"), "--out", temp.Combine("out"), "--compact", "--parallel", "1");

        Assert.Equal(0, result.ExitCode);
        string expected = DigestJson.Serialize(DigestParser.Default.Parse(TestPaths.SeedText(TestPaths.FirstSeed), TestPaths.FirstSeed), indented: false);
        Assert.Equal(expected, File.ReadAllText(temp.Combine("out", "000_004e18867ddb9edf.json")));
        Assert.EndsWith("1 file, 1 ok, 0 failed, 10 papers; index: " + temp.Combine("out", "index.json") + Environment.NewLine, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Globs_select_files_relative_to_their_folder()
    {
        using TempDirectory temp = CreateInputs();
        string pattern = temp.Path + "/in/**/*.md";

        CliResult result = CliRunner.Run("batch", pattern, "--out", temp.Combine("out"), "-q");

        Assert.Equal(0, result.ExitCode);
        JsonElement file = Assert.Single(IndexFiles(temp.Combine("out")));
        Assert.Equal("sub/b.json", file.GetProperty("output").GetString());
        Assert.True(File.Exists(temp.Combine("out", "sub", "b.json")));
    }

    [Fact]
    public void Explicit_files_and_missing_files_are_reported_per_file()
    {
        using TempDirectory temp = CreateInputs();
        string missing = temp.Combine("in", "missing.txt");

        CliResult result = CliRunner.Run("batch", temp.Combine("in", "a.txt"), missing, "--out", temp.Combine("out"), "-q");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"paperdigest: {missing}: no such file", result.Error, StringComparison.Ordinal);
        Assert.Equal(["ok", "failed"], IndexFiles(temp.Combine("out")).Select(f => f.GetProperty("status").GetString()));
    }

    [Fact]
    public void Same_name_with_two_extensions_and_index_txt_never_overwrite_each_other()
    {
        using var temp = new TempDirectory();
        temp.Write(Path.Combine("in", "week.txt"), TestPaths.SeedBytes(TestPaths.FirstSeed));
        temp.Write(Path.Combine("in", "week.md"), TestPaths.SeedBytes(TestPaths.SecondSeed));
        temp.Write(Path.Combine("in", "index.txt"), TestPaths.SeedBytes(TestPaths.SecondSeed));

        CliResult result = CliRunner.Run("batch", temp.Combine("in"), "--out", temp.Combine("out"), "-q");

        Assert.Equal(0, result.ExitCode);
        // Inputs are taken in ordinal order of their relative paths: week.md comes first and gets week.json.
        Assert.Equal(["index.txt.json", "week.json", "week.txt.json"], IndexFiles(temp.Combine("out")).Select(f => f.GetProperty("output").GetString()));
        Assert.Equal(5, DigestJson.Deserialize(File.ReadAllText(temp.Combine("out", "week.json"))).Papers.Count);
        Assert.Equal(10, DigestJson.Deserialize(File.ReadAllText(temp.Combine("out", "week.txt.json"))).Papers.Count);
        Assert.True(File.Exists(temp.Combine("out", "index.json")));
    }

    [Fact]
    public void Nothing_to_convert_is_an_IO_error()
    {
        using var temp = new TempDirectory();

        CliResult result = CliRunner.Run("batch", temp.Path + "/*.txt", "--out", temp.Combine("out"));

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(
            $"paperdigest: warning: {temp.Path}/*.txt: matches no file{Environment.NewLine}paperdigest: batch: no input files found{Environment.NewLine}",
            result.Error);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public void Lenient_batch_converts_the_bad_file_with_a_warning()
    {
        using TempDirectory temp = CreateInputs();

        CliResult result = CliRunner.Run("batch", temp.Combine("in"), "--out", temp.Combine("out"), "-q", "--lenient");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(
            $"paperdigest: warning: {temp.Combine("in", "sub", "bad.txt")}: replaced 2 invalid UTF-8 sequence(s) with U+FFFD (first at byte offset 10)",
            result.Error,
            StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("out", "sub", "bad.json")));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("many")]
    public void Parallel_must_be_a_positive_number(string value)
    {
        CliResult result = CliRunner.Run("batch", ".", "--out", "x", "--parallel", value);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("paperdigest: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_is_required()
    {
        CliResult result = CliRunner.Run("batch", ".");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'--out'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_folder_that_cannot_be_created_is_an_IO_error()
    {
        using TempDirectory temp = CreateInputs();
        string blocker = temp.Write("blocker", "a file, not a folder");

        CliResult result = CliRunner.Run("batch", temp.Combine("in"), "--out", Path.Combine(blocker, "out"));

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith($"paperdigest: {Path.Combine(blocker, "out")}: cannot create the output folder: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Terminal_progress_is_a_redrawn_bar_that_is_cleared_at_the_end()
    {
        using TempDirectory temp = CreateInputs();

        CliResult result = CliRunner.Run(stdin: null, terminal: true, parser: null, "batch", temp.Combine("in"), "--out", temp.Combine("out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("\r[------------------------------] 0/3 files", result.Error, StringComparison.Ordinal);
        Assert.Contains("\r[##############################] 3/3 files, 1 failed", result.Error, StringComparison.Ordinal);
        string lastLine = result.Error.TrimEnd().ReplaceLineEndings("\n").Split('\n')[^1];
        Assert.StartsWith("paperdigest batch: 3 files", lastLine.TrimStart('\r', ' '), StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_shows_no_progress_on_a_terminal()
    {
        using TempDirectory temp = CreateInputs();

        CliResult result = CliRunner.Run(stdin: null, terminal: true, parser: null, "batch", temp.Combine("in"), "--out", temp.Combine("out"), "--quiet");

        Assert.DoesNotContain("\r", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("[", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Redirected_progress_is_plain_lines()
    {
        using TempDirectory temp = CreateInputs();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, null, ErrorIsTerminal: false);

        int exitCode = BatchCommand.Run(context, [temp.Combine("in")], temp.Combine("out"), new BatchSettings(1, Quiet: false, Compact: false, Lenient: false, TimeSpan.Zero));

        Assert.Equal(1, exitCode);
        string[] lines = stderr.ToString().TrimEnd().ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("paperdigest batch: 1/3 files", lines);
        Assert.Contains("paperdigest batch: 2/3 files", lines);
        Assert.DoesNotContain("\r", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parallel_and_sequential_runs_write_the_same_files()
    {
        using var temp = new TempDirectory();
        for (int i = 0; i < 12; i++)
        {
            temp.Write(Path.Combine("in", $"d{i:00}.txt"), TestPaths.SeedBytes(i % 2 == 0 ? TestPaths.FirstSeed : TestPaths.SecondSeed));
        }

        CliResult one = CliRunner.Run("batch", temp.Combine("in"), "--out", temp.Combine("one"), "-q", "--parallel", "1");
        CliResult four = CliRunner.Run("batch", temp.Combine("in"), "--out", temp.Combine("four"), "-q", "--parallel", "4");

        Assert.Equal(0, one.ExitCode);
        Assert.Equal(0, four.ExitCode);
        Assert.Equal(File.ReadAllText(temp.Combine("one", "index.json")), File.ReadAllText(temp.Combine("four", "index.json")).Replace("four", "one", StringComparison.Ordinal));
        for (int i = 0; i < 12; i++)
        {
            Assert.Equal(File.ReadAllBytes(temp.Combine("one", $"d{i:00}.json")), File.ReadAllBytes(temp.Combine("four", $"d{i:00}.json")));
        }
    }
}
