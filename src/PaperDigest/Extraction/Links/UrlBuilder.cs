using System.Buffers;

namespace PaperDigest.Extraction.Links;

/// <summary>
/// Builds a URL in a stack or pooled buffer and allocates only the final string, or none when the result equals a
/// string that already exists (the URL as written, say).
/// </summary>
/// <remarks>Dispose it to return a pooled buffer; not thread-safe (it lives on the stack of one call).</remarks>
internal ref struct UrlBuilder
{
    private Span<char> _buffer;
    private char[]? _rented;
    private int _length;

    /// <summary>Initializes a new instance of the <see cref="UrlBuilder"/> struct.</summary>
    /// <param name="initialBuffer">The buffer to start with, usually on the stack.</param>
    public UrlBuilder(Span<char> initialBuffer)
    {
        _buffer = initialBuffer;
        _rented = null;
        _length = 0;
    }

    /// <summary>Gets the text built so far.</summary>
    public readonly ReadOnlySpan<char> Written => _buffer[.._length];

    /// <summary>Appends text.</summary>
    /// <param name="value">The text.</param>
    public void Append(scoped ReadOnlySpan<char> value)
    {
        EnsureCapacity(value.Length);
        value.CopyTo(_buffer[_length..]);
        _length += value.Length;
    }

    /// <summary>Appends one character.</summary>
    /// <param name="value">The character.</param>
    public void Append(char value)
    {
        EnsureCapacity(1);
        _buffer[_length++] = value;
    }

    /// <summary>Appends a non-negative number in invariant culture.</summary>
    /// <param name="value">The number.</param>
    public void Append(int value)
    {
        EnsureCapacity(11);
        bool formatted = value.TryFormat(_buffer[_length..], out int written, default, System.Globalization.CultureInfo.InvariantCulture);
        System.Diagnostics.Debug.Assert(formatted, "11 characters hold any int.");
        _length += written;
    }

    /// <summary>Appends path text with every run of <c>/</c> written as a single <c>/</c> (what splitting on
    /// <c>/</c> without empty entries and joining with <c>/</c> gives, for text that does not start or end with a
    /// slash inside a segment list).</summary>
    /// <param name="value">The path text.</param>
    public void AppendCollapsingSlashes(scoped ReadOnlySpan<char> value)
    {
        while (true)
        {
            int run = value.IndexOf("//", StringComparison.Ordinal);
            if (run < 0)
            {
                Append(value);
                return;
            }

            Append(value[..(run + 1)]);
            value = value[(run + 1)..];
            int next = value.IndexOfAnyExcept('/');
            if (next < 0)
            {
                return;
            }

            value = value[next..];
        }
    }

    /// <summary>Returns the text built, as <paramref name="reuse"/> when that string holds the same characters.</summary>
    /// <param name="reuse">A string to return instead of a new one when equal, or <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public readonly string ToString(string? reuse)
    {
        ReadOnlySpan<char> written = Written;
        return reuse is not null && written.SequenceEqual(reuse) ? reuse : written.ToString();
    }

    /// <inheritdoc/>
    public override readonly string ToString() => Written.ToString();

    /// <summary>Returns a pooled buffer.</summary>
    public void Dispose()
    {
        char[]? rented = _rented;
        _rented = null;
        _buffer = default;
        _length = 0;
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private void EnsureCapacity(int additional)
    {
        if (_length + additional <= _buffer.Length)
        {
            return;
        }

        char[] larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + additional));
        _buffer[.._length].CopyTo(larger);
        char[]? old = _rented;
        _buffer = _rented = larger;
        if (old is not null)
        {
            ArrayPool<char>.Shared.Return(old);
        }
    }
}
