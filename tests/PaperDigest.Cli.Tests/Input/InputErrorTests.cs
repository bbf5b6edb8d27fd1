using System.Runtime.Versioning;
using System.Text;
using System.Text.Json;
using Xunit;

namespace PaperDigest.Cli.Tests.Input;

/// <summary>How <c>parse</c> reports inputs it cannot read or decode: one line on standard error, exit code 3.</summary>
public class InputErrorTests
{
    private static string Line(string text) => text + Environment.NewLine;

    [Fact]
    public void Missing_file_names_the_file()
    {
        using var temp = new TempDirectory();
        string path = temp.Combine("missing.txt");

        CliResult result = CliRunner.Run("parse", path);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal(Line($"paperdigest: {path}: no such file"), result.Error);
    }

    [Fact]
    public void File_in_a_missing_folder_is_a_missing_file()
    {
        CliResult result = CliRunner.Run("parse", Path.Combine("no-such-folder", "x.txt"));

        Assert.Equal(3, result.ExitCode);
        Assert.EndsWith(": no such file" + Environment.NewLine, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Directory_is_refused_with_a_hint_to_use_batch()
    {
        using var temp = new TempDirectory();

        CliResult result = CliRunner.Run("parse", temp.Path);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(Line($"paperdigest: {temp.Path}: is a directory, not a file (use 'paperdigest batch' for folders)"), result.Error);
    }

    [NotWhenPrivilegedFact]
    [UnsupportedOSPlatform("windows")]
    public void Unreadable_file_is_permission_denied()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("secret.txt", "1. A paper\n");
        File.SetUnixFileMode(path, UnixFileMode.None);

        CliResult result = CliRunner.Run("parse", path);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(Line($"paperdigest: {path}: permission denied"), result.Error);
    }

    [Fact]
    public void Invalid_utf8_names_the_byte_offset_of_the_first_invalid_byte()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("bad.txt", [.. "1. 论文"u8, 0xFF, .. "tail"u8]); // "1. " is 3 bytes, 论文 is 6

        CliResult result = CliRunner.Run("parse", path);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal(Line($"paperdigest: {path}: invalid UTF-8 at byte offset 9 (byte 0xFF); pass --lenient to replace invalid bytes"), result.Error);
    }

    [Fact]
    public void Lenient_replaces_invalid_bytes_and_warns()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("bad.txt", [.. "1. Paper "u8, 0xC3, 0x28, .. " and "u8, 0xFF, .. "\n论文链接:https://arxiv.org/abs/2404.08634\n"u8]);

        CliResult result = CliRunner.Run("parse", path, "--lenient");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Line($"paperdigest: warning: {path}: replaced 2 invalid UTF-8 sequence(s) with U+FFFD (first at byte offset 9)"), result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement paper = json.RootElement.GetProperty("papers")[0];
        Assert.Equal("Paper \uFFFD( and \uFFFD", paper.GetProperty("title").GetString());
        Assert.Equal("2404.08634", paper.GetProperty("arxiv")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-8-bom")]
    public void Byte_order_marked_files_are_decoded(string encodingName)
    {
        Encoding encoding = encodingName switch
        {
            "utf-16LE" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16BE" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        };
        string text = TestPaths.SeedText(TestPaths.FirstSeed);
        using var temp = new TempDirectory();
        string path = temp.Write(TestPaths.FirstSeed, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

        CliResult result = CliRunner.Run("parse", path);
        CliResult plain = CliRunner.Run("parse", TestPaths.Seed(TestPaths.FirstSeed));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(plain.Out, result.Out); // same spans too: the byte-order mark is not part of the text
    }

    [Fact]
    public void Nul_bytes_mark_a_binary_file()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("image.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        CliResult result = CliRunner.Run("parse", path, "--lenient");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(
            Line($"paperdigest: {path}: binary file (a NUL byte at byte offset 8), not a text digest; UTF-16 text needs a byte-order mark"),
            result.Error);
    }

    [Fact]
    public void Empty_file_is_a_valid_empty_digest()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("empty.txt", []);

        CliResult result = CliRunner.Run("parse", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.Equal(0, json.RootElement.GetProperty("papers").GetArrayLength());
        Assert.Equal("empty.txt", json.RootElement.GetProperty("sourceName").GetString());
    }

    [Fact]
    public void Empty_standard_input_is_a_valid_empty_digest()
    {
        CliResult result = CliRunner.Run([], "parse", "-", "-f", "text");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 papers", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_standard_input_is_named_stdin()
    {
        CliResult result = CliRunner.Run([0x41, 0x80], "validate", "-");

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("paperdigest: <stdin>: invalid UTF-8 at byte offset 1 (byte 0x80)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_standard_input_is_an_IO_error()
    {
        CliResult result = CliRunner.Run(stdin: null, "entities", "-");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(Line("paperdigest: <stdin>: no standard input to read"), result.Error);
    }
}
