namespace PaperDigest.Cli.Tests.Input;

/// <summary>Wraps a stream and counts the bytes and calls read through it; optionally fails on a read.</summary>
internal sealed class CountingStream(Stream inner, Exception? failWith = null) : Stream
{
    public long BytesRead { get; private set; }

    public int Reads { get; private set; }

    public int LargestRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (failWith is not null)
        {
            throw failWith;
        }

        int read = inner.Read(buffer);
        BytesRead += read;
        Reads++;
        LargestRead = Math.Max(LargestRead, read);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
