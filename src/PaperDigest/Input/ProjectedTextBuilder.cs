using System.Text;

namespace PaperDigest.Input;

/// <summary>Builds a <see cref="ProjectedText"/>: append text together with the original range it stands for.</summary>
/// <remarks>Not thread-safe; use one builder per input.</remarks>
public sealed class ProjectedTextBuilder
{
    private readonly string _original;
    private readonly StringBuilder _text;
    private readonly List<int> _starts;
    private readonly List<int> _ends;

    /// <summary>Starts a projection of <paramref name="original"/>.</summary>
    /// <param name="original">The original input.</param>
    /// <exception cref="ArgumentNullException"><paramref name="original"/> is <see langword="null"/>.</exception>
    public ProjectedTextBuilder(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        _original = original;
        _text = new StringBuilder(original.Length);
        _starts = new List<int>(original.Length);
        _ends = new List<int>(original.Length);
    }

    /// <summary>Gets the length of the text built so far.</summary>
    public int Length => _text.Length;

    /// <summary>Appends original characters one for one: character <c>i</c> of <paramref name="text"/> came from <c>originalStart + i</c>.</summary>
    /// <param name="text">Text copied from the original.</param>
    /// <param name="originalStart">Where it starts in the original.</param>
    /// <returns>This builder.</returns>
    public ProjectedTextBuilder AppendCopied(ReadOnlySpan<char> text, int originalStart)
    {
        for (int i = 0; i < text.Length; i++)
        {
            int at = Clamp(originalStart + i);
            _starts.Add(at);
            _ends.Add(Clamp(at + 1));
        }

        _text.Append(text);
        return this;
    }

    /// <summary>
    /// Appends text that stands for a whole original range (a decoded entity, a link target from an attribute, a line
    /// break for a block element): every character maps to <c>[originalStart, originalStart + originalLength)</c>.
    /// </summary>
    /// <param name="text">The text to append.</param>
    /// <param name="originalStart">Start of the original range.</param>
    /// <param name="originalLength">Length of the original range.</param>
    /// <returns>This builder.</returns>
    public ProjectedTextBuilder AppendSynthesized(ReadOnlySpan<char> text, int originalStart, int originalLength)
    {
        int start = Clamp(originalStart);
        int end = Clamp(originalStart + Math.Max(0, originalLength));
        for (int i = 0; i < text.Length; i++)
        {
            _starts.Add(start);
            _ends.Add(end);
        }

        _text.Append(text);
        return this;
    }

    /// <summary>Gets the last character appended, or <c>'\0'</c> when nothing was.</summary>
    /// <returns>The last character.</returns>
    public char LastChar() => _text.Length == 0 ? '\0' : _text[^1];

    /// <summary>Builds the projection.</summary>
    /// <returns>The immutable projected text.</returns>
    public ProjectedText Build() => new(_original, _text.ToString(), [.. _starts], [.. _ends]);

    private int Clamp(int offset) => Math.Clamp(offset, 0, _original.Length);
}
