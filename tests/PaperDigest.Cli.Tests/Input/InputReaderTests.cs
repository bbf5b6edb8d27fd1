using System.Text;
using PaperDigest.Cli.Input;
using Xunit;

namespace PaperDigest.Cli.Tests.Input;

public class InputReaderTests
{
    private static DecodedInput Read(byte[] bytes, bool lenient = false) =>
        InputReader.Read(new MemoryStream(bytes), lenient, bytes.Length);

    private static string ErrorOf(byte[] bytes, bool lenient = false) =>
        Assert.Throws<InputException>(() => Read(bytes, lenient)).Message;

    [Fact]
    public void Utf8_text_round_trips_and_reports_its_encoding()
    {
        string text = TestPaths.SeedText(TestPaths.SecondSeed);

        DecodedInput input = Read(Encoding.UTF8.GetBytes(text));

        Assert.Equal(text, input.Text);
        Assert.Equal("UTF-8", input.Encoding);
        Assert.Equal(0, input.Replaced);
    }

    [Fact]
    public void Multibyte_characters_split_across_chunks_decode_and_offsets_stay_exact()
    {
        // "中" (3 bytes) starts one byte before the first chunk boundary; the invalid byte sits in the third chunk.
        var bytes = new List<byte>();
        bytes.AddRange(Enumerable.Repeat((byte)'a', InputReader.ChunkSize - 1));
        bytes.AddRange("中"u8.ToArray());
        bytes.AddRange(Enumerable.Repeat((byte)'b', InputReader.ChunkSize + 10));
        int invalidAt = bytes.Count;
        bytes.Add(0xFE);
        bytes.AddRange("end"u8.ToArray());

        Assert.Equal(
            $"invalid UTF-8 at byte offset {invalidAt} (byte 0xFE); pass --lenient to replace invalid bytes",
            ErrorOf([.. bytes]));

        DecodedInput lenient = Read([.. bytes], lenient: true);
        Assert.Equal(invalidAt, lenient.FirstReplacedOffset);
        Assert.Equal(1, lenient.Replaced);
        Assert.Equal(InputReader.ChunkSize - 1 + 1 + InputReader.ChunkSize + 10 + 1 + 3, lenient.Text.Length);
        Assert.Equal('中', lenient.Text[InputReader.ChunkSize - 1]);
        Assert.EndsWith("b\uFFFDend", lenient.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0xE4, 0xB8 }, 1)]             // truncated at the end
    [InlineData(new byte[] { 0x61, 0x62, 0xC0, 0xAF }, 2)]       // overlong encoding
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 0)]             // encoded surrogate
    [InlineData(new byte[] { 0x61, 0x80 }, 1)]                   // lone continuation byte
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, 0)]       // above U+10FFFF
    public void Invalid_utf8_is_refused_at_the_first_invalid_byte(byte[] bytes, int offset)
    {
        Assert.StartsWith($"invalid UTF-8 at byte offset {offset} ", ErrorOf(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_four_byte_sequences_are_not_invalid()
    {
        Assert.Equal("a😀b", Read("a😀b"u8.ToArray()).Text);
    }

    [Fact]
    public void Lenient_replaces_each_maximal_invalid_subsequence_once()
    {
        DecodedInput input = Read([0x61, 0xE4, 0xB8, 0x62, 0xFF, 0xFF, 0x63], lenient: true);

        Assert.Equal("a\uFFFDb\uFFFD\uFFFDc", input.Text);
        Assert.Equal(3, input.Replaced);
        Assert.Equal(1, input.FirstReplacedOffset);
    }

    [Fact]
    public void Byte_order_marks_are_detected_and_not_part_of_the_text()
    {
        Assert.Equal(("论文", "UTF-8 (BOM)"), Decode([0xEF, 0xBB, 0xBF, .. "论文"u8]));
        Assert.Equal(("论文", "UTF-16LE (BOM)"), Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("论文")]));
        Assert.Equal(("论文", "UTF-16BE (BOM)"), Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("论文")]));
        Assert.Equal((string.Empty, "UTF-16LE (BOM)"), Decode([0xFF, 0xFE]));

        static (string, string) Decode(byte[] bytes)
        {
            DecodedInput input = Read(bytes);
            return (input.Text, input.Encoding);
        }
    }

    [Fact]
    public void Utf16_surrogate_pairs_split_across_chunks_decode()
    {
        string text = new string('x', (InputReader.ChunkSize / 2) - 2) + "😀" + "tail";

        Assert.Equal(text, Read([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)]).Text);
        Assert.Equal(text, Read([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)]).Text);
    }

    [Fact]
    public void Invalid_utf16_is_refused_or_replaced_with_its_offset()
    {
        byte[] loneHigh = [0xFF, 0xFE, 0x61, 0x00, 0x3D, 0xD8, 0x62, 0x00];
        Assert.Equal("invalid UTF-16 at byte offset 4 (unpaired high surrogate); pass --lenient to replace invalid sequences", ErrorOf(loneHigh));
        DecodedInput replaced = Read(loneHigh, lenient: true);
        Assert.Equal("a\uFFFDb", replaced.Text);
        Assert.Equal(4, replaced.FirstReplacedOffset);

        Assert.StartsWith("invalid UTF-16 at byte offset 2 (unpaired low surrogate)", ErrorOf([0xFE, 0xFF, 0xDC, 0x00]), StringComparison.Ordinal);
        Assert.StartsWith("invalid UTF-16 at byte offset 4 (odd number of bytes", ErrorOf([0xFF, 0xFE, 0x61, 0x00, 0x62]), StringComparison.Ordinal);
        Assert.StartsWith("invalid UTF-16 at byte offset 2 (unpaired high surrogate at the end)", ErrorOf([0xFF, 0xFE, 0x3D, 0xD8]), StringComparison.Ordinal);
    }

    [Fact]
    public void Nul_is_binary_in_utf8_and_utf16_even_when_lenient()
    {
        Assert.Equal(
            "binary file (a NUL byte at byte offset 2), not a text digest; UTF-16 text needs a byte-order mark",
            ErrorOf([0x61, 0x62, 0x00, 0x63], lenient: true));
        Assert.StartsWith("binary file (a NUL character at byte offset 4)", ErrorOf([0xFF, 0xFE, 0x61, 0x00, 0x00, 0x00, 0x62, 0x00]), StringComparison.Ordinal);

        // UTF-16 without a byte-order mark is full of NUL bytes.
        Assert.StartsWith("binary file (a NUL byte at byte offset 1)", ErrorOf(Encoding.Unicode.GetBytes("hello")), StringComparison.Ordinal);
    }

    [Fact]
    public void Nul_far_into_the_input_is_found_with_its_offset()
    {
        byte[] bytes = [.. Enumerable.Repeat((byte)'a', (InputReader.ChunkSize * 3) + 7), 0x00];

        Assert.StartsWith($"binary file (a NUL byte at byte offset {(InputReader.ChunkSize * 3) + 7})", ErrorOf(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Utf32_is_refused()
    {
        Assert.Equal("is UTF-32 text (byte-order mark); convert it to UTF-8", ErrorOf([0xFF, 0xFE, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00]));
    }

    [Fact]
    public void Empty_input_is_empty_text()
    {
        DecodedInput input = Read([]);

        Assert.Equal(string.Empty, input.Text);
        Assert.Equal(0, input.BytesRead);
    }

    [Fact]
    public void Read_errors_become_input_errors()
    {
        using var denied = new CountingStream(new MemoryStream([1, 2, 3]), new UnauthorizedAccessException("nope"));
        using var broken = new CountingStream(new MemoryStream([1, 2, 3]), new IOException("Input/output error"));

        Assert.Equal("permission denied", Assert.Throws<InputException>(() => InputReader.Read(denied, lenient: false)).Message);
        Assert.Equal("read error: Input/output error", Assert.Throws<InputException>(() => InputReader.Read(broken, lenient: false)).Message);
    }

    [Fact]
    public void Standard_input_of_unknown_length_is_read_in_chunks()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("论文速递 digest line\n", 20_000)));
        using var stream = new CountingStream(new MemoryStream(bytes));

        DecodedInput input = InputReader.Read(stream, lenient: false);

        Assert.Equal(Encoding.UTF8.GetString(bytes), input.Text);
        Assert.Equal(bytes.Length, stream.BytesRead);
        Assert.True(stream.LargestRead <= InputReader.ChunkSize);
    }

    [Fact]
    public void ReadFile_reports_missing_files_and_directories()
    {
        using var temp = new TempDirectory();

        Assert.Equal("no such file", Assert.Throws<InputException>(() => InputReader.ReadFile(temp.Combine("x.txt"), lenient: false)).Message);
        Assert.StartsWith("is a directory", Assert.Throws<InputException>(() => InputReader.ReadFile(temp.Path, lenient: false)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adversarial_megabyte_of_invalid_bytes_is_refused_at_0_or_fully_replaced()
    {
        byte[] bytes = [.. Enumerable.Repeat((byte)0xFF, 1 << 20)];

        Assert.StartsWith("invalid UTF-8 at byte offset 0 ", ErrorOf(bytes), StringComparison.Ordinal);
        DecodedInput input = Read(bytes, lenient: true);
        Assert.Equal(1 << 20, input.Replaced);
        Assert.Equal(new string('\uFFFD', 1 << 20), input.Text);
    }

    [Fact]
    public void Adversarial_megabyte_of_truncated_sequences_is_replaced_per_sequence()
    {
        byte[] bytes = [.. Enumerable.Range(0, 1 << 19).SelectMany(_ => new byte[] { 0xE4, 0xB8 })];

        DecodedInput input = Read(bytes, lenient: true);

        Assert.Equal(1 << 19, input.Replaced);
        Assert.Equal(1 << 19, input.Text.Length);
    }
}
