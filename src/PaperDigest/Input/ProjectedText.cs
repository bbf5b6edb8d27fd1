namespace PaperDigest.Input;

/// <summary>
/// The text an <see cref="IInputReader"/> made from an input, with each character's range in the original input.
/// Build one with <see cref="ProjectedTextBuilder"/>. Immutable and thread-safe.
/// </summary>
public sealed class ProjectedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    internal ProjectedText(string original, string text, int[] starts, int[] ends)
    {
        Original = original;
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>Gets the original input.</summary>
    public string Original { get; }

    /// <summary>Gets the text the parser reads.</summary>
    public string Text { get; }

    /// <summary>Maps a range of <see cref="Text"/> to the range of <see cref="Original"/> it came from.</summary>
    /// <param name="start">Offset in <see cref="Text"/>.</param>
    /// <param name="length">Length in <see cref="Text"/>.</param>
    /// <returns>The original start and length.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside <see cref="Text"/>.</exception>
    public (int Start, int Length) MapToOriginal(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Text.Length, nameof(length));
        if (Text.Length == 0)
        {
            return (0, 0);
        }

        if (length == 0)
        {
            int at = start < Text.Length ? _starts[start] : _ends[Text.Length - 1];
            return (at, 0);
        }

        int originalStart = _starts[start];
        int originalEnd = Math.Max(originalStart, _ends[start + length - 1]);
        return (originalStart, originalEnd - originalStart);
    }
}
