using System.Buffers;

namespace PaperDigest.Extraction.Affiliations;

/// <summary>
/// Compares institution names by their normalized form (<see cref="Gazetteer.NormalizeKey(ReadOnlySpan{char})"/>:
/// <c>Foo  University</c> equals <c>foo university</c>) without allocating it, for strings and for spans of text.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class NormalizedNameComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    private const int StackBufferLength = 256;

    private NormalizedNameComparer()
    {
    }

    /// <summary>The comparer.</summary>
    public static NormalizedNameComparer Instance { get; } = new();

    /// <inheritdoc />
    public bool Equals(string? x, string? y) => x is null || y is null ? ReferenceEquals(x, y) : Equals(x.AsSpan(), y);

    /// <inheritdoc />
    public int GetHashCode(string obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return GetHashCode(obj.AsSpan());
    }

    /// <inheritdoc />
    public bool Equals(ReadOnlySpan<char> alternate, string other)
    {
        ArgumentNullException.ThrowIfNull(other);
        char[]? rented = null;
        int length = alternate.Length + other.Length;
        Span<char> buffer = length <= StackBufferLength
            ? stackalloc char[StackBufferLength]
            : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            Span<char> left = buffer[..alternate.Length];
            Span<char> right = buffer.Slice(alternate.Length, other.Length);
            return left[..Gazetteer.NormalizeKey(alternate, left)].SequenceEqual(right[..Gazetteer.NormalizeKey(other, right)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <inheritdoc />
    public int GetHashCode(ReadOnlySpan<char> alternate)
    {
        char[]? rented = null;
        Span<char> buffer = alternate.Length <= StackBufferLength
            ? stackalloc char[StackBufferLength]
            : (rented = ArrayPool<char>.Shared.Rent(alternate.Length));
        try
        {
            return string.GetHashCode(buffer[..Gazetteer.NormalizeKey(alternate, buffer)], StringComparison.Ordinal);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <inheritdoc />
    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();
}
