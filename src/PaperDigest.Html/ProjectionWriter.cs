using PaperDigest.Input;

namespace PaperDigest.Html;

/// <summary>
/// Writes the projected text the way a browser lays out text: runs of white space collapse into one space, white space
/// never starts or ends a line, and block boundaries end a line (at most once, unless forced by <c>&lt;br&gt;</c>).
/// </summary>
/// <remarks>One writer per read; not thread-safe.</remarks>
internal sealed class ProjectionWriter
{
    private readonly ProjectedTextBuilder _builder;
    private bool _hasPendingSpace;
    private int _pendingStart;
    private int _pendingLength;
    private bool _suppressSpace;

    /// <summary>Creates a writer over a projection of <paramref name="original"/>.</summary>
    /// <param name="original">The original input.</param>
    internal ProjectionWriter(string original) => _builder = new ProjectedTextBuilder(original);

    /// <summary>Gets whether nothing but line breaks was written on the current line.</summary>
    internal bool AtLineStart => _builder.Length == 0 || _builder.LastChar() == '\n';

    /// <summary>Writes one character of content that stands for <c>[start, start + length)</c> of the original.</summary>
    /// <param name="c">The character.</param>
    /// <param name="start">Original start.</param>
    /// <param name="length">Original length.</param>
    internal void Char(char c, int start, int length)
    {
        FlushSpace();
        if (length == 1)
        {
            _builder.AppendCopied(new ReadOnlySpan<char>(in c), start);
        }
        else
        {
            _builder.AppendSynthesized(new ReadOnlySpan<char>(in c), start, length);
        }
    }

    /// <summary>Writes content (a decoded reference, a delimiter) that stands for a whole original range.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Original start.</param>
    /// <param name="length">Original length.</param>
    internal void Text(string text, int start, int length)
    {
        if (text.Length == 0)
        {
            return;
        }

        FlushSpace();
        _builder.AppendSynthesized(text, start, length);
    }

    /// <summary>Writes markup that must touch the text before it (<c>](</c> of a link): a pending space is dropped.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Original start.</param>
    /// <param name="length">Original length.</param>
    internal void Closing(string text, int start, int length)
    {
        _hasPendingSpace = false;
        _suppressSpace = false;
        _builder.AppendSynthesized(text, start, length);
    }

    /// <summary>Writes markup that the next text must touch (<c>[</c> of a link): white space right after it is dropped.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Original start.</param>
    /// <param name="length">Original length.</param>
    internal void Opening(string text, int start, int length)
    {
        FlushSpace();
        _builder.AppendSynthesized(text, start, length);
        _suppressSpace = true;
    }

    /// <summary>Notes collapsible white space; it is written as one space only if content follows on the same line.</summary>
    /// <param name="start">Original start of the white space.</param>
    /// <param name="length">Original length.</param>
    internal void Space(int start, int length)
    {
        if (_hasPendingSpace || _suppressSpace || AtLineStart)
        {
            return;
        }

        _hasPendingSpace = true;
        _pendingStart = start;
        _pendingLength = length;
    }

    /// <summary>Ends the current line; a soft break (a block boundary) does nothing at the start of a line.</summary>
    /// <param name="start">Original start of the markup that breaks the line.</param>
    /// <param name="length">Its length.</param>
    /// <param name="force">Whether to break even at the start of a line (<c>&lt;br&gt;</c>, a line break in <c>&lt;pre&gt;</c>).</param>
    internal void LineBreak(int start, int length, bool force)
    {
        _hasPendingSpace = false;
        _suppressSpace = false;
        if (force || !AtLineStart)
        {
            _builder.AppendSynthesized("\n", start, length);
        }
    }

    /// <summary>Builds the projection.</summary>
    /// <returns>The projected text.</returns>
    internal ProjectedText Build() => _builder.Build();

    private void FlushSpace()
    {
        _suppressSpace = false;
        if (!_hasPendingSpace)
        {
            return;
        }

        _hasPendingSpace = false;
        _builder.AppendSynthesized(" ", _pendingStart, _pendingLength);
    }
}
