using System.Text;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace PaperDigest.Html;

/// <summary>
/// What AngleSharp's tokenizer reported while it parsed (through <see cref="HtmlParserOptions.OnToken"/>): the text of
/// every character token, each character mapped to the range of the input it came from, and the range of every tag.
/// </summary>
/// <remarks>
/// AngleSharp keeps a source position on elements only, never on text nodes. The tokenizer, though, reports each token
/// with its exact range; the reader finds every DOM text node in <see cref="Stream"/> (the concatenated character
/// tokens, in source order) and so knows where each of its characters was written. One index per parse; not thread-safe.
/// </remarks>
internal sealed class TokenIndex
{
    private readonly string _source;
    private readonly StringBuilder _stream;
    private readonly List<int> _starts;
    private readonly List<int> _ends;
    private readonly Dictionary<int, int> _startTags = [];
    private readonly List<EndTag> _endTags = [];
    private string? _text;

    /// <summary>Creates an index for a parse of <paramref name="source"/>.</summary>
    /// <param name="source">The text the parser reads (same length and positions as the original input).</param>
    internal TokenIndex(string source)
    {
        _source = source;
        _stream = new StringBuilder(source.Length);
        _starts = new List<int>(source.Length);
        _ends = new List<int>(source.Length);
    }

    /// <summary>Gets the concatenated text of all character tokens.</summary>
    internal string Stream => _text ??= _stream.ToString();

    /// <summary>Records one token; pass this method as <see cref="HtmlParserOptions.OnToken"/>.</summary>
    /// <param name="token">The token.</param>
    /// <param name="range">Its range in the source.</param>
    internal void Add(HtmlToken token, TextRange range)
    {
        int start = Math.Clamp(range.Start.Index, 0, _source.Length);
        int end = Math.Clamp(range.End.Index, start, _source.Length);
        switch (token.Type)
        {
            case HtmlTokenType.Character:
                AddCharacters(token.Data ?? string.Empty, start, end);
                break;
            case HtmlTokenType.StartTag:
                _startTags.TryAdd(start, end);
                break;
            case HtmlTokenType.EndTag:
                _endTags.Add(new EndTag(start, end, token.Name ?? string.Empty));
                break;
            default:
                break;
        }
    }

    /// <summary>Gets the original range of character <paramref name="index"/> of <see cref="Stream"/>.</summary>
    /// <param name="index">Index in <see cref="Stream"/>.</param>
    /// <returns>Start and length in the input.</returns>
    internal (int Start, int Length) RangeOf(int index) => (_starts[index], _ends[index] - _starts[index]);

    /// <summary>Gets the original range of <c>Stream[index..index+length)</c>.</summary>
    /// <param name="index">Index in <see cref="Stream"/>.</param>
    /// <param name="length">Length, at least 1.</param>
    /// <returns>Start and length in the input.</returns>
    internal (int Start, int Length) RangeOf(int index, int length) =>
        (_starts[index], Math.Max(_starts[index], _ends[index + length - 1]) - _starts[index]);

    /// <summary>Gets the index of the first stream character written at or after <paramref name="offset"/>.</summary>
    /// <param name="offset">An offset of the input.</param>
    /// <returns>An index from 0 to the stream's length.</returns>
    internal int FirstAtOrAfter(int offset)
    {
        int low = 0;
        int high = _starts.Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (_starts[middle] < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Gets the end of the start tag that begins at <paramref name="start"/>.</summary>
    /// <param name="start">Offset of the tag's <c>&lt;</c>.</param>
    /// <param name="end">Offset just after the tag.</param>
    /// <returns><see langword="true"/> when a start tag begins there.</returns>
    internal bool TryGetStartTag(int start, out int end) => _startTags.TryGetValue(start, out end);

    /// <summary>
    /// Finds the end tag <c>&lt;/name&gt;</c> among the first few end tags at or after <paramref name="from"/> (so the
    /// <c>&lt;/p&gt;</c> after <c>…&lt;/span&gt;&lt;/span&gt;</c>), or fails when the element was closed implicitly.
    /// </summary>
    /// <param name="name">The element's name.</param>
    /// <param name="from">Where to start looking.</param>
    /// <param name="start">Offset of the end tag.</param>
    /// <param name="end">Offset just after it.</param>
    /// <returns><see langword="true"/> when found.</returns>
    internal bool TryFindEndTag(string name, int from, out int start, out int end)
    {
        const int LookAhead = 8;
        int low = 0;
        int high = _endTags.Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (_endTags[middle].Start < from)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (int i = low; i < _endTags.Count && i < low + LookAhead; i++)
        {
            if (_endTags[i].Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                start = _endTags[i].Start;
                end = _endTags[i].End;
                return true;
            }
        }

        start = 0;
        end = 0;
        return false;
    }

    /// <summary>
    /// Appends a character token, aligning its text with the source: CRLF and CR became LF, and the tokenizer may drop
    /// or replace NUL characters.
    /// </summary>
    private void AddCharacters(string data, int start, int end)
    {
        _text = null;
        int position = start;
        foreach (char c in data)
        {
            while (position < end && _source[position] == '\0' && c != '\0' && c != '\uFFFD')
            {
                position++;
            }

            int length = 1;
            if (position >= end)
            {
                length = 0;
            }
            else if (c == '\n' && _source[position] == '\r')
            {
                length = position + 1 < end && _source[position + 1] == '\n' ? 2 : 1;
            }

            _stream.Append(c);
            _starts.Add(Math.Min(position, end));
            _ends.Add(Math.Min(position + length, end));
            position += length;
        }
    }

    private readonly record struct EndTag(int Start, int End, string Name);
}
