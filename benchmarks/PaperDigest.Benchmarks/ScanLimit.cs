using System.Buffers;

namespace PaperDigest.Benchmarks;

/// <summary>
/// The scan limit: one vectorized <c>IndexOfAny</c> pass that counts the structural characters a tokenizer has to stop
/// at. No tokenizer that looks at these characters can be faster than this loop.
/// </summary>
/// <remarks>
/// The set (<see cref="Characters"/>, 69 characters): line breaks (<c>\n</c>, <c>\r</c>); space and tab; all 32 ASCII
/// punctuation characters (which include <c>\</c>, <c>$</c>, <c>{</c>, <c>}</c>, <c>(</c>, <c>:</c>, <c>.</c>,
/// <c>/</c>); and the full-width and CJK punctuation digests use: <c>，。、；：？！“”‘’（）【】《》「」『』〈〉…—·</c>, the
/// ideographic space and <c>丨</c>. Letter/digit/CJK class changes are not in it: finding them needs a per-character
/// classification, which is the tokenizer's own work.
/// </remarks>
public static class ScanLimit
{
    /// <summary>The structural characters.</summary>
    public const string Characters =
        "\n\r \t!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" + "，。、；：？！“”‘’（）【】《》「」『』〈〉…—·\u3000丨";

    private static readonly SearchValues<char> Structural = SearchValues.Create(Characters);

    /// <summary>Counts the structural characters of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>How many there are.</returns>
    public static int Count(ReadOnlySpan<char> text)
    {
        int count = 0;
        int index;
        while ((index = text.IndexOfAny(Structural)) >= 0)
        {
            count++;
            text = text[(index + 1)..];
        }

        return count;
    }
}
