namespace PaperDigest.Cli.Input;

/// <summary>A growable buffer of decoded characters, sized up front from the input length when it is known.</summary>
internal sealed class CharBuffer(int initialCapacity)
{
    /// <summary>The longest string .NET can hold.</summary>
    public const int MaxLength = 0x3FFFFFDF;

    private char[] _chars = new char[Math.Clamp(initialCapacity, 16, MaxLength)];

    public int Count { get; private set; }

    /// <summary>Returns free space for at least <paramref name="minimum"/> characters.</summary>
    public Span<char> GetSpan(int minimum)
    {
        if (_chars.Length - Count < minimum)
        {
            long wanted = Math.Max((long)_chars.Length * 2, (long)Count + minimum);
            if (wanted > MaxLength)
            {
                wanted = MaxLength;
                if (wanted - Count < minimum)
                {
                    throw new InputException("is too large: more than 1,073,741,791 characters of text");
                }
            }

            Array.Resize(ref _chars, (int)wanted);
        }

        return _chars.AsSpan(Count);
    }

    public void Advance(int count) => Count += count;

    public void Append(char c)
    {
        GetSpan(1)[0] = c;
        Count++;
    }

    public override string ToString() => new(_chars, 0, Count);
}
