using PaperDigest.Input;

namespace PaperDigest.Text;

/// <summary>
/// The text being parsed plus a line map: any offset converts to a 1-based line and column in O(log n).
/// </summary>
/// <remarks>
/// Line breaks are CRLF, CR and LF (a CRLF pair is one break). Every other character — BOM, NBSP, zero-width
/// characters, surrogate pairs, lone surrogates, control characters — is kept as it is. When an
/// <see cref="IInputReader"/> projected the input (HTML, Markdown), <see cref="Text"/> is the projected text while
/// spans (<see cref="GetSpan"/>, <see cref="GetLinePosition"/>) are mapped back to <see cref="Original"/>.
/// Immutable and thread-safe.
/// </remarks>
public sealed class SourceText
{
    private readonly int[] _lineStarts;
    private readonly int[] _originalLineStarts;
    private readonly ProjectedText? _projection;
    private int _lineHint;

    /// <summary>Creates a source text over <paramref name="text"/>.</summary>
    /// <param name="text">The input.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public SourceText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Original = text;
        _lineStarts = ComputeLineStarts(text);
        _originalLineStarts = _lineStarts;
    }

    /// <summary>Creates a source text over a reader's projection of an input.</summary>
    /// <param name="projection">The projected text and its map to the original input.</param>
    /// <exception cref="ArgumentNullException"><paramref name="projection"/> is <see langword="null"/>.</exception>
    public SourceText(ProjectedText projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        Text = projection.Text;
        Original = projection.Original;
        _projection = projection;
        _lineStarts = ComputeLineStarts(Text);
        _originalLineStarts = ComputeLineStarts(Original);
    }

    /// <summary>Gets the text being parsed (the projected text when a reader projected the input).</summary>
    public string Text { get; }

    /// <summary>Gets the input that spans refer to: the text given to the parser.</summary>
    public string Original { get; }

    /// <summary>Gets the input's length in UTF-16 code units.</summary>
    public int Length => Text.Length;

    /// <summary>Gets the number of lines (an empty input has one empty line).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Gets the line with the given 0-based index.</summary>
    /// <param name="index">0-based line index.</param>
    /// <returns>The line's ranges.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a line index.</exception>
    public TextLine GetLine(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _lineStarts.Length);
        int start = _lineStarts[index];
        int next = index + 1 < _lineStarts.Length ? _lineStarts[index + 1] : Text.Length;
        int end = next;
        if (end > start && Text[end - 1] == '\n')
        {
            end--;
        }

        if (end > start && Text[end - 1] == '\r')
        {
            end--;
        }

        return new TextLine(index, start, end - start, next - end);
    }

    /// <summary>Gets the 0-based index of the line containing <paramref name="offset"/>.</summary>
    /// <param name="offset">An offset from 0 to <see cref="Length"/> inclusive.</param>
    /// <returns>The line index.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is outside the text.</exception>
    public int GetLineIndex(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        int index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Converts an offset of <see cref="Text"/> into a 1-based line and column of <see cref="Original"/>.</summary>
    /// <param name="offset">An offset from 0 to <see cref="Length"/> inclusive.</param>
    /// <returns>The position.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is outside the text.</exception>
    public LinePosition GetLinePosition(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        int original = _projection is null ? offset : _projection.MapToOriginal(offset, 0).Start;
        return PositionIn(_originalLineStarts, original);
    }

    /// <summary>Creates the <see cref="SourceSpan"/> of a range of <see cref="Text"/>, in <see cref="Original"/>'s coordinates.</summary>
    /// <param name="start">Offset of the range.</param>
    /// <param name="length">Length of the range.</param>
    /// <returns>The positioned span.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside the text.</exception>
    public SourceSpan GetSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Text.Length, nameof(length));
        if (_projection is not null)
        {
            (start, length) = _projection.MapToOriginal(start, length);
        }

        LinePosition position = PositionIn(_originalLineStarts, start);
        return new SourceSpan(start, length, position.Line, position.Column);
    }

    private LinePosition PositionIn(int[] lineStarts, int offset)
    {
        // The parser asks for spans in nearly text order: try the line of the last answer and the one after it, then
        // search forward from it in growing steps, so a span a few lines further costs a few probes instead of a
        // binary search over every line. The hint is only a guess that is checked, so threads sharing this instance
        // stay correct.
        int hint = _lineHint;
        int line = hint;
        if (!IsOnLine(lineStarts, line, offset) && !IsOnLine(lineStarts, ++line, offset))
        {
            line = FindLine(lineStarts, hint, offset);
        }

        _lineHint = line;
        return new LinePosition(line + 1, offset - lineStarts[line] + 1);
    }

    /// <summary>Finds the line that holds <paramref name="offset"/>: the last line starting at or before it.</summary>
    /// <param name="lineStarts">The line starts, ascending, the first one 0.</param>
    /// <param name="hint">A line at or before the answer to search forward from, or any other value.</param>
    /// <param name="offset">A non-negative offset.</param>
    private static int FindLine(int[] lineStarts, int hint, int offset)
    {
        int low = 0;
        int high = lineStarts.Length;
        if ((uint)hint < (uint)lineStarts.Length && lineStarts[hint] <= offset)
        {
            // Gallop: the answer lies in [low, high) once lineStarts[high] is past the offset.
            low = hint;
            int step = 1;
            while (low + step < lineStarts.Length && lineStarts[low + step] <= offset)
            {
                low += step;
                step *= 2;
            }

            high = Math.Min(lineStarts.Length, low + step);
        }
        else if ((uint)hint < (uint)lineStarts.Length)
        {
            // Behind the hint (a paper's span is asked for after its fields): gallop backwards the same way.
            high = hint;
            int step = 1;
            while (high - step > 0 && lineStarts[high - step] > offset)
            {
                high -= step;
                step *= 2;
            }

            low = Math.Max(0, high - step);
        }

        int index = Array.BinarySearch(lineStarts, low, high - low, offset);
        return index >= 0 ? index : ~index - 1;
    }

    private static bool IsOnLine(int[] lineStarts, int line, int offset) =>
        (uint)line < (uint)lineStarts.Length && lineStarts[line] <= offset && (line + 1 == lineStarts.Length || offset < lineStarts[line + 1]);

    private static int[] ComputeLineStarts(string text)
    {
        ReadOnlySpan<char> span = text;
        if (!span.Contains('\r'))
        {
            // The common case, LF only: a vectorized count sizes the array exactly, then one IndexOf per line fills it.
            int[] lfStarts = new int[span.Count('\n') + 1];
            int position = 0;
            for (int line = 1; line < lfStarts.Length; line++)
            {
                position += span[position..].IndexOf('\n') + 1;
                lfStarts[line] = position;
            }

            return lfStarts;
        }

        // CR or CRLF somewhere: two passes (count, then fill) still give an exact array.
        int count = 1;
        int offset = 0;
        while (NextLineStart(text, ref offset))
        {
            count++;
        }

        int[] starts = new int[count];
        offset = 0;
        for (int line = 1; line < count; line++)
        {
            NextLineStart(text, ref offset);
            starts[line] = offset;
        }

        return starts;
    }

    /// <summary>Moves <paramref name="offset"/> past the next line break (CRLF, CR or LF); false when there is none.</summary>
    private static bool NextLineStart(string text, ref int offset)
    {
        int index = text.AsSpan(offset).IndexOfAny('\r', '\n');
        if (index < 0)
        {
            return false;
        }

        offset += index;
        offset += text[offset] == '\r' && offset + 1 < text.Length && text[offset + 1] == '\n' ? 2 : 1;
        return true;
    }
}
