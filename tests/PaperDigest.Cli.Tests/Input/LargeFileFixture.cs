using System.Text;

namespace PaperDigest.Cli.Tests.Input;

/// <summary>A ~50 MB digest: the first seed, 50 MB of prose lines, then an 11th paper as a marker at the very end.</summary>
public sealed class LargeFileFixture : IDisposable
{
    public const int TargetSize = 50 * 1024 * 1024;
    public const string FinalPaper = "11. Final marker paper\n论文链接:https://arxiv.org/abs/2405.00001\n";

    private readonly TempDirectory _temp = new();

    public LargeFileFixture()
    {
        Path = _temp.Combine("large.txt");
        using var stream = new FileStream(Path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        stream.Write(TestPaths.SeedBytes(TestPaths.FirstSeed));
        stream.Write("\n"u8);
        for (int line = 0; stream.Length < TargetSize; line++)
        {
            stream.Write(Encoding.UTF8.GetBytes($"这是一段很长的正文 filler text for the large-input test, line {line}.\n"));
        }

        stream.Write(Encoding.UTF8.GetBytes(FinalPaper));
        Length = stream.Length;
    }

    public string Path { get; }

    public long Length { get; }

    public void Dispose() => _temp.Dispose();
}
