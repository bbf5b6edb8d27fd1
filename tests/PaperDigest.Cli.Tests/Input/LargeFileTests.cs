using PaperDigest.Cli.Input;
using Xunit;

namespace PaperDigest.Cli.Tests.Input;

public class LargeFileTests(LargeFileFixture file) : IClassFixture<LargeFileFixture>
{
    [Fact]
    public void Large_file_is_read_once_in_chunks_with_bounded_memory()
    {
        using var stream = new CountingStream(new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 0));
        long before = GC.GetAllocatedBytesForCurrentThread();

        DecodedInput input = InputReader.Read(stream, lenient: false, file.Length);

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(file.Length, input.BytesRead);
        Assert.Equal(file.Length, stream.BytesRead); // every byte read exactly once
        Assert.True(stream.LargestRead <= InputReader.ChunkSize, $"largest read {stream.LargestRead}");
        Assert.True(stream.Reads > file.Length / InputReader.ChunkSize);
        Assert.True(allocated < file.Length * 4, $"allocated {allocated} bytes for a {file.Length}-byte file");
        Assert.EndsWith(LargeFileFixture.FinalPaper, input.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_file_parses_through_the_command()
    {
        using var temp = new TempDirectory();
        string output = temp.Combine("summary.txt");

        CliResult result = CliRunner.Run("parse", file.Path, "--format", "text", "--output", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        string summary = File.ReadAllText(output);
        Assert.Contains("11 papers", summary, StringComparison.Ordinal);
        Assert.Contains(" 11. Final marker paper", summary, StringComparison.Ordinal);
        Assert.Contains("arXiv 2405.00001", summary, StringComparison.Ordinal);
    }
}
