using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using PaperDigest.Model;
using PaperDigest.Text;

namespace PaperDigest.Sections;

/// <summary>
/// Classifies the lines of a digest into its block structure: header, numbered paper entries and their titles, groups
/// that restart the numbering, labelled fields, sub-sections, paragraphs, ads and the footer.
/// </summary>
/// <remarks>
/// One pass over the lines with one line of look-ahead: linear time. Immutable and thread-safe; build one with custom
/// field labels through <see cref="DigestParserBuilder"/>.
/// </remarks>
public sealed class SectionDetector
{
    private const int MaxTitleLength = 200;
    private const int MaxTitleLines = 3;
    private const int MaxAdLineLength = 80;
    private const int MaxShortHeadingLength = 20;

    private static readonly PhraseSet AdPhrases = new(Keywords.AdPhrases);

    private static readonly SearchValues<char> NotInShortHeadings = SearchValues.Create("，,:：\\$");

    private readonly LabelTable<FieldKind> _fieldLabels;
    private readonly KeywordIndex _keywords;

    /// <summary>Creates a detector with the built-in label table.</summary>
    public SectionDetector()
        : this(Keywords.FieldLabels)
    {
    }

    internal SectionDetector(LabelTable<FieldKind> fieldLabels)
    {
        _fieldLabels = fieldLabels;
        _keywords = new KeywordIndex(fieldLabels);
    }

    /// <summary>Gets the detector with the built-in label table.</summary>
    public static SectionDetector Default { get; } = new();

    /// <summary>Detects the block structure of <paramref name="text"/>.</summary>
    /// <param name="text">The digest text.</param>
    /// <returns>The outline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public DigestOutline Detect(string text) => Detect(new SourceText(text));

    /// <summary>Detects the block structure of <paramref name="source"/>.</summary>
    /// <param name="source">The digest text with its line map.</param>
    /// <returns>The outline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public DigestOutline Detect(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var run = new Run(this, source);
        try
        {
            return run.Execute();
        }
        finally
        {
            run.Dispose();
        }
    }

    internal bool TryGetFieldKind(ReadOnlySpan<char> label, out FieldKind kind) => _fieldLabels.TryGet(label, out kind);

    /// <summary>The state of one detection; never shared between threads.</summary>
    private ref struct Run
    {
        private readonly SectionDetector _detector;
        private readonly SourceText _source;
        private readonly ReadOnlySpan<char> _text;
        // The trimmed range of every line, in a pooled array: it is needed only while the detection runs.
        private readonly (int Start, int End)[] _rentedLines;
        private readonly Span<(int Start, int End)> _lines;
        private readonly ImmutableArray<Block>.Builder _blocks;
        private readonly ImmutableArray<OutlineNote>.Builder _notes;

        private int _paper;
        private int _lastNumber;
        private NumberingStyle _style;
        private bool _groupOpen;
        private bool _inFooter;
        private bool _inAd;
        private int _titleLines;
        private bool _titlePhase;
        private bool _expectContinuation;
        private bool _headingIsCjk;
        private int _lastHeadingCandidate;

        public Run(SectionDetector detector, SourceText source)
        {
            _detector = detector;
            _source = source;
            _text = source.Text;
            _rentedLines = ArrayPool<(int, int)>.Shared.Rent(source.LineCount);
            _lines = _rentedLines.AsSpan(0, source.LineCount);
            int nonBlank = 0;
            for (int i = 0; i < _lines.Length; i++)
            {
                TextLine line = source.GetLine(i);
                (int start, int end) = LineSyntax.Trim(_text, line.Start, line.End);
                _lines[i] = (start, end);
                nonBlank += start < end ? 1 : 0;
            }

            // Every non-blank line becomes exactly one block: an exact capacity means no regrowth and no copy at the end.
            _blocks = ImmutableArray.CreateBuilder<Block>(nonBlank);
            _notes = ImmutableArray.CreateBuilder<OutlineNote>();
            _paper = -1;
            _lastHeadingCandidate = int.MinValue;
        }

        public readonly void Dispose() => ArrayPool<(int, int)>.Shared.Return(_rentedLines);

        public DigestOutline Execute()
        {
            for (int i = 0; i < _lines.Length; i++)
            {
                (int start, int end) = _lines[i];
                if (start == end)
                {
                    // A blank line ends an ad block and the title lines of a heading.
                    _inAd = false;
                    if (!_expectContinuation)
                    {
                        _titlePhase = false;
                    }

                    continue;
                }

                Classify(i, start, end);
            }

            ImmutableArray<Block> blocks = _blocks.Count == _blocks.Capacity ? _blocks.MoveToImmutable() : _blocks.DrainToImmutable();
            return new DigestOutline(_source, blocks, _paper + 1, _notes.DrainToImmutable());
        }

        private void Classify(int lineIndex, int start, int end)
        {
            ReadOnlySpan<char> line = _text[start..end];
            if (_inFooter)
            {
                Add(new Block(BlockKind.Footer, start, end - start, -1));
                return;
            }

            // The footer, group, field and section checks all look at the label split and the bare form of the line:
            // work them out once.
            var facts = new LineFacts(line, _detector._keywords);
            if (_paper >= 0 && (IsFooterStart(facts) || IsClosingBreak(lineIndex, line)))
            {
                _inFooter = true;
                Add(new Block(BlockKind.Footer, start, end - start, -1));
                return;
            }

            if (LineSyntax.TryParseHeading(line, out HeadingMatch heading) && AcceptHeading(lineIndex, line, heading, start))
            {
                StartPaper(start, end, heading);
                return;
            }

            if (IsGroupHeading(lineIndex, line, facts, out int nameStart, out int nameLength))
            {
                _groupOpen = true;
                _titlePhase = false;
                _inAd = false;
                Add(new Block(BlockKind.GroupHeading, start, end - start, -1, ValueStart: start + nameStart, ValueLength: nameLength));
                return;
            }

            if (_paper < 0)
            {
                Add(new Block(BlockKind.Header, start, end - start, -1));
                return;
            }

            if (_groupOpen)
            {
                // Text under a group heading before its first entry (a news section, a group intro) is no paper's.
                Add(new Block(BlockKind.Paragraph, start, end - start, -1));
                return;
            }

            ClassifyPaperLine(lineIndex, start, end, line, facts);
        }

        private void ClassifyPaperLine(int lineIndex, int start, int end, ReadOnlySpan<char> line, in LineFacts facts)
        {
            LabeledLine labeled = facts.Labeled;
            bool isField = facts.LabelKeyword.Is(KeywordRoles.Field);
            FieldKind kind = isField ? facts.LabelKeyword.FieldKind : FieldKind.Other;
            if (!isField && line.Length <= MaxAdLineLength && AdPhrases.ContainsAny(line))
            {
                _inAd = true;
                _titlePhase = false;
                _expectContinuation = false;
                Add(new Block(BlockKind.Ad, start, end - start, _paper));
                return;
            }

            if (_inAd && !isField)
            {
                Add(new Block(BlockKind.Ad, start, end - start, _paper));
                return;
            }

            _inAd = false;
            if (_expectContinuation && !isField)
            {
                _expectContinuation = false;
                _titleLines++;
                Add(new Block(BlockKind.PaperTitle, start, end - start, _paper, ValueStart: start, ValueLength: end - start));
                return;
            }

            _expectContinuation = false;
            if (isField)
            {
                // "论文标题:" with the title on the next line.
                _expectContinuation = kind == FieldKind.Title && labeled.ValueLength == 0;
                _titlePhase = false;
                Add(new Block(
                    BlockKind.Field, start, end - start, _paper,
                    start + labeled.LabelStart, labeled.LabelLength, start + labeled.ValueStart, labeled.ValueLength, kind));
                return;
            }

            // A sub-section label ("摘要:", "实验结果") is explicit structure: it is never a title line.
            bool isSection = TrySectionLabel(line, facts, out int labelStart, out int labelLength, out int valueStart, out int valueLength);
            if (!isSection && _titlePhase && _titleLines < MaxTitleLines && IsTitleLine(line))
            {
                _titleLines++;
                Add(new Block(BlockKind.PaperTitle, start, end - start, _paper, ValueStart: start, ValueLength: end - start));
                return;
            }

            _titlePhase = false;
            if (isSection)
            {
                Add(new Block(
                    BlockKind.SectionHeading, start, end - start, _paper,
                    start + labelStart, labelLength, start + valueStart, valueLength));
                return;
            }

            if (IsShortHeading(lineIndex, line))
            {
                Add(new Block(BlockKind.SectionHeading, start, end - start, _paper, start, end - start));
                return;
            }

            Add(new Block(BlockKind.Paragraph, start, end - start, _paper));
        }

        private bool AcceptHeading(int lineIndex, ReadOnlySpan<char> line, HeadingMatch heading, int lineStart)
        {
            ReadOnlySpan<char> title = line.Slice(heading.TitleStart, heading.TitleLength);
            bool titleOk = title.Length <= MaxTitleLength && !LineSyntax.EndsLikeSentence(title)
                && (title.Length > 0 || NextNonBlank(lineIndex) >= 0);
            if (!titleOk)
            {
                return false;
            }

            if (_paper < 0 || _groupOpen)
            {
                // A digest (or a new group) starts at 1; an open group may also continue the numbering.
                if (heading.Number == 1 || (_groupOpen && heading.Number == _lastNumber + 1 && heading.Style == _style))
                {
                    return true;
                }

                return false;
            }

            if (heading.Style != _style)
            {
                return false;
            }

            if (heading.Number == _lastNumber + 1)
            {
                return true;
            }

            if (heading.Number > _lastNumber + 1 && heading.Number <= _lastNumber + 3 && title.Length > 0)
            {
                _notes.Add(new OutlineNote(
                    DiagnosticCodes.OutOfSequenceNumber,
                    string.Create(CultureInfo.InvariantCulture, $"Numbered line {heading.Number} does not continue the sequence (expected {_lastNumber + 1}); read as text."),
                    lineStart + heading.MarkerStart,
                    heading.MarkerLength));
            }

            return false;
        }

        private void StartPaper(int start, int end, HeadingMatch heading)
        {
            _paper++;
            _lastNumber = heading.Number;
            _style = heading.Style;
            _groupOpen = false;
            _inAd = false;
            _titlePhase = true;
            _titleLines = 0;
            ReadOnlySpan<char> title = _text.Slice(start + heading.TitleStart, heading.TitleLength);
            _expectContinuation = title.Length == 0 || LineSyntax.EndsWithColon(title);
            _headingIsCjk = LineSyntax.HasCjk(title);
            Add(new Block(
                BlockKind.PaperHeading, start, end - start, _paper,
                start + heading.MarkerStart, heading.MarkerLength, start + heading.TitleStart, heading.TitleLength,
                FieldKind.Other, heading.Number));
        }

        private readonly bool IsTitleLine(ReadOnlySpan<char> line)
        {
            if (line.Length > 2 && line[0] == '《' && line[^1] == '》')
            {
                return true;
            }

            if (line.Length > MaxTitleLength || LineSyntax.EndsLikeSentence(line))
            {
                return false;
            }

            // Only the line right after the heading can be the title in the other language.
            if (_titleLines > 0)
            {
                return false;
            }

            bool cjk = LineSyntax.HasCjk(line);
            if (!_headingIsCjk)
            {
                // An English heading followed by its Chinese translation.
                return cjk && line.Length <= 120;
            }

            // A Chinese heading followed by the English title: a few words, not a sentence.
            return !cjk && line.Length <= 160 && line.Contains(' ') && line[^1] != '.';
        }

        private readonly bool IsGroupHeading(int lineIndex, ReadOnlySpan<char> line, in LineFacts facts, out int nameStart, out int nameLength)
        {
            ReadOnlySpan<char> bare = facts.Bare(line);
            nameStart = facts.BareStart;
            nameLength = bare.Length;
            if (bare.IsEmpty || bare.Length > 40)
            {
                return false;
            }

            if (facts.BareKeyword.Is(KeywordRoles.GroupHeading))
            {
                return true;
            }

            bool markdownHeading = line.Length > 1 && line[0] == '#' && (line[1] == '#' || line[1] == ' ');
            if (!markdownHeading)
            {
                return false;
            }

            if (_paper >= 0)
            {
                return true;
            }

            // Before the first paper a Markdown heading names the first group only when a first entry follows it.
            int next = NextNonBlank(lineIndex);
            return next >= 0
                && LineSyntax.TryParseHeading(_text[_lines[next].Start.._lines[next].End], out HeadingMatch following)
                && following.Number == 1;
        }

        private static bool IsFooterStart(in LineFacts facts) =>
            (facts.BareLength <= 24 && facts.BareKeyword.Is(KeywordRoles.FooterHeading))
            || facts.LabelKeyword.Is(KeywordRoles.FooterStarter);

        private readonly bool TryField(ReadOnlySpan<char> line, out LabeledLine labeled, out FieldKind kind)
        {
            kind = FieldKind.Other;
            return LineSyntax.TryParseLabeled(line, out labeled)
                && _detector.TryGetFieldKind(line.Slice(labeled.LabelStart, labeled.LabelLength), out kind);
        }

        private static bool TrySectionLabel(
            ReadOnlySpan<char> line, in LineFacts facts, out int labelStart, out int labelLength, out int valueStart, out int valueLength)
        {
            if (facts.BareLength <= 24 && facts.BareKeyword.Is(KeywordRoles.Section))
            {
                (labelStart, labelLength, valueStart, valueLength) = (facts.BareStart, facts.BareLength, line.Length, 0);
                return true;
            }

            LabeledLine labeled = facts.Labeled;
            if (facts.LabelKeyword.Is(KeywordRoles.Section))
            {
                (labelStart, labelLength, valueStart, valueLength) = (labeled.LabelStart, labeled.LabelLength, labeled.ValueStart, labeled.ValueLength);
                return true;
            }

            (labelStart, labelLength, valueStart, valueLength) = (0, 0, 0, 0);
            return false;
        }

        /// <summary>A short line with no sentence punctuation, followed by a clearly longer line: a sub-heading.</summary>
        private readonly bool IsShortHeading(int lineIndex, ReadOnlySpan<char> line)
        {
            if (line.Length > MaxShortHeadingLength || LineSyntax.EndsWithPunctuation(line)
                || line.ContainsAny(NotInShortHeadings) || line.Contains("://", StringComparison.Ordinal)
                || line[0] is '-' or '*' or '•' or '>' or '(' or '（' or '[')
            {
                return false;
            }

            int next = NextNonBlank(lineIndex);
            if (next < 0)
            {
                return false;
            }

            int nextLength = _lines[next].End - _lines[next].Start;
            return nextLength > line.Length + 8;
        }

        /// <summary>
        /// A thematic break (<c>---</c>) after the last paper heading ends the papers, unless the paper's own fields
        /// follow it (<c>---</c> then <c>Paper: …</c>).
        /// </summary>
        private bool IsClosingBreak(int lineIndex, ReadOnlySpan<char> line)
        {
            if (!LineSyntax.IsThematicBreak(line) || lineIndex <= LastHeadingCandidate())
            {
                return false;
            }

            int next = NextNonBlank(lineIndex);
            return next < 0
                || !TryField(_text[_lines[next].Start.._lines[next].End], out _, out FieldKind kind)
                || kind is FieldKind.Other or FieldKind.Source;
        }

        /// <summary>
        /// The last line that could start a paper or a group (a numbered line, a group keyword, a Markdown heading), or
        /// -1: a thematic break after it ends the papers. Found once, scanning back from the end, so the whole run stays
        /// linear.
        /// </summary>
        private int LastHeadingCandidate()
        {
            if (_lastHeadingCandidate == int.MinValue)
            {
                _lastHeadingCandidate = -1;
                for (int i = _lines.Length - 1; i >= 0; i--)
                {
                    ReadOnlySpan<char> line = _text[_lines[i].Start.._lines[i].End];
                    if (line.IsEmpty)
                    {
                        continue;
                    }

                    ReadOnlySpan<char> bare = LineSyntax.Bare(line, out _);
                    if (line[0] == '#'
                        || LineSyntax.TryParseHeading(line, out _)
                        || (!bare.IsEmpty && bare.Length <= 40 && Keywords.GroupHeadings.TryGet(bare, out _)))
                    {
                        _lastHeadingCandidate = i;
                        break;
                    }
                }
            }

            return _lastHeadingCandidate;
        }

        private readonly int NextNonBlank(int lineIndex)
        {
            for (int i = lineIndex + 1; i < _lines.Length; i++)
            {
                if (_lines[i].End > _lines[i].Start)
                {
                    return i;
                }
            }

            return -1;
        }

        private readonly void Add(Block block) => _blocks.Add(block);
    }
}
