namespace PaperDigest.Cli.Input;

/// <summary>The chunked reads of one stream into one buffer: bytes <c>[0, End)</c> sit at stream offset <see cref="Base"/>.</summary>
internal sealed class ChunkReader(Stream stream, byte[] buffer)
{
    private int _fresh;

    public byte[] Buffer { get; } = buffer;

    public int End { get; private set; }

    public long Base { get; private set; }

    public long BytesRead { get; private set; }

    public bool AtEnd { get; private set; }

    public long Offset(int index) => Base + index;

    /// <summary>Reads the first chunk (at least 4 bytes unless the input is shorter, for the byte-order mark).</summary>
    public void FillFirst()
    {
        End = stream.ReadAtLeast(Buffer.AsSpan(0, InputReader.ChunkSize), 4, throwOnEndOfStream: false);
        BytesRead = End;
        _fresh = 0;
        AtEnd = End == 0;
    }

    /// <summary>Keeps the unconsumed bytes from <paramref name="pos"/> on, reads the next chunk after them and returns 0.</summary>
    public int Next(int pos)
    {
        int carried = End - pos;
        Buffer.AsSpan(pos, carried).CopyTo(Buffer);
        Base += pos;
        int read = stream.Read(Buffer, carried, InputReader.ChunkSize);
        BytesRead += read;
        End = carried + read;
        _fresh = carried;
        AtEnd = read == 0;
        return 0;
    }

    /// <summary>Refuses the input when the bytes of the last read hold a NUL (checked before they are decoded).</summary>
    public void ThrowOnNul()
    {
        int nul = Buffer.AsSpan(_fresh, End - _fresh).IndexOf((byte)0);
        if (nul >= 0)
        {
            throw InputReader.Binary(Offset(_fresh + nul), "a NUL byte");
        }
    }
}
