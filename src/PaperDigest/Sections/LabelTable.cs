using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using PaperDigest.Model;

namespace PaperDigest.Sections;

/// <summary>
/// A lookup of labels normalized for matching: ASCII letters lower-cased, white space removed, full-width forms folded,
/// trailing digits dropped (<c>论文2</c> is <c>论文</c>). Immutable and thread-safe.
/// </summary>
internal sealed class LabelTable<TValue>
{
    private const int MaxLabelLength = 32;
    private readonly FrozenDictionary<string, TValue> _entries;
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _longestKey;
    // The characters keys have at each position: a look-up gives up at the first position where no key has its character.
    private readonly SearchValues<char>[] _positionCharacters;

    public LabelTable(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var map = new Dictionary<string, TValue>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[MaxLabelLength];
        foreach ((string label, TValue value) in entries)
        {
            int length = Normalize(label, buffer, MaxLabelLength, null);
            if (length > 0)
            {
                map[new string(buffer[..length])] = value;
            }
        }

        _entries = map.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestKey = map.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        _positionCharacters = [.. Enumerable.Range(0, Math.Max(1, _longestKey))
            .Select(p => SearchValues.Create([.. map.Keys.Where(k => k.Length > p).Select(k => k[p]).Distinct()]))];
    }

    public int Count => _entries.Count;

    /// <summary>Gets the entries, keyed by their normalized labels.</summary>
    public IEnumerable<KeyValuePair<string, TValue>> Entries => _entries;

    public bool TryGet(ReadOnlySpan<char> label, out TValue value)
    {
        // Stripped characters aside, a label longer than twice the buffer cannot fit: skip the copy.
        if (label.Length > 2 * MaxLabelLength)
        {
            value = default!;
            return false;
        }

        // Most lines the detector asks about start with a character no key starts with: answer before the copy.
        if (!CanStartKey(label))
        {
            value = default!;
            return false;
        }

        Span<char> buffer = stackalloc char[MaxLabelLength];
        int length = Normalize(label, buffer, _longestKey, _positionCharacters);
        if (length == 0)
        {
            value = default!;
            return false;
        }

        return _lookup.TryGetValue(buffer[..length], out value!);
    }

    /// <summary>Whether the first character that normalization keeps is one some key starts with (or there is none).</summary>
    private bool CanStartKey(ReadOnlySpan<char> label)
    {
        foreach (char raw in label)
        {
            char c = Fold(raw);
            if (IsIgnored(c))
            {
                continue;
            }

            // ASCII and CJK characters normalize without a table; anything else the full normalization decides.
            SearchValues<char> first = _positionCharacters[0];
            return c < '\u0080' ? first.Contains(char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c)
                : c is < '\u2E80' or > '\u9FFF' || first.Contains(c);
        }

        return true;
    }

    private static char Fold(char raw) => raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;

    private static bool IsIgnored(char c) => c is ' ' or '\t' or '\u00A0' or '\u3000' or '*' or '_' or '`';

    public LabelTable<TValue> With(IEnumerable<KeyValuePair<string, TValue>> extra) =>
        new(_entries.Concat(extra));

    /// <summary>
    /// Writes the normalized label into <paramref name="buffer"/>; returns 0 when it does not fit or is empty, and
    /// (for a look-up) as soon as it can no longer be a key: a character at a position where no key has it (a digit
    /// only at the first: later ones may be trailing digits), or a non-digit past
    /// the longest key's length (only trailing digits are dropped afterwards). The detector asks about most short lines
    /// of a digest, so most answers are an early no.
    /// </summary>
    private static int Normalize(ReadOnlySpan<char> label, Span<char> buffer, int longestKey, SearchValues<char>[]? positionCharacters)
    {
        int length = 0;
        foreach (char raw in label)
        {
            char c = Fold(raw);
            if (IsIgnored(c))
            {
                continue;
            }

            if (length == buffer.Length)
            {
                return 0;
            }

            // char.ToLowerInvariant calls into ICU for every non-ASCII character, and the detector normalizes most short
            // lines of a digest (CJK, bullets, quotes, emoji): only upper- and title-case letters need the call.
            c = c < '\u0080' ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c)
                : c is >= '\u2E80' and <= '\u9FFF' ? c
                : char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter ? char.ToLowerInvariant(c)
                : c;
            // Past the first position a digit may be one of the trailing digits that are dropped, so it never rejects.
            if ((positionCharacters is not null && length < positionCharacters.Length && (length == 0 || !char.IsAsciiDigit(c))
                    && !positionCharacters[length].Contains(c))
                || (length >= longestKey && !char.IsAsciiDigit(c)))
            {
                return 0;
            }

            buffer[length++] = c;
        }

        while (length > 1 && char.IsAsciiDigit(buffer[length - 1]))
        {
            length--;
        }

        return length;
    }
}
