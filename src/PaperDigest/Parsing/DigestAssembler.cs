using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using PaperDigest.Extraction;
using PaperDigest.Model;
using PaperDigest.Sections;
using PaperDigest.Text;

namespace PaperDigest.Parsing;

/// <summary>
/// One parse: detects the outline, runs the extractors over each block in text order, and assembles the immutable
/// model. Holds all per-parse state, so the parser itself stays immutable.
/// </summary>
internal sealed class DigestAssembler
{
    private const int MaxTitleLength = 100;
    private const int MaxPooledLength = 64;

    // Slots of the cache in front of the label pool (a power of two).
    private const int RecentLabelSlots = 32;

    // A date may start within the first 4 characters of a header line; 128 leaves room for its longest written form.
    private const int MaxDatePrefix = 128;

    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    private readonly DigestParser _parser;
    private readonly string _text;
    private readonly string? _sourceName;
    private readonly SourceText _source;
    private readonly List<Entity> _entities = [];
    private readonly List<Entity> _taken = [];
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _poolLookup;
    private readonly string?[] _recentLabels = new string?[RecentLabelSlots];
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly ExtractionContext _context;
    private long[] _sortKeys = [];

    public DigestAssembler(DigestParser parser, SourceText source, string? sourceName, string? readerFailure)
    {
        _parser = parser;
        _source = source;
        _text = source.Text;
        _sourceName = sourceName;
        _context = new ExtractionContext(_source, _entities, _diagnostics);
        _poolLookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (readerFailure is not null)
        {
            AddDiagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.ReaderFailed, readerFailure, 0, 0);
        }
    }

    public Digest Assemble()
    {
        DigestOutline outline = _parser.Detector.Detect(_source);
        ImmutableArray<Block> blocks = outline.Blocks;
        foreach (OutlineNote note in outline.Notes)
        {
            _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, note.Code, note.Message, _source.GetSpan(note.Start, note.Length)));
        }

        int control = _text.AsSpan().IndexOfAny(ControlCharacters);
        if (control >= 0)
        {
            AddDiagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.ControlCharacters, "The input contains NUL or other control characters; it may not be text.", control, 1);
        }

        var header = new HeaderReader(this);
        var paperReader = new PaperReader(this, blocks);
        var digestLinks = new List<Link>();
        var digestEntities = new List<CustomEntity>();
        var papers = ImmutableArray.CreateBuilder<Paper>(outline.PaperCount);
        var groups = ImmutableArray.CreateBuilder<PaperGroup>();
        string? group = null;
        int footerStart = -1;

        int i = 0;
        while (i < blocks.Length)
        {
            Block block = blocks[i];
            switch (block.Kind)
            {
                case BlockKind.Header:
                    header.Read(block);
                    Extract(ExtractionScope.Header, block.Start, block.Length, -1, null, FieldKind.Other);
                    Collect(digestLinks, digestEntities);
                    i++;
                    break;
                case BlockKind.Paragraph when block.Paper < 0:
                    // A group's intro (news, announcements): its links belong to the digest.
                    Extract(ExtractionScope.Header, block.Start, block.Length, -1, null, FieldKind.Other);
                    Collect(digestLinks, digestEntities);
                    i++;
                    break;
                case BlockKind.GroupHeading:
                    group = _text.Substring(block.ValueStart, block.ValueLength);
                    groups.Add(new PaperGroup(group, Span(block.Start, block.Length)));
                    i++;
                    break;
                case BlockKind.PaperHeading:
                    int end = i + 1;
                    while (end < blocks.Length && blocks[end].Paper == block.Paper)
                    {
                        end++;
                    }

                    papers.Add(paperReader.Read(i, end, group));
                    i = end;
                    break;
                case BlockKind.Footer:
                    footerStart = i;
                    i = blocks.Length;
                    break;
                default:
                    // Ads outside papers carry nothing of the digest.
                    i++;
                    break;
            }
        }

        Footer? footer = null;
        if (footerStart >= 0)
        {
            footer = ReadFooter(blocks.AsSpan()[footerStart..]);
            Collect(digestLinks, digestEntities);
        }

        if (papers.Count == 0 && !_text.AsSpan().Trim().IsEmpty)
        {
            AddDiagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.NoPapers, "No numbered paper entries were found.", 0, 0);
        }

        SortByStart(_diagnostics, static diagnostic => diagnostic.Span.Start);
        return new Digest
        {
            SourceName = _sourceName,
            Title = header.Title,
            PublishedAt = header.PublishedAt,
            Sources = header.Sources.ToImmutable(),
            Intro = header.Intro,
            Groups = groups.DrainToImmutable(),
            Papers = papers.DrainToImmutable(),
            Footer = footer,
            Links = Freeze(digestLinks),
            Entities = Freeze(digestEntities),
            Diagnostics = Freeze(_diagnostics),
        };
    }

    internal string Text => _text;

    /// <summary>An exact-size immutable copy of a list; an empty list gives the shared empty array.</summary>
    /// <remarks>Copies from the list's span: <c>ToImmutableArray()</c> on a list goes through its interfaces.</remarks>
    internal static ImmutableArray<T> Freeze<T>(List<T> items) => ImmutableArray.Create(CollectionsMarshal.AsSpan(items));

    /// <summary>
    /// One string per distinct short label in a parse: field labels, section labels and number markers repeat in every
    /// paper, so each is allocated once.
    /// </summary>
    internal string Pooled(ReadOnlySpan<char> label)
    {
        if (label.Length > MaxPooledLength)
        {
            return label.ToString();
        }

        if (label.IsEmpty)
        {
            return string.Empty;
        }

        // A digest repeats a handful of labels: a slot picked by length and end characters usually holds the string
        // already, and comparing it is cheaper than hashing the label for the dictionary.
        int slot = ((label.Length * 7) + (label[0] * 31) + label[^1]) & (RecentLabelSlots - 1);
        string? recent = _recentLabels[slot];
        if (recent is not null && label.SequenceEqual(recent))
        {
            return recent;
        }

        if (!_poolLookup.TryGetValue(label, out string? pooled))
        {
            pooled = label.ToString();
            _pool[pooled] = pooled;
        }

        _recentLabels[slot] = pooled;
        return pooled;
    }

    internal SourceSpan Span(int start, int length) => _source.GetSpan(start, length);

    internal void AddDiagnostic(DiagnosticSeverity severity, string code, string message, int start, int length) =>
        _diagnostics.Add(new Diagnostic(severity, code, message, Span(start, length)));

    /// <summary>Runs every extractor over one block; entities land in <see cref="_entities"/> until collected.</summary>
    internal void Extract(ExtractionScope scope, int start, int length, int paper, string? label, FieldKind kind)
    {
        if (length == 0)
        {
            return;
        }

        foreach (IEntityExtractor extractor in _parser.Extractors)
        {
            _context.Reset(scope, start, length, paper, label, kind);
            int entityCount = _entities.Count;
            int diagnosticCount = _diagnostics.Count;
            try
            {
                extractor.Extract(_context);
            }
#pragma warning disable CA1031 // A failing extractor must never take the parse down: its failure becomes a diagnostic.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                _entities.RemoveRange(entityCount, _entities.Count - entityCount);
                _diagnostics.RemoveRange(diagnosticCount, _diagnostics.Count - diagnosticCount);
                AddDiagnostic(
                    DiagnosticSeverity.Error,
                    DiagnosticCodes.ExtractorFailed,
                    $"Extractor {extractor.GetType().Name} failed: {exception.GetType().Name}: {exception.Message}",
                    start,
                    length);
            }
        }
    }

    /// <summary>Moves the entities found since the last call out of the shared list.</summary>
    /// <remarks>The returned list is reused by the next call: consume it before extracting again.</remarks>
    internal List<Entity> TakeEntities()
    {
        // Extractors run one after another over a block, so entities of several extractors interleave: restore text order.
        _taken.Clear();
        _taken.AddRange(_entities);
        _entities.Clear();
        SortByStart(_taken, static entity => entity.Span.Start);
        return _taken;
    }

    /// <summary>
    /// Sorts by start offset, keeping the reported order among equal starts (<see cref="List{T}.Sort(Comparison{T})"/>
    /// is not stable): entities two extractors report at one position come out in extractor order.
    /// </summary>
    private void SortByStart<T>(List<T> items, Func<T, int> start)
    {
        Span<T> span = CollectionsMarshal.AsSpan(items);
        if (span.Length < 2)
        {
            return;
        }

        // Most lists arrive in order (one extractor, or one entity per block): check before sorting.
        int previous = start(span[0]);
        int next = 1;
        for (; next < span.Length; next++)
        {
            int current = start(span[next]);
            if (current < previous)
            {
                break;
            }

            previous = current;
        }

        if (next == span.Length)
        {
            return;
        }

        // Unique keys (start, then position in the list) make the unstable array sort give the stable order.
        if (_sortKeys.Length < span.Length)
        {
            _sortKeys = new long[Math.Max(span.Length, _sortKeys.Length * 2)];
        }

        Span<long> keys = _sortKeys.AsSpan(0, span.Length);
        for (int i = 0; i < span.Length; i++)
        {
            keys[i] = ((long)start(span[i]) << 32) | (uint)i;
        }

        keys.Sort(span);
    }

    private void Collect(List<Link> links, List<CustomEntity> custom)
    {
        foreach (Entity entity in TakeEntities())
        {
            switch (entity)
            {
                case Link link:
                    links.Add(link);
                    break;
                case CustomEntity customEntity:
                    custom.Add(customEntity);
                    break;
            }
        }
    }

    private Footer ReadFooter(ReadOnlySpan<Block> blocks)
    {
        string? author = null, link = null, license = null;
        var text = new StringBuilder();
        foreach (Block block in blocks)
        {
            ReadOnlySpan<char> line = _text.AsSpan(block.Start, block.Length);
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(line);
            if (!LineSyntax.TryParseLabeled(line, out LabeledLine labeled) || labeled.ValueLength == 0)
            {
                Extract(ExtractionScope.Footer, block.Start, block.Length, -1, null, FieldKind.Other);
                continue;
            }

            // A labelled footer line ("本文链接: …") is searched as a field, so its links keep their label.
            ReadOnlySpan<char> label = line.Slice(labeled.LabelStart, labeled.LabelLength);
            Extract(ExtractionScope.Footer, block.Start + labeled.ValueStart, labeled.ValueLength, -1, label.ToString(), FieldKind.Other);
            if (Keywords.FooterFields.TryGet(label, out FooterField field))
            {
                string value = line.Slice(labeled.ValueStart, labeled.ValueLength).ToString();
                switch (field)
                {
                    case FooterField.Author:
                        author ??= value;
                        break;
                    case FooterField.Link:
                        link ??= value;
                        break;
                    case FooterField.License:
                        license ??= value;
                        break;
                }
            }
        }

        int start = blocks[0].Start;
        int end = blocks[^1].End;
        return new Footer(author, link, license, text.ToString(), Span(start, end - start));
    }

    /// <summary>Reads the header lines: the date, the sources, the title and the intro.</summary>
    private sealed class HeaderReader(DigestAssembler owner)
    {
        // The intro's pieces as (start, length) in the text: joined once, exactly sized, when the digest is built.
        private readonly List<(int Start, int Length)> _intro = [];
        private int _introStart = -1;
        private int _introEnd;

        public string? Title { get; private set; }

        public DateTime? PublishedAt { get; private set; }

        public ImmutableArray<DigestSource>.Builder Sources { get; } = ImmutableArray.CreateBuilder<DigestSource>();

        public Section? Intro => _introStart < 0 ? null : new Section(null, JoinIntro(), owner.Span(_introStart, _introEnd - _introStart));

        public void Read(Block block)
        {
            ReadOnlySpan<char> line = owner.Text.AsSpan(block.Start, block.Length);
            int position = 0;
            // Only a date at the start of a header line counts: search a prefix, not a (possibly megabyte-long) line.
            if (PublishedAt is null
                && DateScanner.TryFind(line[..Math.Min(line.Length, MaxDatePrefix)], out DateTime date, out int dateStart, out int dateEnd)
                && dateStart <= 4)
            {
                PublishedAt = date;
                position = dateEnd;
            }

            // The rest of the line is segments separated by '|' or '丨': "出处: AI之势", "论文速递".
            while (position < line.Length)
            {
                int next = line[position..].IndexOfAny("|丨｜");
                int segmentEnd = next < 0 ? line.Length : position + next;
                ReadSegment(block.Start, line, position, segmentEnd);
                position = segmentEnd + 1;
            }
        }

        private void ReadSegment(int lineStart, ReadOnlySpan<char> line, int start, int end)
        {
            while (start < end && (char.IsWhiteSpace(line[start]) || line[start] is ':' or '：' or '-' or '·' or '#'))
            {
                start++;
            }

            (start, end) = LineSyntax.Trim(line, start, end);
            if (start >= end)
            {
                return;
            }

            ReadOnlySpan<char> segment = line[start..end];
            if (LineSyntax.TryParseLabeled(segment, out LabeledLine labeled)
                && owner._parser.Detector.TryGetFieldKind(segment.Slice(labeled.LabelStart, labeled.LabelLength), out FieldKind kind)
                && kind is FieldKind.Source or FieldKind.Authors
                && labeled.ValueLength > 0)
            {
                Sources.Add(new DigestSource(
                    segment.Slice(labeled.LabelStart, labeled.LabelLength).ToString(),
                    segment.Slice(labeled.ValueStart, labeled.ValueLength).ToString(),
                    owner.Span(lineStart + start + labeled.LabelStart, labeled.ValueStart + labeled.ValueLength - labeled.LabelStart)));
                return;
            }

            int bareStart = LineSyntax.SkipDecorations(segment, out int bareEnd);
            ReadOnlySpan<char> bare = segment[bareStart..bareEnd];
            if (Title is null && _introStart < 0 && bare.Length <= MaxTitleLength)
            {
                Title = bare.TrimEnd(":：").ToString();
                return;
            }

            if (_introStart < 0)
            {
                _introStart = lineStart + start;
            }

            _intro.Add((lineStart + start, end - start));
            _introEnd = lineStart + end;
        }

        /// <summary>The intro's pieces joined with <c>\n</c>.</summary>
        private string JoinIntro()
        {
            int length = _intro.Count - 1;
            foreach ((_, int pieceLength) in _intro)
            {
                length += pieceLength;
            }

            return string.Create(length, (owner.Text, _intro), static (destination, state) =>
            {
                int position = 0;
                for (int i = 0; i < state._intro.Count; i++)
                {
                    (int start, int pieceLength) = state._intro[i];
                    if (i > 0)
                    {
                        destination[position++] = '\n';
                    }

                    state.Text.AsSpan(start, pieceLength).CopyTo(destination[position..]);
                    position += pieceLength;
                }
            });
        }
    }

    /// <summary>Reads one paper entry: its number, titles, fields, sections and entities.</summary>
    /// <remarks>One reader serves every paper of a parse: its lists are cleared, not reallocated, between papers.</remarks>
    private sealed class PaperReader(DigestAssembler owner, ImmutableArray<Block> outline)
    {
        private readonly ImmutableArray<Section>.Builder _sections = ImmutableArray.CreateBuilder<Section>();
        private readonly ImmutableArray<Field>.Builder _fields = ImmutableArray.CreateBuilder<Field>();
        private readonly List<ArxivReference> _arxiv = [];
        private readonly List<Repository> _repositories = [];
        private readonly List<ProjectPage> _pages = [];
        private readonly List<Link> _links = [];
        private readonly List<Affiliation> _affiliations = [];
        private readonly List<Formula> _formulas = [];
        private readonly List<CustomEntity> _custom = [];
        private string? _group;
        private string? _sectionLabel;
        private int _sectionStart = -1;
        private int _sectionEnd;
        private int _sectionFirstBlock;
        private int _sectionEndBlock;
        private string? _title;
        private string? _titleZh;
        private string? _shortName;

        /// <summary>Reads the paper whose blocks are <c>outline[first..end)</c>.</summary>
        public Paper Read(int first, int end, string? group)
        {
            (_group, _title, _titleZh, _shortName) = (group, null, null, null);
            ReadOnlySpan<Block> blocks = outline.AsSpan(first, end - first);
            string text = owner.Text;
            Block heading = blocks[0];
            int paper = heading.Paper;
            string headingTitle = text.Substring(heading.ValueStart, heading.ValueLength);
            owner.Extract(ExtractionScope.PaperTitle, heading.ValueStart, heading.ValueLength, paper, null, FieldKind.Other);

            int i = 1;
            string? continuation = null;
            if (i < blocks.Length && blocks[i].Kind == BlockKind.PaperTitle && (headingTitle.Length == 0 || LineSyntax.EndsWithColon(headingTitle)))
            {
                continuation = text.Substring(blocks[i].Start, blocks[i].Length);
                owner.Extract(ExtractionScope.PaperTitle, blocks[i].Start, blocks[i].Length, paper, null, FieldKind.Other);
                i++;
            }

            ReadHeadingTitle(headingTitle, continuation);
            int bodyStart = -1, bodyEnd = 0;
            for (; i < blocks.Length; i++)
            {
                Block block = blocks[i];
                if (bodyStart >= 0 && block.Kind is not (BlockKind.Paragraph or BlockKind.SectionHeading))
                {
                    owner.Extract(ExtractionScope.Body, bodyStart, bodyEnd - bodyStart, paper, null, FieldKind.Other);
                    bodyStart = -1;
                }

                switch (block.Kind)
                {
                    case BlockKind.PaperTitle:
                        ReadTitleLine(text.AsSpan(block.Start, block.Length));
                        owner.Extract(ExtractionScope.PaperTitle, block.Start, block.Length, paper, null, FieldKind.Other);
                        break;
                    case BlockKind.Field:
                        ReadField(block);
                        break;
                    case BlockKind.SectionHeading:
                        CloseSection();
                        _sectionLabel = owner.Pooled(text.AsSpan(block.LabelStart, block.LabelLength).TrimEnd(":："));
                        _sectionStart = block.Start;
                        _sectionEnd = block.End;
                        (_sectionFirstBlock, _sectionEndBlock) = (first + i, first + i + 1);
                        (bodyStart, bodyEnd) = (bodyStart < 0 ? block.Start : bodyStart, block.End);
                        break;
                    case BlockKind.Paragraph:
                        if (_sectionStart < 0)
                        {
                            _sectionStart = block.Start;
                            _sectionFirstBlock = first + i;
                        }

                        _sectionEnd = block.End;
                        _sectionEndBlock = first + i + 1;
                        (bodyStart, bodyEnd) = (bodyStart < 0 ? block.Start : bodyStart, block.End);
                        break;
                }
            }

            if (bodyStart >= 0)
            {
                owner.Extract(ExtractionScope.Body, bodyStart, bodyEnd - bodyStart, paper, null, FieldKind.Other);
            }

            CloseSection();
            return Build(heading, blocks[^1].End);
        }

        private void ReadHeadingTitle(string heading, string? continuation)
        {
            // arXiv listings number entries as "[1]  arXiv:2407.14741 [pdf, other]": the title comes in a later field.
            if (heading.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase) || heading.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            if (continuation is not null)
            {
                string prefix = heading.TrimEnd(':', '：').Trim();
                if (IsShortName(prefix))
                {
                    _shortName = prefix;
                    AssignTitle(continuation);
                }
                else
                {
                    AssignTitle(heading + continuation);
                }

                return;
            }

            int colon = heading.AsSpan().IndexOfAny(':', '：');
            if (colon > 0 && IsShortName(heading.AsSpan(0, colon).Trim()))
            {
                _shortName = heading[..colon].Trim();
                string rest = heading[(colon + 1)..].Trim();
                if (LineSyntax.HasCjk(rest))
                {
                    _titleZh = rest;
                    return;
                }
            }

            AssignTitle(heading);
        }

        private void ReadTitleLine(ReadOnlySpan<char> line)
        {
            if (line.Length > 2 && line[0] == '《' && line[^1] == '》')
            {
                line = line[1..^1].Trim();
            }

            AssignTitle(line.ToString());
        }

        private void AssignTitle(string value)
        {
            if (value.Length == 0)
            {
                return;
            }

            if (LineSyntax.HasCjk(value))
            {
                _titleZh ??= value;
            }
            else
            {
                _title ??= value;
            }
        }

        private void ReadField(Block block)
        {
            string text = owner.Text;
            string label = owner.Pooled(text.AsSpan(block.LabelStart, block.LabelLength));
            ReadOnlySpan<char> value = text.AsSpan(block.ValueStart, block.ValueLength);
            SourceSpan span = owner.Span(block.Start, block.Length);
            if (value.IsEmpty)
            {
                _fields.Add(new Field(label, string.Empty, block.FieldKind, span));
                owner.AddDiagnostic(DiagnosticSeverity.Info, DiagnosticCodes.EmptyField, $"The field '{label}' has no value.", block.Start, block.Length);
                return;
            }

            // A title field, or a paper field that names the paper instead of linking it ("■ 论文 | Attention Is All You Need").
            if (block.FieldKind == FieldKind.Title
                || (block.FieldKind == FieldKind.Paper && !value.Contains("://", StringComparison.Ordinal) && !value.Contains('.') && value.Contains(' ')))
            {
                string title = value.ToString();
                _fields.Add(new Field(label, title, block.FieldKind, span));
                AssignTitle(title);
            }
            else
            {
                // Most values are links the extractors read from the source: the field copies its value only when asked.
                _fields.Add(new Field(label, text, block.ValueStart, block.ValueLength, block.FieldKind, span));
            }

            owner.Extract(ExtractionScope.Field, block.ValueStart, block.ValueLength, block.Paper, label, block.FieldKind);
        }

        private void CloseSection()
        {
            if (_sectionStart >= 0)
            {
                // The text is built from the blocks on first access (see Section).
                _sections.Add(new Section(_sectionLabel, owner.Text, outline, _sectionFirstBlock, _sectionEndBlock, owner.Span(_sectionStart, _sectionEnd - _sectionStart)));
            }

            _sectionStart = -1;
            _sectionLabel = null;
        }

        private Paper Build(Block heading, int end)
        {
            List<ArxivReference> arxiv = Cleared(_arxiv);
            List<Repository> repositories = Cleared(_repositories);
            List<ProjectPage> pages = Cleared(_pages);
            List<Link> links = Cleared(_links);
            List<Affiliation> affiliations = Cleared(_affiliations);
            List<Formula> formulas = Cleared(_formulas);
            List<CustomEntity> custom = Cleared(_custom);
            foreach (Entity entity in owner.TakeEntities())
            {
                switch (entity)
                {
                    case ArxivReference reference:
                        if (!ContainsPaper(arxiv, reference.Id))
                        {
                            arxiv.Add(reference);
                        }

                        break;
                    case Link link:
                        links.Add(link);
                        AddLinkTarget(link, repositories, pages);
                        break;
                    case Repository repository:
                        AddRepository(repository, repositories);
                        break;
                    case ProjectPage page:
                        AddPage(page, pages);
                        break;
                    case Affiliation affiliation:
                        if (!ContainsInstitution(affiliations, affiliation))
                        {
                            affiliations.Add(affiliation);
                        }

                        break;
                    case Formula formula:
                        formulas.Add(formula);
                        break;
                    case CustomEntity customEntity:
                        custom.Add(customEntity);
                        break;
                }
            }

            string text = owner.Text;
            return new Paper
            {
                Number = heading.Number,
                NumberText = owner.Pooled(text.AsSpan(heading.LabelStart, heading.LabelLength)),
                Group = _group,
                Title = _title,
                TitleZh = _titleZh,
                ShortName = _shortName,
                Arxiv = Freeze(arxiv),
                Repositories = Freeze(repositories),
                ProjectPages = Freeze(pages),
                Links = Freeze(links),
                Affiliations = Freeze(affiliations),
                Formulas = Freeze(formulas),
                Sections = TakeAll(_sections),
                Fields = TakeAll(_fields),
                Entities = Freeze(custom),
                HeadingSpan = owner.Span(heading.Start, heading.Length),
                Span = owner.Span(heading.Start, end - heading.Start),
            };
        }

        /// <summary>An exact-size copy of the builder's items, then clears it: its buffer serves the next paper.</summary>
        private static ImmutableArray<T> TakeAll<T>(ImmutableArray<T>.Builder builder)
        {
            ImmutableArray<T> items = builder.ToImmutable();
            builder.Clear();
            return items;
        }

        private static List<T> Cleared<T>(List<T> list)
        {
            list.Clear();
            return list;
        }

        private static void AddLinkTarget(Link link, List<Repository> repositories, List<ProjectPage> pages)
        {
            switch (LinkTargets.For(link))
            {
                case Repository repository:
                    AddRepository(repository, repositories);
                    break;
                case ProjectPage page:
                    AddPage(page, pages);
                    break;
            }
        }

        private static void AddRepository(Repository repository, List<Repository> repositories)
        {
            if (!ContainsRepository(repositories, repository))
            {
                repositories.Add(repository);
            }
        }

        private static void AddPage(ProjectPage page, List<ProjectPage> pages)
        {
            if (!ContainsPage(pages, page))
            {
                pages.Add(page);
            }
        }

        // Loops rather than List.Exists with a lambda: the lambdas captured their argument, a closure and a delegate
        // allocated for every entity.
        private static bool ContainsPaper(List<ArxivReference> references, ArxivId id)
        {
            ArxivId paper = id.WithoutVersion();
            foreach (ArxivReference reference in references)
            {
                if (reference.Id.WithoutVersion() == paper)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ContainsInstitution(List<Affiliation> affiliations, Affiliation affiliation)
        {
            foreach (Affiliation known in affiliations)
            {
                if (SameInstitution(known, affiliation))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ContainsRepository(List<Repository> repositories, Repository repository)
        {
            foreach (Repository known in repositories)
            {
                // ToRef parses the URL (for the kind of a Hugging Face repository): only when the names already agree.
                if (string.Equals(known.Name, repository.Name, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(known.Owner, repository.Owner, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(known.Host, repository.Host, StringComparison.OrdinalIgnoreCase)
                    && known.ToRef() == repository.ToRef())
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ContainsPage(List<ProjectPage> pages, ProjectPage page)
        {
            foreach (ProjectPage known in pages)
            {
                if (string.Equals(known.Url, page.Url, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool SameInstitution(Affiliation a, Affiliation b) =>
            a.Canonical is not null && b.Canonical is not null
                ? string.Equals(a.Canonical, b.Canonical, StringComparison.Ordinal)
                : string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);

        /// <summary>A heading prefix such as <c>Megalodon</c>, <c>MoA</c> or <c>LLaMA-Adapter V2</c>: a short Latin name.</summary>
        private static bool IsShortName(ReadOnlySpan<char> prefix)
        {
            if (prefix.IsEmpty || prefix.Length > 40 || !char.IsAsciiLetterOrDigit(prefix[0]) || LineSyntax.HasCjk(prefix))
            {
                return false;
            }

            return prefix.Count(' ') <= 3;
        }
    }
}
