using System.Buffers;
using System.Collections.Frozen;

namespace PaperDigest.Sections;

/// <summary>
/// A small set of phrases to find anywhere in a short line, compared ordinally. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <see cref="SearchValues{T}"/> of strings falls back to Aho–Corasick with a dictionary look-up per character when
/// the phrases are CJK, which made the ad-line check a large share of section detection. Here a vectorized search for
/// the phrases' first characters finds the candidates, and only the few phrases that start with a candidate are
/// compared: linear in the line, with no per-character dictionary.
/// </remarks>
internal sealed class PhraseSet
{
    private readonly SearchValues<char> _firstCharacters;
    private readonly FrozenDictionary<char, string[]> _byFirstCharacter;

    public PhraseSet(IEnumerable<string> phrases)
    {
        string[] all = [.. phrases.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal)];
        _byFirstCharacter = all.GroupBy(p => p[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        _firstCharacters = SearchValues.Create([.. _byFirstCharacter.Keys]);
    }

    /// <summary>Whether <paramref name="text"/> contains any of the phrases.</summary>
    public bool ContainsAny(ReadOnlySpan<char> text)
    {
        int position = 0;
        while (position < text.Length)
        {
            int found = text[position..].IndexOfAny(_firstCharacters);
            if (found < 0)
            {
                return false;
            }

            position += found;
            ReadOnlySpan<char> rest = text[position..];
            foreach (string phrase in _byFirstCharacter[rest[0]])
            {
                if (rest.StartsWith(phrase, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            position++;
        }

        return false;
    }
}
