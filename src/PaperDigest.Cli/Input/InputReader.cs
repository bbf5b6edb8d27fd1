using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace PaperDigest.Cli.Input;

/// <summary>
/// Reads an input file or stream once, in chunks, and decodes it: UTF-8 (strict by default), UTF-8 with a byte-order
/// mark, or UTF-16 LE/BE with a byte-order mark. A NUL byte marks a binary file and is refused.
/// </summary>
/// <remarks>
/// Memory stays bounded by a small multiple of the input size: one chunk of bytes, a character buffer sized from the
/// file length (UTF-8 never decodes to more UTF-16 code units than it has bytes) and the final string.
/// </remarks>
internal static class InputReader
{
    /// <summary>The size of one read.</summary>
    public const int ChunkSize = 64 * 1024;

    /// <summary>The name standard input is reported under.</summary>
    public const string StdinName = "<stdin>";

    /// <summary>Reads and decodes the file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, a directory, unreadable, binary or not valid text.</exception>
    public static DecodedInput ReadFile(string path, bool lenient)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new InputException("is a directory, not a file (use 'paperdigest batch' for folders)");
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (DescribeOpenFailure(exception) is { } reason)
        {
            throw new InputException(reason, exception);
        }

        using (stream)
        {
            long length = -1;
            try
            {
                length = stream.CanSeek ? stream.Length : -1;
            }
            catch (IOException)
            {
                // A device or pipe without a length: read it all the same.
            }

            return Read(stream, lenient, length);
        }
    }

    /// <summary>Reads <paramref name="stream"/> to its end and decodes it.</summary>
    /// <param name="stream">The input; read once, not disposed.</param>
    /// <param name="lenient">Replace invalid sequences with U+FFFD instead of refusing the input.</param>
    /// <param name="lengthHint">The input's length in bytes when known (sizes the character buffer), else -1.</param>
    /// <exception cref="InputException">The input is binary or not valid text, or reading failed.</exception>
    public static DecodedInput Read(Stream stream, bool lenient, long lengthHint = -1)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(ChunkSize + 8);
        try
        {
            var reader = new ChunkReader(stream, buffer);
            reader.FillFirst();
            ReadOnlySpan<byte> head = buffer.AsSpan(0, reader.End);
            if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
            {
                throw new InputException("is UTF-32 text (byte-order mark); convert it to UTF-8");
            }

            if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            {
                return DecodeUtf16(reader, lenient, bigEndian: false, Capacity(lengthHint - 2, 2));
            }

            if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            {
                return DecodeUtf16(reader, lenient, bigEndian: true, Capacity(lengthHint - 2, 2));
            }

            bool bom = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
            return DecodeUtf8(reader, lenient, bom, Capacity(lengthHint - (bom ? 3 : 0), 1));
        }
        catch (IOException exception)
        {
            throw new InputException("read error: " + exception.Message, exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new InputException("permission denied", exception);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int Capacity(long bytes, int bytesPerChar) =>
        bytes < 0 ? ChunkSize : (int)Math.Min((bytes / bytesPerChar) + 1, CharBuffer.MaxLength);

    private static DecodedInput DecodeUtf8(ChunkReader reader, bool lenient, bool bom, int capacity)
    {
        var chars = new CharBuffer(capacity);
        byte[] buffer = reader.Buffer;
        int pos = bom ? 3 : 0;
        int replaced = 0;
        long firstReplaced = -1;
        while (true)
        {
            reader.ThrowOnNul();
            while (pos < reader.End)
            {
                ReadOnlySpan<byte> source = buffer.AsSpan(pos, reader.End - pos);
                OperationStatus status = Utf8.ToUtf16(
                    source, chars.GetSpan(source.Length), out int read, out int written, replaceInvalidSequences: false, isFinalBlock: reader.AtEnd);
                chars.Advance(written);
                pos += read;
                if (status != OperationStatus.InvalidData)
                {
                    break; // Done, or NeedMoreData: the incomplete sequence is carried into the next chunk.
                }

                long offset = reader.Offset(pos);
                if (!lenient)
                {
                    throw new InputException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"invalid UTF-8 at byte offset {offset} (byte 0x{buffer[pos]:X2}); pass --lenient to replace invalid bytes"));
                }

                Rune.DecodeFromUtf8(buffer.AsSpan(pos, reader.End - pos), out _, out int invalid);
                pos += Math.Max(invalid, 1);
                chars.Append('\uFFFD');
                replaced++;
                firstReplaced = firstReplaced < 0 ? offset : firstReplaced;
            }

            if (reader.AtEnd)
            {
                break;
            }

            pos = reader.Next(pos);
        }

        return new DecodedInput(chars.ToString(), bom ? "UTF-8 (BOM)" : "UTF-8", reader.BytesRead, replaced, firstReplaced);
    }

    private static DecodedInput DecodeUtf16(ChunkReader reader, bool lenient, bool bigEndian, int capacity)
    {
        var chars = new CharBuffer(capacity);
        byte[] buffer = reader.Buffer;
        int pos = 2;
        int replaced = 0;
        long firstReplaced = -1;
        int pendingHigh = -1;
        long pendingOffset = 0;

        void Invalid(long offset, string what)
        {
            if (!lenient)
            {
                throw new InputException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"invalid UTF-16 at byte offset {offset} ({what}); pass --lenient to replace invalid sequences"));
            }

            chars.Append('\uFFFD');
            replaced++;
            firstReplaced = firstReplaced < 0 ? offset : firstReplaced;
        }

        while (true)
        {
            for (; reader.End - pos >= 2; pos += 2)
            {
                char unit = (char)(bigEndian ? (buffer[pos] << 8) | buffer[pos + 1] : buffer[pos] | (buffer[pos + 1] << 8));
                long offset = reader.Offset(pos);
                if (unit == '\0')
                {
                    throw Binary(offset, "a NUL character");
                }

                if (pendingHigh >= 0)
                {
                    if (char.IsLowSurrogate(unit))
                    {
                        chars.Append((char)pendingHigh);
                        chars.Append(unit);
                        pendingHigh = -1;
                        continue;
                    }

                    pendingHigh = -1;
                    Invalid(pendingOffset, "unpaired high surrogate");
                }

                if (char.IsHighSurrogate(unit))
                {
                    pendingHigh = unit;
                    pendingOffset = offset;
                }
                else if (char.IsLowSurrogate(unit))
                {
                    Invalid(offset, "unpaired low surrogate");
                }
                else
                {
                    chars.Append(unit);
                }
            }

            if (reader.AtEnd)
            {
                break;
            }

            pos = reader.Next(pos);
        }

        if (pendingHigh >= 0)
        {
            Invalid(pendingOffset, "unpaired high surrogate at the end");
        }

        if (reader.End - pos == 1)
        {
            Invalid(reader.Offset(pos), "odd number of bytes: the last byte is half a character");
        }

        return new DecodedInput(chars.ToString(), bigEndian ? "UTF-16BE (BOM)" : "UTF-16LE (BOM)", reader.BytesRead, replaced, firstReplaced);
    }

    /// <summary>The error for a binary input.</summary>
    internal static InputException Binary(long offset, string what) =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"binary file ({what} at byte offset {offset}), not a text digest; UTF-16 text needs a byte-order mark"));

    private static string? DescribeOpenFailure(Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "path too long",
        IOException io => io.Message,
        ArgumentException or NotSupportedException => "not a valid file path",
        _ => null,
    };
}
