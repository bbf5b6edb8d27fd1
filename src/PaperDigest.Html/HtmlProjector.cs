using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PaperDigest.Input;

namespace PaperDigest.Html;

/// <summary>
/// Parses HTML with AngleSharp and walks the DOM in reading order, writing the text a reader sees — with each character
/// mapped to where it was written in the input.
/// </summary>
/// <remarks>
/// <para>The walk is iterative (an explicit stack), so deep documents cannot overflow the call stack. One projector per
/// read; not thread-safe.</para>
/// <para>
/// Text nodes carry no source position in AngleSharp; the projector finds each one in the tokenizer's character stream
/// (<see cref="TokenIndex"/>): first right at a cursor that follows the document order, then a little further on, then
/// from the start of the parent element (text the tree builder moved, e.g. out of a table). A text node found nowhere
/// (which takes input the tree builder rewrote, such as NUL characters) maps each character to its parent's start tag.
/// </para>
/// </remarks>
internal sealed class HtmlProjector
{
    /// <summary>How far past the cursor a text node is looked for.</summary>
    private const int SearchWindow = 1024;

    private const string TexEncoding = "application/x-tex";

    private readonly string _original;
    private readonly TokenIndex _tokens;
    private readonly ProjectionWriter _writer;
    private readonly Dictionary<IElement, int> _listNumbers = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<Frame> _stack = new();
    private IElement? _texAnnotation;
    private bool _texDisplay;
    private int _cursor;
    private int _rawCursor;
    private int _suppress;
    private int _pre;
    private int _rawText;

    private HtmlProjector(string original, TokenIndex tokens)
    {
        _original = original;
        _tokens = tokens;
        _writer = new ProjectionWriter(original);
    }

    private enum Exit
    {
        Block,
        Unsuppress,
        Anchor,
        UrlAfterText,
        TexScript,
        TexAnnotation,
    }

    /// <summary>Projects an HTML input.</summary>
    /// <param name="input">The HTML.</param>
    /// <returns>The text a reader sees, mapped to <paramref name="input"/>.</returns>
    internal static ProjectedText Project(string input)
    {
        string source = HtmlNestingGuard.Apply(input);
        var tokens = new TokenIndex(source);
        var options = new HtmlParserOptions
        {
            IsKeepingSourceReferences = true,
            IsNotConsumingCharacterReferences = true,
            OnToken = tokens.Add,
        };
        IHtmlDocument document = new HtmlParser(options).ParseDocument(source);
        var projector = new HtmlProjector(input, tokens);
        foreach (IElement root in Roots(document))
        {
            projector.Walk(root);
        }

        return projector._writer.Build();
    }

    /// <summary>
    /// The parts of the page to read: a WeChat article's title (<c>#activity-name</c>) and body (<c>#js_content</c>) when
    /// present; else the page's only <c>&lt;article&gt;</c>, else its only <c>&lt;main&gt;</c> (leaving site navigation,
    /// sidebars and the site footer out); else the whole body.
    /// </summary>
    private static List<IElement> Roots(IHtmlDocument document)
    {
        if (document.GetElementById("js_content") is { } content)
        {
            var roots = new List<IElement>(2);
            if (document.GetElementById("activity-name") is { } title && !title.Contains(content) && !content.Contains(title))
            {
                roots.Add(title);
            }

            roots.Add(content);
            return roots;
        }

        foreach (string name in (ReadOnlySpan<string>)["article", "main"])
        {
            IHtmlCollection<IElement> candidates = document.GetElementsByTagName(name);
            if (candidates.Length == 1)
            {
                return [candidates[0]];
            }
        }

        return document.Body is { } body ? [body] : document.DocumentElement is { } html ? [html] : [];
    }

    private void Walk(IElement root)
    {
        _stack.Push(new Frame(root));
        while (_stack.TryPop(out Frame? frame))
        {
            if (frame.Exit is { } exit)
            {
                Leave(frame, exit);
            }
            else if (frame.Node is IText text)
            {
                Text(text);
            }
            else if (frame.Node is IElement element)
            {
                Enter(element);
            }
        }
    }

    private void Enter(IElement element)
    {
        (int tagStart, int tagLength) = StartTag(element);
        string name = element.LocalName;
        if (ReferenceEquals(element, _texAnnotation))
        {
            _writer.Text(_texDisplay ? "\\[" : "\\(", tagStart, tagLength);
            PushExit(element, Exit.TexAnnotation, saved: _suppress);
            _suppress = 0;
        }
        else if (_suppress > 0)
        {
            // Read only to keep the cursor in step with the source.
        }
        else if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
        {
            _writer.LineBreak(tagStart, tagLength, force: true);
            return;
        }
        else if (IsTexScript(element, out bool display))
        {
            _writer.Text(display ? "\\[" : "\\(", tagStart, tagLength);
            PushExit(element, Exit.TexScript, display: display);
            _rawText++;
        }
        else if (HtmlElements.Dropped.Contains(name) || IsRenderedMath(element))
        {
            PushExit(element, Exit.Unsuppress);
            _suppress++;
        }
        else if (name.Equals("math", StringComparison.OrdinalIgnoreCase) && FindTexAnnotation(element) is { } annotation)
        {
            _texAnnotation = annotation;
            _texDisplay = string.Equals(element.GetAttribute("display"), "block", StringComparison.OrdinalIgnoreCase) || InKatexDisplay(element);
            PushExit(element, Exit.Unsuppress);
            _suppress++;
        }
        else if (name.Equals("a", StringComparison.OrdinalIgnoreCase)
            && LinkTarget.Read(_original, tagStart, tagLength, element.GetAttribute("href")) is { } target)
        {
            EnterAnchor(element, target, tagStart, tagLength);
        }
        else if (HtmlElements.Blocks.Contains(name))
        {
            _writer.LineBreak(tagStart, tagLength, force: false);
            if (name.Equals("li", StringComparison.OrdinalIgnoreCase))
            {
                WriteListNumber(element, tagStart, tagLength);
            }

            if (HtmlElements.Preformatted.Contains(name))
            {
                _pre++;
            }

            PushExit(element, Exit.Block);
        }
        else if (HtmlElements.Cells.Contains(name))
        {
            _writer.Space(tagStart, tagLength);
        }

        PushChildren(element);
    }

    private void EnterAnchor(IElement element, LinkTarget target, int tagStart, int tagLength)
    {
        string label = Collapse(element.TextContent);
        if (label.Length == 0)
        {
            // Only an image or an icon: the URL itself is the content.
            _writer.Space(tagStart, 0);
            WriteUrl(target);
            _writer.Space(tagStart + tagLength, 0);
        }
        else if (label.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || label.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || label.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || label.Equals(target.Url, StringComparison.Ordinal))
        {
            // The text already is the URL: keep it as it was written.
        }
        else if (label.AsSpan().IndexOfAny('[', ']') >= 0)
        {
            PushExit(element, Exit.UrlAfterText, target: target);
        }
        else
        {
            _writer.Opening("[", tagStart, tagLength);
            PushExit(element, Exit.Anchor, target: target);
        }
    }

    private void Leave(Frame frame, Exit exit)
    {
        switch (exit)
        {
            case Exit.Block:
                string name = ((IElement)frame.Node).LocalName;
                if (HtmlElements.Preformatted.Contains(name))
                {
                    _pre--;
                }

                (int start, int length) = EndTag(name);
                _writer.LineBreak(start, length, force: false);
                break;
            case Exit.Unsuppress:
                _suppress--;
                break;
            case Exit.Anchor:
                _writer.Closing("](", frame.TagStart, frame.TagLength);
                WriteUrl(frame.Target!);
                (int anchorEnd, int anchorEndLength) = EndTag("a");
                _writer.Text(")", anchorEnd, anchorEndLength);
                break;
            case Exit.UrlAfterText:
                _writer.Space(frame.TagStart, 0);
                WriteUrl(frame.Target!);
                _writer.Space(frame.TagStart + frame.TagLength, 0);
                break;
            case Exit.TexScript:
                _rawText--;
                (int scriptEnd, int scriptEndLength) = EndTag("script");
                _writer.Text(frame.Display ? "\\]" : "\\)", scriptEnd, scriptEndLength);
                break;
            case Exit.TexAnnotation:
                _suppress = frame.Saved;
                _texAnnotation = null;
                (int annotationEnd, int annotationEndLength) = EndTag(((IElement)frame.Node).LocalName);
                _writer.Text(_texDisplay ? "\\]" : "\\)", annotationEnd, annotationEndLength);
                break;
            default:
                break;
        }
    }

    private void Text(IText node)
    {
        string data = node.Data;
        if (data.Length == 0)
        {
            return;
        }

        int index = Locate(data, node.ParentElement, consumeOnly: _suppress > 0);
        if (_suppress > 0)
        {
            return;
        }

        (int fallbackStart, int fallbackLength) = node.ParentElement is { } parent ? StartTagRange(parent) : (_rawCursor, 0);
        bool decode = _rawText == 0;
        bool pre = _pre > 0;
        for (int i = 0; i < data.Length;)
        {
            (int start, int length) = index >= 0 ? _tokens.RangeOf(index + i) : (fallbackStart, fallbackLength);
            char c = data[i];
            if (decode && c == '&' && HtmlEntityDecoder.TryDecode(data, i, inAttribute: false, out string value, out int referenceLength))
            {
                (start, length) = index >= 0 ? _tokens.RangeOf(index + i, referenceLength) : (fallbackStart, fallbackLength);
                if (!pre && value.Length == 1 && IsSpace(value[0]))
                {
                    _writer.Space(start, length);
                }
                else
                {
                    _writer.Text(value, start, length);
                }

                i += referenceLength;
                continue;
            }

            if (!IsSpace(c))
            {
                _writer.Char(c, start, length);
            }
            else if (!pre)
            {
                _writer.Space(start, length);
            }
            else if (c == '\n')
            {
                _writer.LineBreak(start, length, force: true);
            }
            else
            {
                _writer.Char(c, start, length);
            }

            i++;
        }

        if (index >= 0)
        {
            (int lastStart, int lastLength) = _tokens.RangeOf(index + data.Length - 1);
            _rawCursor = Math.Max(_rawCursor, lastStart + lastLength);
        }
    }

    /// <summary>Finds a text node in the character stream; see the class remarks.</summary>
    private int Locate(string data, IElement? parent, bool consumeOnly)
    {
        string stream = _tokens.Stream;
        int length = data.Length;
        if (_cursor + length <= stream.Length && stream.AsSpan(_cursor, length).SequenceEqual(data))
        {
            int at = _cursor;
            _cursor += length;
            return at;
        }

        int found = Search(stream, _cursor, data);
        if (found >= 0)
        {
            _cursor = found + length;
            return found;
        }

        if (consumeOnly || parent?.SourceReference is not { } reference)
        {
            return -1;
        }

        int from = _tokens.FirstAtOrAfter(reference.Position.Index);
        return from < _cursor ? Search(stream, from, data) : -1;
    }

    private static int Search(string stream, int from, string data)
    {
        int window = Math.Min(stream.Length - from, data.Length + SearchWindow);
        if (window < data.Length)
        {
            return -1;
        }

        int found = stream.AsSpan(from, window).IndexOf(data.AsSpan(), StringComparison.Ordinal);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>Gets an element's start tag range and moves the cursors up to it.</summary>
    private (int Start, int Length) StartTag(IElement element)
    {
        if (element.SourceReference is not { } reference)
        {
            return (_rawCursor, 0);
        }

        int start = Math.Clamp(reference.Position.Index, 0, _original.Length);
        int end = _tokens.TryGetStartTag(start, out int tagEnd) ? tagEnd : start;
        _cursor = Math.Max(_cursor, _tokens.FirstAtOrAfter(start));
        _rawCursor = Math.Max(_rawCursor, end);
        return (start, end - start);
    }

    private (int Start, int Length) StartTagRange(IElement element)
    {
        if (element.SourceReference is not { } reference)
        {
            return (_rawCursor, 0);
        }

        int start = Math.Clamp(reference.Position.Index, 0, _original.Length);
        return (start, _tokens.TryGetStartTag(start, out int end) ? end - start : 0);
    }

    /// <summary>Gets the range of the end tag that closes the element being left (empty at the cursor when it had none).</summary>
    private (int Start, int Length) EndTag(string name)
    {
        if (_tokens.TryFindEndTag(name, _rawCursor, out int start, out int end))
        {
            _rawCursor = end;
            return (start, end - start);
        }

        return (_rawCursor, 0);
    }

    private void WriteUrl(LinkTarget target)
    {
        for (int i = 0; i < target.Url.Length; i++)
        {
            (int start, int length) = target.RangeOf(i);
            _writer.Char(target.Url[i], start, length);
        }
    }

    private void WriteListNumber(IElement item, int tagStart, int tagLength)
    {
        if (item.ParentElement is not { } list || !list.LocalName.Equals("ol", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (!_listNumbers.TryGetValue(list, out int number))
        {
            number = int.TryParse(list.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int start) ? start : 1;
        }

        _listNumbers[list] = number + 1;
        _writer.Text(string.Create(CultureInfo.InvariantCulture, $"{number}. "), tagStart, tagLength);
    }

    private void PushChildren(IElement element)
    {
        INodeList children = element.ChildNodes;
        for (int i = children.Length - 1; i >= 0; i--)
        {
            _stack.Push(new Frame(children[i]));
        }
    }

    private void PushExit(IElement element, Exit exit, int saved = 0, bool display = false, LinkTarget? target = null)
    {
        (int start, int length) = StartTagRange(element);
        _stack.Push(new Frame(element) { Exit = exit, Saved = saved, Display = display, Target = target, TagStart = start, TagLength = length });
    }

    private static bool IsTexScript(IElement element, out bool display)
    {
        display = false;
        if (!element.LocalName.Equals("script", StringComparison.OrdinalIgnoreCase)
            || element.GetAttribute("type") is not { } type
            || !type.AsSpan().Trim().StartsWith("math/tex", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        display = type.Contains("mode=display", StringComparison.OrdinalIgnoreCase);
        return true;
    }

    private static bool IsRenderedMath(IElement element)
    {
        foreach (string name in element.ClassList)
        {
            if (HtmlElements.RenderedMath.Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InKatexDisplay(IElement element)
    {
        for (IElement? ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.ClassList.Contains("katex-display"))
            {
                return true;
            }

            if (ancestor.ClassList.Contains("katex"))
            {
                continue;
            }

            if (!ancestor.LocalName.Equals("span", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Finds the <c>&lt;annotation encoding="application/x-tex"&gt;</c> of a MathML formula (KaTeX keeps its source there).</summary>
    private static IElement? FindTexAnnotation(IElement math)
    {
        foreach (IElement candidate in math.Descendants<IElement>())
        {
            if (candidate.LocalName.Equals("annotation", StringComparison.OrdinalIgnoreCase)
                && string.Equals(candidate.GetAttribute("encoding")?.Trim(), TexEncoding, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Decodes references and collapses white space, to compare an anchor's text with its URL.</summary>
    private static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        bool space = false;
        for (int i = 0; i < text.Length;)
        {
            string piece;
            if (text[i] == '&' && HtmlEntityDecoder.TryDecode(text, i, inAttribute: false, out string value, out int length))
            {
                piece = value;
                i += length;
            }
            else
            {
                piece = text.Substring(i, 1);
                i++;
            }

            foreach (char c in piece)
            {
                if (IsSpace(c) || c == '\u00A0')
                {
                    space = result.Length > 0;
                }
                else
                {
                    if (space)
                    {
                        result.Append(' ');
                        space = false;
                    }

                    result.Append(c);
                }
            }
        }

        return result.ToString();
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private sealed class Frame(INode node)
    {
        public INode Node { get; } = node;

        public Exit? Exit { get; init; }

        public int Saved { get; init; }

        public bool Display { get; init; }

        public LinkTarget? Target { get; init; }

        public int TagStart { get; init; }

        public int TagLength { get; init; }
    }
}
