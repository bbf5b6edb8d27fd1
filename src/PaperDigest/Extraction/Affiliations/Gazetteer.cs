using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace PaperDigest.Extraction.Affiliations;

/// <summary>
/// The institutions the affiliation detector knows, with every alias they are written under. Looks up a name exactly
/// (<see cref="TryLookup"/>) and finds aliases inside running text (<see cref="FindAll"/>).
/// </summary>
/// <remarks>
/// <para>
/// Names are compared in a normalized form: Latin letters in lower case, full-width ASCII folded to ASCII, dash,
/// apostrophe and middle-dot variants unified, and white space dropped unless it separates two Latin words (so
/// <c>德州大学 奥斯汀分校</c> equals <c>德州大学奥斯汀分校</c> and <c>Texas A &amp; M</c> equals <c>Texas A&amp;M</c>).
/// </para>
/// <para>
/// The aliases sit in a trie stored as flat arrays. <see cref="FindAll"/> does not normalize the text up front: a
/// prefilter (bitmaps of the characters aliases start with and of hashed first-two-character pairs) picks the few
/// positions where an alias may start, and only from there the text is normalized on the fly while the trie is walked.
/// It runs in O(text length × longest alias) on any input. Immutable and thread-safe.
/// </para>
/// </remarks>
internal sealed class Gazetteer
{
    /// <summary>The manifest resource name of the built-in gazetteer.</summary>
    internal const string ResourceName = "PaperDigest.Extraction.Affiliations.gazetteer.tsv";

    private const int MaxLookupLength = 1024;
    private const int StackBufferLength = 256;
    private const int BitmapLength = (char.MaxValue + 1) / 64;

    // The bits of _charFlags. FlagStart must be bit 0, and FlagWordLower and FlagWordFold bits 2 and 3 (see CandidateMask).
    private const byte FlagStart = 1;
    private const byte FlagSingle = 2;
    private const byte FlagWordLower = 4;
    private const byte FlagWordFold = 8;

    // At most this many ASCII characters other than A-Z may start an alias for the vectorized prefilter (see CandidateMask).
    private const int MaxVectorStartChars = 8;

    private static readonly string[] PlaceBigrams = ["北京", "南京", "东京", "中华"];

    private static readonly Lazy<Gazetteer> DefaultInstance = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly GazetteerEntry[] _entries;

    // The trie, one 64-bit record per node: the character of the edge into the node (bits 0-15), its number of
    // children (bits 16-32) and its first child (bits 33-63). The nodes are numbered so that a node's children are
    // consecutive and sorted by character, and a node with one child is followed by it: a walk down a name reads
    // neighbouring records (and _nodeTerminal entries), and the whole trie is a quarter of a hash table's size, so far
    // less of it is evicted between two blocks of a parse.
    private readonly ulong[] _trie;

    // The reference's trie edges (null in every other gazetteer, see WithPlainPrefilter): an open-addressing hash table
    // keyed by (parent node, character): slot s holds the edge from _edgeKeys[s] >> 16 on character (char)_edgeKeys[s]
    // to node _edgeNodes[s], or is empty when _edgeNodes[s] is 0 (the root, node 0, is nobody's child). At most half the
    // slots are used.
    private readonly long[]? _edgeKeys;
    private readonly int[]? _edgeNodes;
    private readonly int _edgeShift;

    // Per node: index into _terminalEntry/_terminalForms, or -1 when no alias ends there.
    private readonly int[] _nodeTerminal;
    private readonly int[] _terminalEntry;

    // Per terminal: the aliases ending there, normalized but with their original letter case (for FindAll's case rules).
    private readonly string[][] _terminalForms;

    // The root's children as an open-addressing hash table (a slot holding node 0 is empty: the root is nobody's child).
    private readonly char[] _rootChars;
    private readonly int[] _rootNodes;
    private readonly int _rootShift;

    // FindAll's prefilter. _charFlags holds, per UTF-16 code unit, whether its folded, lower-cased form is the first
    // character of an alias (FlagStart) or an alias on its own (FlagSingle), and its word-character classes (FlagWordLower,
    // FlagWordFold); _pairBits is a bitmap with a bit set for the hash of the first two characters of every alias.
    private readonly byte[] _charFlags = new byte[char.MaxValue + 1];
    private readonly ulong[] _pairBits = new ulong[BitmapLength];

    // The third-character screen (null in the plain prefilter): bitmaps with a bit set for the hash of the first three
    // characters of every alias of three or more, and for the hash of every alias of exactly two.
    private readonly ulong[]? _tripleBits;
    private readonly ulong[]? _pairKeyBits;

    // The ASCII characters other than A-Z that may start an alias (FlagStart), or null when there are more than
    // MaxVectorStartChars of them: then CandidateMask has no vectorized path.
    private ushort[]? _asciiOtherStarts;

    // Find's buffers for texts whose walks fit StackBufferLength characters: normalized characters, and their offsets,
    // terminal ends and terminal ids (three runs of StackBufferLength + 1).
    [ThreadStatic]
    private static char[]? t_walkChars;

    [ThreadStatic]
    private static int[]? t_walkInts;

    // The longest form of any alias; normally MaxKeyLength, see ExtendNormalized.
    private readonly int _maxFormLength;

    private Gazetteer(
        IEnumerable<GazetteerEntry> baseEntries, IEnumerable<GazetteerEntry> overrides, List<string> problems, bool caseAwarePrefilter = true)
    {
        var names = new List<string>();
        var countries = new List<string?>();
        var aliases = new List<List<string>>();
        var byCanonical = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        var forms = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        foreach (GazetteerEntry entry in baseEntries)
        {
            if (!byCanonical.TryAdd(entry.CanonicalName, names.Count))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"Institution \"{entry.CanonicalName}\" is listed twice."));
                continue;
            }

            int index = names.Count;
            names.Add(entry.CanonicalName);
            countries.Add(entry.Country);
            var kept = new List<string>(entry.Aliases.Count);
            aliases.Add(kept);
            AddName(entry.CanonicalName, isAlias: false);
            foreach (string alias in entry.Aliases)
            {
                AddName(alias, isAlias: true);
            }

            void AddName(string name, bool isAlias)
            {
                string key = NormalizeKey(name);
                if (key.Length == 0)
                {
                    return;
                }

                if (owner.TryGetValue(key, out int other) && other != index)
                {
                    problems.Add(string.Create(
                        CultureInfo.InvariantCulture,
                        $"Alias \"{name}\" of \"{names[index]}\" already belongs to \"{names[other]}\"."));
                    return;
                }

                AddForm(key, name, index);
                if (isAlias)
                {
                    kept.Add(name);
                }
            }
        }

        foreach (GazetteerEntry? entry in overrides)
        {
            if (entry is null)
            {
                continue;
            }

            if (byCanonical.TryGetValue(entry.CanonicalName, out int index))
            {
                names[index] = entry.CanonicalName;
                countries[index] = entry.Country ?? countries[index];
            }
            else
            {
                index = names.Count;
                byCanonical.Add(entry.CanonicalName, index);
                names.Add(entry.CanonicalName);
                countries.Add(entry.Country);
                aliases.Add([]);
            }

            Claim(entry.CanonicalName, isAlias: false);
            foreach (string alias in entry.Aliases)
            {
                Claim(alias, isAlias: true);
            }

            void Claim(string name, bool isAlias)
            {
                string key = NormalizeKey(name);
                if (key.Length == 0)
                {
                    return;
                }

                if (owner.TryGetValue(key, out int other) && other != index)
                {
                    // The user's entry wins: the alias leaves the institution that had it.
                    aliases[other].RemoveAll(a => string.Equals(NormalizeKey(a), key, StringComparison.Ordinal));
                    owner.Remove(key);
                    forms.Remove(key);
                }

                AddForm(key, name, index);
                if (isAlias && !aliases[index].Contains(name, StringComparer.Ordinal))
                {
                    aliases[index].Add(name);
                }
            }
        }

        _entries = new GazetteerEntry[names.Count];
        for (int i = 0; i < _entries.Length; i++)
        {
            _entries[i] = new GazetteerEntry(names[i], countries[i], aliases[i]);
        }

        Entries = Array.AsReadOnly(_entries);
        Problems = problems.AsReadOnly();

        // Build the trie with dictionaries, then flatten it.
        var children = new List<Dictionary<char, int>?> { null };
        var nodeTerminal = new List<int> { -1 };
        var terminalEntry = new List<int>(owner.Count);
        var terminalForms = new List<string[]>(owner.Count);
        int maxKeyLength = 0;
        foreach ((string key, int entryIndex) in owner)
        {
            maxKeyLength = Math.Max(maxKeyLength, key.Length);
            int node = 0;
            foreach (char c in key)
            {
                Dictionary<char, int> map = children[node] ??= [];
                if (!map.TryGetValue(c, out int next))
                {
                    next = children.Count;
                    children.Add(null);
                    nodeTerminal.Add(-1);
                    map.Add(c, next);
                }

                node = next;
            }

            nodeTerminal[node] = terminalEntry.Count;
            terminalEntry.Add(entryIndex);
            terminalForms.Add([.. forms[key]]);
        }

        MaxKeyLength = maxKeyLength;
        (children, nodeTerminal) = Renumber(children, nodeTerminal);
        _nodeTerminal = [.. nodeTerminal];
        _terminalEntry = [.. terminalEntry];
        _terminalForms = [.. terminalForms];
        _trie = BuildTrie(children);
        if (!caseAwarePrefilter)
        {
            (_edgeKeys, _edgeNodes, _edgeShift) = BuildEdgeTable(children);
        }

        int maxFormLength = 0;
        foreach (string[] terminalForm in _terminalForms)
        {
            foreach (string form in terminalForm)
            {
                maxFormLength = Math.Max(maxFormLength, form.Length);
            }
        }

        _maxFormLength = maxFormLength;
        (_rootChars, _rootNodes, _rootShift) = BuildRootTable(children[0]);
        BuildPrefilter(children[0], owner.Keys, caseAwarePrefilter ? forms : null);
        if (caseAwarePrefilter)
        {
            _tripleBits = new ulong[BitmapLength];
            _pairKeyBits = new ulong[BitmapLength];
            foreach (string key in owner.Keys)
            {
                if (key.Length == 2)
                {
                    SetBit(_pairKeyBits, PairHash(key[0], key[1]));
                }
                else if (key.Length > 2)
                {
                    SetBit(_tripleBits, TripleHash(key[0], key[1], key[2]));
                }
            }
        }

        void AddForm(string key, string name, int index)
        {
            owner[key] = index;
            string form = Normalize(name, lowerCase: false);
            if (!forms.TryGetValue(key, out List<string>? list))
            {
                forms.Add(key, [form]);
            }
            else if (!list.Contains(form, StringComparer.Ordinal))
            {
                list.Add(form);
            }
        }
    }

    /// <summary>The built-in gazetteer, loaded from the embedded <c>gazetteer.tsv</c> on first use.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    /// <summary>The institutions, in file order (user entries after the built-in ones).</summary>
    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>Length of the longest normalized alias.</summary>
    public int MaxKeyLength { get; }

    /// <summary>Lines or aliases that were skipped while building (malformed lines, aliases of two institutions).</summary>
    internal IReadOnlyList<string> Problems { get; }

    /// <summary>
    /// Returns a new gazetteer with <paramref name="extra"/> added. User entries win: an alias they list leaves the
    /// institution that had it, and an entry with the canonical name of an existing one (ignoring case) is merged into
    /// it (its aliases added, its country used when given).
    /// </summary>
    /// <param name="extra">The entries to add; <see langword="null"/> elements are skipped.</param>
    /// <returns>The new gazetteer; this one is unchanged.</returns>
    public Gazetteer WithEntries(IEnumerable<GazetteerEntry> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        return new Gazetteer(_entries, extra, [.. Problems]);
    }

    /// <summary>
    /// Returns the same gazetteer with the plain prefilter (every character an alias starts with, in any case, starts a
    /// candidate): with <see cref="FindAllScalar"/>, the reference tests compare <see cref="FindAll"/> with.
    /// </summary>
    internal Gazetteer WithPlainPrefilter() => new(_entries, [], [.. Problems], caseAwarePrefilter: false);

    /// <summary>Creates a gazetteer from <paramref name="entries"/>; a later alias already owned by another entry is skipped (see <see cref="Problems"/>).</summary>
    internal static Gazetteer Create(IEnumerable<GazetteerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new Gazetteer(entries, [], []);
    }

    /// <summary>Creates a gazetteer from TSV text in the format of the embedded file.</summary>
    internal static Gazetteer FromTsv(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var problems = new List<string>();
        List<GazetteerEntry> entries = ParseTsv(reader, problems);
        return new Gazetteer(entries, [], problems);
    }

    /// <summary>
    /// Parses TSV lines <c>canonical name&lt;TAB&gt;country&lt;TAB&gt;alias|alias|…</c>; blank lines and lines starting
    /// with <c>#</c> are skipped, malformed lines are reported in <paramref name="problems"/> and skipped.
    /// </summary>
    internal static List<GazetteerEntry> ParseTsv(TextReader reader, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(problems);
        var entries = new List<GazetteerEntry>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            string[] fields = line.Split('\t');
            string name = fields[0].Trim();
            string country = fields.Length > 1 ? fields[1].Trim() : string.Empty;
            if (fields.Length > 3 || name.Length == 0
                || (country.Length != 0 && (country.Length != 2 || !char.IsAsciiLetterUpper(country[0]) || !char.IsAsciiLetterUpper(country[1]))))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"Line {lineNumber} is malformed: {line}"));
                continue;
            }

            string[] aliases = fields.Length > 2
                ? fields[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : [];
            entries.Add(new GazetteerEntry(name, country.Length == 0 ? null : country, aliases));
        }

        return entries;
    }

    /// <summary>The normalized form of <paramref name="name"/> that aliases are compared in.</summary>
    internal static string NormalizeKey(ReadOnlySpan<char> name) => Normalize(name, lowerCase: true);

    /// <summary>
    /// Writes the normalized form of <paramref name="name"/> (see <see cref="NormalizeKey(ReadOnlySpan{char})"/>) to
    /// <paramref name="destination"/>, which must be at least as long as the name, and returns its length.
    /// </summary>
    internal static int NormalizeKey(ReadOnlySpan<char> name, Span<char> destination)
    {
        if (destination.Length < name.Length)
        {
            throw new ArgumentException("The destination is shorter than the name.", nameof(destination));
        }

        return Normalize(name, destination, [], lowerCase: true);
    }

    /// <summary>
    /// Looks <paramref name="name"/> up as a whole: it must equal an alias (or canonical name) after normalization;
    /// a leading <c>the</c> is ignored when the name is not found with it.
    /// </summary>
    /// <param name="name">The name, e.g. <c>麻省理工学院</c>, <c>mit</c> or <c>ＭＩＴ</c>.</param>
    /// <param name="entry">The institution, when found.</param>
    /// <returns>Whether the name is known.</returns>
    public bool TryLookup(ReadOnlySpan<char> name, [MaybeNullWhen(false)] out GazetteerEntry entry)
    {
        entry = null;
        name = name.Trim();
        if (name.IsEmpty || name.Length > MaxLookupLength)
        {
            return false;
        }

        char[]? rented = null;
        Span<char> buffer = name.Length <= StackBufferLength
            ? stackalloc char[StackBufferLength]
            : (rented = ArrayPool<char>.Shared.Rent(name.Length));
        try
        {
            int length = Normalize(name, buffer, [], lowerCase: true);
            ReadOnlySpan<char> key = buffer[..length];
            int terminal = Walk(key);
            if (terminal < 0 && key.StartsWith("the ", StringComparison.Ordinal))
            {
                terminal = Walk(key[4..]);
            }

            if (terminal < 0)
            {
                return false;
            }

            entry = _entries[_terminalEntry[terminal]];
            return true;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Whether some name <see cref="TryLookup"/> finds may begin with <paramref name="name"/> (which must not end with
    /// white space): false when the normalized form, and that form without a leading <c>the </c>, begin no alias. Short
    /// names (under four normalized characters) always may.
    /// </summary>
    /// <remarks>
    /// Normalization reads left to right and decides a white-space run by the characters around it, so the normalized form
    /// of a name that ends with a non-blank character begins the normalized form of every longer name starting with it.
    /// </remarks>
    internal bool MayBeginName(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        if (name.IsEmpty || name.Length > MaxLookupLength)
        {
            return true;
        }

        char[]? rented = null;
        Span<char> buffer = name.Length <= StackBufferLength
            ? stackalloc char[StackBufferLength]
            : (rented = ArrayPool<char>.Shared.Rent(name.Length));
        try
        {
            ReadOnlySpan<char> key = buffer[..Normalize(name, buffer, [], lowerCase: true)];
            return key.Length < 4 || BeginsAlias(key) || (key.StartsWith("the ", StringComparison.Ordinal) && BeginsAlias(key[4..]));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Appends every occurrence of an alias in <paramref name="text"/> to <paramref name="results"/>, left to right,
    /// without overlaps; at each position the longest acceptable alias wins.
    /// </summary>
    /// <remarks>
    /// <para>An alias starting or ending with a Latin letter or digit needs a word boundary there: <c>MIT</c> is not found in
    /// <c>submit</c>, <c>MITx</c> or <c>x@MIT</c>, and a hyphen glued to a word (<c>Meta-learning</c>, <c>Mistral-7B</c>) is no
    /// boundary. A Latin alias followed by a token with a digit (<c>Mistral 7B</c>, <c>Tesla V100</c>) names a product and is
    /// skipped.</para>
    /// <para>Letter case: text in capitals always matches; an all-capital alias (<c>MIT</c>) needs capitals; an alias with
    /// inner capitals (<c>DeepMind</c>, <c>eBay</c>) needs the exact case; any other needs the case of its first letter
    /// (so <c>Apple</c> is found, <c>apple</c> is not).</para>
    /// <para>A Chinese short form is not found where it cuts a longer name's suffix (<c>北大</c> in <c>河北大学</c>) or
    /// continues a place name (<c>京东</c> in <c>北京东城区</c>).</para>
    /// </remarks>
    /// <param name="text">The text to search.</param>
    /// <param name="results">Receives the matches.</param>
    public void FindAll(ReadOnlySpan<char> text, List<GazetteerMatch> results) => Find(text, results, vectorized: true);

    /// <summary>
    /// <see cref="FindAll"/> without the prefilter's vectorized path, as on hardware without vectors: the results are the
    /// same (tests compare them).
    /// </summary>
    internal void FindAllScalar(ReadOnlySpan<char> text, List<GazetteerMatch> results) => Find(text, results, vectorized: false);

    private void Find(ReadOnlySpan<char> text, List<GazetteerMatch> results, bool vectorized)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (text.IsEmpty || MaxKeyLength == 0)
        {
            return;
        }

        // The text is normalized on the fly, only from the candidate starts the prefilter finds and only as far as the
        // trie walk goes; norm/map hold the walk's normalized characters and their source offsets.
        // A walk yields at most one normalized character per source character.
        // Short buffers are the thread's own (most texts are short and most have no candidate: zeroing a stack buffer on
        // every call cost more than the search); Find calls nothing that could use them meanwhile.
        int capacity = Math.Min(Math.Max(MaxKeyLength, _maxFormLength), text.Length) + 1;
        char[]? rentedNorm = null;
        int[]? rentedInts = null;
        Span<char> norm = capacity <= StackBufferLength
            ? (t_walkChars ??= new char[StackBufferLength + 1])
            : (rentedNorm = ArrayPool<char>.Shared.Rent(capacity));
        Span<int> ints = capacity <= StackBufferLength
            ? (t_walkInts ??= new int[(StackBufferLength + 1) * 3])
            : (rentedInts = ArrayPool<int>.Shared.Rent(capacity * 3));
        Span<int> map = ints[..capacity];
        Span<int> terminalEnds = ints.Slice(capacity, capacity);
        Span<int> terminalIds = ints.Slice(capacity * 2, capacity);
        var walk = new WalkState(-1, -1);
        var candidates = new CandidateCursor();
        try
        {
            int i = 0;
            while (true)
            {
                // The prefilter: the next position where an alias may start (see CandidateMask).
                i = candidates.Next(this, text, i, vectorized);
                if (i >= text.Length)
                {
                    break;
                }

                char first = AffiliationText.FoldLower(text[i]);

                int node = RootChild(first);

                norm[0] = first;
                map[0] = i;
                int available = 1;
                int count = 0;
                if (_nodeTerminal[node] >= 0)
                {
                    terminalEnds[count] = 0;
                    terminalIds[count] = _nodeTerminal[node];
                    count++;
                }

                walk.Next = i + 1;
                while (NextNormalized(text, norm[available - 1], ref walk, out char c, out int position))
                {
                    norm[available] = c;
                    map[available] = position;
                    available++;
                    node = Child(node, c);
                    if (node < 0)
                    {
                        break;
                    }

                    int terminal = _nodeTerminal[node];
                    if (terminal >= 0)
                    {
                        terminalEnds[count] = available - 1;
                        terminalIds[count] = terminal;
                        count++;
                    }
                }

                int next = -1;
                for (int k = count - 1; k >= 0; k--)
                {
                    int last = terminalEnds[k];
                    string[] forms = _terminalForms[terminalIds[k]];
                    available = ExtendNormalized(text, forms, norm, map, available, ref walk);
                    if (Accept(text, norm[..available], map[..available], 0, last, forms))
                    {
                        int end = map[last] + 1;
                        results.Add(new GazetteerMatch(i, end - i, _entries[_terminalEntry[terminalIds[k]]]));
                        next = end;
                        break;
                    }
                }

                i = next >= 0 ? next : i + 1;
            }
        }
        finally
        {
            if (rentedNorm is not null)
            {
                ArrayPool<char>.Shared.Return(rentedNorm);
            }

            if (rentedInts is not null)
            {
                ArrayPool<int>.Shared.Return(rentedInts);
            }
        }
    }

    /// <summary>
    /// Produces the next normalized character of a trie walk, as <see cref="Normalize(ReadOnlySpan{char}, Span{char}, Span{int}, bool)"/>
    /// would for the whole text: a white-space run becomes one space between two Latin words and vanishes elsewhere.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="previous">The normalized character produced before (the walk never starts on white space).</param>
    /// <param name="walk">Where the walk stands in the text, and the last white-space run measured.</param>
    /// <param name="c">The normalized character.</param>
    /// <param name="position">Its offset in <paramref name="text"/> (a kept space maps to the start of its run).</param>
    /// <returns>Whether a character was produced (false at the end of the text).</returns>
    private static bool NextNormalized(ReadOnlySpan<char> text, char previous, ref WalkState walk, out char c, out int position)
    {
        int j = walk.Next;
        while (j < text.Length)
        {
            char n = AffiliationText.FoldLower(text[j]);
            if (n != ' ')
            {
                walk.Next = j + 1;
                c = n;
                position = j;
                return true;
            }

            int runStart = j;
            if (runStart == walk.RunStart)
            {
                // Walks from nearby starts cross the same run: measure it once.
                j = walk.RunEnd;
            }
            else
            {
                do
                {
                    j++;
                }
                while (j < text.Length && AffiliationText.FoldLower(text[j]) == ' ');

                walk.RunStart = runStart;
                walk.RunEnd = j;
            }

            if (j < text.Length && AffiliationText.IsWordChar(previous) && AffiliationText.IsWordChar(AffiliationText.Fold(text[j])))
            {
                walk.Next = j;
                c = ' ';
                position = runStart;
                return true;
            }
        }

        walk.Next = j;
        c = '\0';
        position = -1;
        return false;
    }

    /// <summary>
    /// Makes sure the walk's normalized characters cover the longest of <paramref name="forms"/>: a form is as long as its key
    /// unless lower-casing changed whether a character is a word character (then a space may be kept in one and dropped in
    /// the other). Returns how many characters are available.
    /// </summary>
    private static int ExtendNormalized(
        ReadOnlySpan<char> text, string[] forms, Span<char> norm, Span<int> map, int available, ref WalkState walk)
    {
        int needed = 0;
        foreach (string form in forms)
        {
            needed = Math.Max(needed, form.Length);
        }

        while (available < needed && NextNormalized(text, norm[available - 1], ref walk, out char c, out int position))
        {
            norm[available] = c;
            map[available] = position;
            available++;
        }

        return available;
    }

    private int RootChild(char c)
    {
        int mask = _rootNodes.Length - 1;
        int slot = (int)((c * 0x9E3779B1u) >> _rootShift);
        while (true)
        {
            int node = _rootNodes[slot];
            if (node == 0 || _rootChars[slot] == c)
            {
                return node == 0 ? -1 : node;
            }

            slot = (slot + 1) & mask;
        }
    }

    private static (char[] Chars, int[] Nodes, int Shift) BuildRootTable(Dictionary<char, int>? rootChildren)
    {
        int count = rootChildren?.Count ?? 0;
        int bits = 4;
        while ((1 << bits) < count * 2)
        {
            bits++;
        }

        char[] chars = new char[1 << bits];
        int[] nodes = new int[1 << bits];
        int shift = 32 - bits;
        int mask = nodes.Length - 1;
        if (rootChildren is not null)
        {
            foreach ((char c, int node) in rootChildren)
            {
                int slot = (int)((c * 0x9E3779B1u) >> shift);
                while (nodes[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                chars[slot] = c;
                nodes[slot] = node;
            }
        }

        return (chars, nodes, shift);
    }

    private void BuildPrefilter(Dictionary<char, int>? rootChildren, IEnumerable<string> keys, Dictionary<string, List<string>>? forms)
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (AffiliationText.IsWordChar(AffiliationText.FoldLower((char)c)))
            {
                _charFlags[c] |= FlagWordLower;
            }

            if (AffiliationText.IsWordChar(AffiliationText.Fold((char)c)))
            {
                _charFlags[c] |= FlagWordFold;
            }
        }

        if (rootChildren is null)
        {
            return;
        }

        foreach (string key in keys)
        {
            if (key.Length >= 2)
            {
                SetBit(_pairBits, PairHash(key[0], key[1]));
            }
        }

        // A text character that is not upper case starts no match of a form whose first character is an upper-case letter
        // (CaseMatches), so such a character starts a candidate only when some form under its root starts otherwise
        // (iFlytek, eBay, 4Paradigm, 清华大学): lower-case words are skipped before any trie walk. Without forms, every
        // character of a root starts candidates (the reference for tests).
        var startsNotUpper = new HashSet<char>();
        foreach ((string key, List<string> keyForms) in forms ?? [])
        {
            foreach (string form in keyForms)
            {
                if (form.Length == 0 || form[0] >= '\u2E80' || !char.IsUpper(form[0]))
                {
                    startsNotUpper.Add(key[0]);
                }
            }
        }

        for (int c = 0; c <= char.MaxValue; c++)
        {
            char folded = AffiliationText.FoldLower((char)c);
            if (folded != ' ' && rootChildren.TryGetValue(folded, out int node)
                && (forms is null || char.IsUpper(AffiliationText.Fold((char)c)) || startsNotUpper.Contains(folded)))
            {
                _charFlags[c] |= FlagStart;
                if (_nodeTerminal[node] >= 0)
                {
                    _charFlags[c] |= FlagSingle;
                }
            }
        }

        var otherStarts = new List<ushort>();
        for (char c = '\0'; c < '\u0080'; c++)
        {
            if ((_charFlags[c] & FlagStart) != 0 && !char.IsAsciiLetterUpper(c))
            {
                otherStarts.Add(c);
            }
        }

        _asciiOtherStarts = otherStarts.Count <= MaxVectorStartChars ? [.. otherStarts] : null;
    }

    private static int PairHash(char first, char second) => (int)(((uint)(first | (second << 16)) * 0x9E3779B1u) >> 16);

    /// <summary>
    /// <see cref="AffiliationText.FoldLower"/> with its table at hand, inlined into the prefilter's loop: CJK ideographs are
    /// spared the 128 KiB table, which the rest of a parse evicts between two blocks.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char FoldLower(ReadOnlySpan<char> values, char c) => c is >= '\u3400' and <= '\u9FFF' ? c : values[c];

    private static int TripleHash(char first, char second, char third) =>
        (int)((((ulong)first | ((ulong)second << 16) | ((ulong)third << 32)) * 0x9E3779B97F4A7C15UL) >> 48);

    private static bool HasBit(ulong[] bits, int index) => (bits[index >> 6] & (1UL << index)) != 0;

    private static void SetBit(ulong[] bits, int index) => bits[index >> 6] |= 1UL << index;

    private static Gazetteer LoadDefault()
    {
        var problems = new List<string>();
        using Stream? stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            problems.Add("The embedded resource " + ResourceName + " is missing.");
            return new Gazetteer([], [], problems);
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        List<GazetteerEntry> entries = ParseTsv(reader, problems);
        return new Gazetteer(entries, [], problems);
    }

    private static string Normalize(ReadOnlySpan<char> name, bool lowerCase)
    {
        char[]? rented = null;
        Span<char> buffer = name.Length <= StackBufferLength
            ? stackalloc char[StackBufferLength]
            : (rented = ArrayPool<char>.Shared.Rent(name.Length));
        try
        {
            int length = Normalize(name, buffer, [], lowerCase);
            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Writes the normalized form of <paramref name="source"/> to <paramref name="destination"/> (at least as long as the
    /// source) and, unless <paramref name="map"/> is empty, the source offset of each written character to it.
    /// </summary>
    private static int Normalize(ReadOnlySpan<char> source, Span<char> destination, Span<int> map, bool lowerCase)
    {
        int length = 0;
        int i = 0;
        while (i < source.Length)
        {
            char c = lowerCase ? AffiliationText.FoldLower(source[i]) : AffiliationText.Fold(source[i]);
            if (c == ' ')
            {
                int runStart = i;
                do
                {
                    i++;
                }
                while (i < source.Length && AffiliationText.Fold(source[i]) == ' ');

                // Keep one space only between two Latin words ("Carnegie Mellon"); drop it next to CJK or punctuation.
                if (length > 0 && i < source.Length
                    && AffiliationText.IsWordChar(destination[length - 1])
                    && AffiliationText.IsWordChar(AffiliationText.Fold(source[i])))
                {
                    destination[length] = ' ';
                    if (!map.IsEmpty)
                    {
                        map[length] = runStart;
                    }

                    length++;
                }

                continue;
            }

            destination[length] = c;
            if (!map.IsEmpty)
            {
                map[length] = i;
            }

            length++;
            i++;
        }

        return length;
    }

    private bool BeginsAlias(ReadOnlySpan<char> key)
    {
        int node = 0;
        foreach (char c in key)
        {
            node = Child(node, c);
            if (node < 0)
            {
                return false;
            }
        }

        return true;
    }

    private int Walk(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty)
        {
            return -1;
        }

        int node = 0;
        foreach (char c in key)
        {
            node = Child(node, c);
            if (node < 0)
            {
                return -1;
            }
        }

        return _nodeTerminal[node];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per character of a trie walk
    private int Child(int node, char c)
    {
        if (_edgeKeys is not null)
        {
            return HashChild(node, c);
        }

        ulong[] trie = _trie;
        ulong record = trie[node];
        int first = (int)(record >> 33);
        int count = (int)((record >> 16) & 0x1FFFF);
        if (count == 1)
        {
            // Most nodes below the first two characters have one child.
            return (char)trie[first] == c ? first : -1;
        }

        return SearchChildren(trie, first, first + count, c);
    }

    private static int SearchChildren(ulong[] trie, int first, int end, char c)
    {
        // The children's characters are sorted: a binary search, then a short scan.
        int low = first;
        int high = end;
        while (high - low > 4)
        {
            int middle = (low + high) >>> 1;
            char label = (char)trie[middle];
            if (label == c)
            {
                return middle;
            }

            if (label < c)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (; low < high; low++)
        {
            if ((char)trie[low] == c)
            {
                return low;
            }
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // the reference's path only
    private int HashChild(int node, char c)
    {
        long key = EdgeKey(node, c);
        long[] keys = _edgeKeys!;
        int[] nodes = _edgeNodes!;
        int mask = nodes.Length - 1;
        int slot = EdgeSlot(key, _edgeShift);
        while (true)
        {
            int child = nodes[slot];
            if (child == 0 || keys[slot] == key)
            {
                return child == 0 ? -1 : child;
            }

            slot = (slot + 1) & mask;
        }
    }

    private static long EdgeKey(int node, char c) => ((long)node << 16) | c;

    private static int EdgeSlot(long key, int shift) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> shift);

    /// <summary>
    /// Renumbers the trie's nodes depth first, giving each node's children consecutive numbers in character order when the
    /// node is reached: a node with one child is followed by it (see <c>_trie</c>). The root stays node 0.
    /// </summary>
    private static (List<Dictionary<char, int>?> Children, List<int> Terminal) Renumber(List<Dictionary<char, int>?> children, List<int> terminal)
    {
        int[] newId = new int[children.Count];
        var order = new Stack<int>();
        order.Push(0);
        int next = 1;
        while (order.Count > 0)
        {
            int node = order.Pop();
            if (children[node] is not { } map)
            {
                continue;
            }

            int[] sorted = [.. map.OrderBy(static pair => pair.Key).Select(static pair => pair.Value)];
            foreach (int child in sorted)
            {
                newId[child] = next++;
            }

            for (int k = sorted.Length - 1; k >= 0; k--)
            {
                order.Push(sorted[k]);
            }
        }

        var renumbered = new List<Dictionary<char, int>?>(children.Count);
        var renumberedTerminal = new List<int>(children.Count);
        for (int k = 0; k < children.Count; k++)
        {
            renumbered.Add(null);
            renumberedTerminal.Add(-1);
        }

        for (int node = 0; node < children.Count; node++)
        {
            renumberedTerminal[newId[node]] = terminal[node];
            if (children[node] is { } map)
            {
                var copy = new Dictionary<char, int>(map.Count);
                foreach ((char c, int child) in map)
                {
                    copy.Add(c, newId[child]);
                }

                renumbered[newId[node]] = copy;
            }
        }

        return (renumbered, renumberedTerminal);
    }

    /// <summary>The <c>_trie</c> records of renumbered nodes (see <see cref="Renumber"/>).</summary>
    private static ulong[] BuildTrie(List<Dictionary<char, int>?> children)
    {
        ulong[] trie = new ulong[children.Count];
        for (int node = 0; node < children.Count; node++)
        {
            if (children[node] is not { Count: > 0 } map)
            {
                continue;
            }

            int first = int.MaxValue;
            foreach ((char c, int child) in map)
            {
                first = Math.Min(first, child);
                trie[child] |= c;
            }

            trie[node] |= ((ulong)map.Count << 16) | ((ulong)first << 33);
        }

        return trie;
    }

    private static (long[] Keys, int[] Nodes, int Shift) BuildEdgeTable(List<Dictionary<char, int>?> children)
    {
        int count = 0;
        foreach (Dictionary<char, int>? map in children)
        {
            count += map?.Count ?? 0;
        }

        int bits = 4;
        while ((1 << bits) < count * 2)
        {
            bits++;
        }

        long[] keys = new long[1 << bits];
        int[] nodes = new int[1 << bits];
        int shift = 64 - bits;
        int mask = nodes.Length - 1;
        for (int parent = 0; parent < children.Count; parent++)
        {
            if (children[parent] is not { } map)
            {
                continue;
            }

            foreach ((char c, int node) in map)
            {
                long key = EdgeKey(parent, c);
                int slot = EdgeSlot(key, shift);
                while (nodes[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                keys[slot] = key;
                nodes[slot] = node;
            }
        }

        return (keys, nodes, shift);
    }

    private static bool Accept(ReadOnlySpan<char> text, ReadOnlySpan<char> norm, ReadOnlySpan<int> map, int first, int last, string[] forms)
    {
        int start = map[first];
        int end = map[last] + 1;
        if (AffiliationText.IsWordChar(norm[first]) && start > 0)
        {
            char before = AffiliationText.Fold(text[start - 1]);
            if (AffiliationText.IsWordChar(before) || before == '@'
                || (before == '-' && start > 1 && AffiliationText.IsWordChar(AffiliationText.Fold(text[start - 2]))))
            {
                return false;
            }
        }

        if (AffiliationText.IsWordChar(norm[last]))
        {
            if (end < text.Length && !LatinEndIsBoundary(text, end))
            {
                return false;
            }
        }
        else if (CutsCjkSuffix(text, end) || (end - start <= 2 && ContinuesPlaceName(text, start)))
        {
            return false;
        }

        foreach (string form in forms)
        {
            if (CaseMatches(form, text, map, first))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LatinEndIsBoundary(ReadOnlySpan<char> text, int end)
    {
        char after = AffiliationText.Fold(text[end]);
        if (AffiliationText.IsWordChar(after) || after == '@')
        {
            return false;
        }

        if ((after == '-' || after == '.') && end + 1 < text.Length && AffiliationText.IsWordChar(AffiliationText.Fold(text[end + 1])))
        {
            return false;
        }

        if (text[end] == ' ' && end + 1 < text.Length)
        {
            // "Mistral 7B", "Tesla V100", "OpenAI o1": a product name, not the institution.
            int limit = Math.Min(text.Length, end + 17);
            for (int k = end + 1; k < limit; k++)
            {
                char c = AffiliationText.Fold(text[k]);
                if (char.IsAsciiDigit(c))
                {
                    return false;
                }

                if (!AffiliationText.IsWordChar(c))
                {
                    break;
                }
            }
        }

        return true;
    }

    private static bool CutsCjkSuffix(ReadOnlySpan<char> text, int end)
    {
        // "北大" inside "河北大学": the match's last character starts a suffix that the text completes.
        char lastChar = text[end - 1];
        ReadOnlySpan<char> rest = text[end..];
        foreach (string suffix in AffiliationText.CjkInstitutionSuffixes)
        {
            if (suffix[0] == lastChar && rest.StartsWith(suffix.AsSpan(1), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContinuesPlaceName(ReadOnlySpan<char> text, int start)
    {
        // "京东" inside "北京东城区", "华为" inside "中华为…": the short form's first character ends a place name.
        if (start == 0)
        {
            return false;
        }

        foreach (string bigram in PlaceBigrams)
        {
            if (text[start - 1] == bigram[0] && text[start] == bigram[1])
            {
                return true;
            }
        }

        return false;
    }

    private static bool CaseMatches(string form, ReadOnlySpan<char> text, ReadOnlySpan<int> map, int first)
    {
        int letters = 0;
        int upper = 0;
        int firstLetter = -1;
        bool innerUpper = false;
        bool textAllUpper = true;
        bool exact = true;
        for (int k = 0; k < form.Length; k++)
        {
            char f = form[k];
            if (f >= '\u2E80' || !char.IsLetter(f))
            {
                continue;
            }

            char t = AffiliationText.Fold(text[map[first + k]]);
            letters++;
            if (firstLetter < 0)
            {
                firstLetter = k;
            }

            if (char.IsUpper(f))
            {
                upper++;
                if (k > 0 && form[k - 1] < '\u2E80' && char.IsLetter(form[k - 1]))
                {
                    innerUpper = true;
                }
            }

            textAllUpper &= char.IsUpper(t);
            exact &= t == f;
        }

        if (letters == 0 || (textAllUpper && letters >= 2) || exact)
        {
            return true;
        }

        if ((upper == letters && letters >= 2) || innerUpper)
        {
            return false;
        }

        return char.IsUpper(form[firstLetter]) == char.IsUpper(AffiliationText.Fold(text[map[first + firstLetter]]));
    }

    /// <summary>
    /// The candidate starts in a block of <see cref="CandidateCursor.BlockLength"/> characters from <paramref name="start"/>,
    /// as a bit mask: the positions whose character may start an alias (<see cref="FlagStart"/>) and does not continue a
    /// Latin word (a word character after a word character), and that is an alias on its own or forms with the next
    /// character a pair whose hash is set in <c>_pairBits</c>. With <paramref name="vectorized"/>, runs of ASCII text
    /// are first screened 16 characters at a time (Latin prose has few candidates: capitalized words).
    /// </summary>
    private ulong CandidateMask(ReadOnlySpan<char> text, int start, bool vectorized)
    {
        byte[] flags = _charFlags;
        ReadOnlySpan<char> block = text.Slice(start, Math.Min(text.Length - start, CandidateCursor.BlockLength));
        ulong mask = 0;
        int k = 0;
        if (vectorized && _asciiOtherStarts is { } otherStarts && Vector256.IsHardwareAccelerated)
        {
            // All-ASCII runs of 16 characters at once: a superset of the candidates (every A-Z and other start character
            // not preceded by a word character inside the run), narrowed to the exact ones below. A run with any other
            // character is done one character at a time.
            for (; k + Vector256<ushort>.Count <= block.Length; k += Vector256<ushort>.Count)
            {
                ReadOnlySpan<char> run = block.Slice(k, Vector256<ushort>.Count);
                var chars = Vector256.Create<ushort>(MemoryMarshal.Cast<char, ushort>(run));
                if (!Vector256.LessThanAll(chars, Vector256.Create((ushort)0x80)))
                {
                    mask |= ExactCandidates(text, start + k, Vector256<ushort>.Count) << k;
                    continue;
                }

                Vector256<ushort> letter = Vector256.LessThan((chars | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
                Vector256<ushort> word = letter
                    | Vector256.LessThan(chars - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10))
                    | Vector256.Equals(chars, Vector256.Create((ushort)'_'));
                Vector256<ushort> starts = Vector256.LessThan(chars - Vector256.Create((ushort)'A'), Vector256.Create((ushort)26));
                foreach (ushort c in otherStarts)
                {
                    starts |= Vector256.Equals(chars, Vector256.Create(c));
                }

                uint wordBits = Vector256.ExtractMostSignificantBits(word);
                uint startBits = Vector256.ExtractMostSignificantBits(starts);
                mask |= (ulong)(startBits & ~(wordBits & (wordBits << 1))) << k;
            }
        }

        mask |= ExactCandidates(text, start + k, block.Length - k) << k;

        // Keep the candidates that may start an alias and do not continue a Latin word (again: the vectorized superset
        // is narrowed here), and that are aliases on their own, are followed by white space (left to the walk) or start
        // a pair that begins an alias (the last character of the text is followed by nothing: '\0').
        ReadOnlySpan<char> foldLower = AffiliationText.FoldLowerValues;
        ulong[] pairBits = _pairBits;
        ulong kept = 0;
        while (mask != 0)
        {
            k = BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            int position = start + k;
            int current = flags[text[position]];
            int previous = position > 0 ? flags[text[position - 1]] : 0;
            if ((current & ~((current >> 2) & (previous >> 3)) & FlagStart) == 0)
            {
                continue;
            }

            char first = FoldLower(foldLower, text[position]);
            char second = position + 1 < text.Length ? FoldLower(foldLower, text[position + 1]) : '\0';
            int pair = PairHash(first, second);
            ulong keep = (ulong)(uint)(current >> 1) | (second == ' ' ? 1UL : 0UL) | (pairBits[pair >> 6] >> pair);
            if ((keep & 1) != 0 && (current & FlagSingle) == 0 && second != ' ' && _tripleBits is { } tripleBits
                && position + 2 < text.Length && !HasBit(_pairKeyBits!, pair))
            {
                // A pair that is no alias of its own must go on with an alias's third character (a non-blank character
                // after a non-blank pair is the walk's third normalized character; blank is left to the walk).
                char third = FoldLower(foldLower, text[position + 2]);
                keep = third == ' ' || HasBit(tripleBits, TripleHash(first, second, third)) ? 1UL : 0UL;
            }

            kept |= (keep & 1) << k;
        }

        return kept;
    }

    /// <summary>
    /// The positions in [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) whose character
    /// may start an alias (<see cref="FlagStart"/>) and does not continue a Latin word (a word character after a word
    /// character), as a bit mask from <paramref name="start"/>; <paramref name="length"/> is at most 64.
    /// </summary>
    private ulong ExactCandidates(ReadOnlySpan<char> text, int start, int length)
    {
        byte[] flags = _charFlags;
        ReadOnlySpan<char> run = text.Slice(start, length);
        int previous = start > 0 ? flags[text[start - 1]] : 0;
        ulong mask = 0;
        for (int k = 0; k < run.Length; k++)
        {
            int current = flags[run[k]];
            int candidate = current & ~((current >> 2) & (previous >> 3)) & FlagStart;
            mask |= (ulong)candidate << k;
            previous = current;
        }

        return mask;
    }

    /// <summary>Walks <see cref="FindAll"/>'s candidate starts left to right, one block's bit mask at a time.</summary>
    private struct CandidateCursor
    {
        /// <summary>The number of characters one mask covers.</summary>
        public const int BlockLength = 64;

        // The start of the block _mask covers, and its candidates not passed yet.
        private int _blockStart;
        private ulong _mask;

        /// <summary>Creates a cursor before the first block.</summary>
        public CandidateCursor()
        {
            _blockStart = -BlockLength;
            _mask = 0;
        }

        /// <summary>The first candidate start at or after <paramref name="from"/>, or the text's length when there is none.</summary>
        /// <param name="gazetteer">The gazetteer; the same on every call.</param>
        /// <param name="text">The text; the same on every call.</param>
        /// <param name="from">Where to look from; never less than on the call before.</param>
        /// <param name="vectorized">Whether the prefilter may use its vectorized path (the same candidates either way).</param>
        public int Next(Gazetteer gazetteer, ReadOnlySpan<char> text, int from, bool vectorized)
        {
            while (true)
            {
                int offset = from - _blockStart;
                if ((uint)offset < BlockLength)
                {
                    _mask &= ulong.MaxValue << offset;
                    if (_mask != 0)
                    {
                        return _blockStart + BitOperations.TrailingZeroCount(_mask);
                    }

                    from = _blockStart + BlockLength;
                }

                if (from >= text.Length)
                {
                    return text.Length;
                }

                _blockStart = from;
                _mask = gazetteer.CandidateMask(text, from, vectorized);
            }
        }
    }

    /// <summary>Where a trie walk stands in the text, and the last white-space run it measured.</summary>
    private struct WalkState(int runStart, int runEnd)
    {
        /// <summary>The offset of the next character to normalize.</summary>
        public int Next;

        /// <summary>The start of the last white-space run measured, or -1.</summary>
        public int RunStart = runStart;

        /// <summary>The end of that run.</summary>
        public int RunEnd = runEnd;
    }
}
