using System.Collections.Frozen;

namespace PaperDigest.Model;

/// <summary>
/// The arXiv archive names that can appear in an old-style identifier (<c>archive/YYMMNNN</c>, minted from
/// August 1991 to March 2007), with a case-insensitive, allocation-free lookup.
/// </summary>
/// <remarks>
/// <para>
/// The list is the set of archives arXiv opened before the identifier scheme changed in April 2007: the
/// archives that are still active (<c>astro-ph</c>, <c>cond-mat</c>, <c>cs</c>, <c>gr-qc</c>, <c>hep-*</c>,
/// <c>math</c>, <c>math-ph</c>, <c>nlin</c>, <c>nucl-*</c>, <c>physics</c>, <c>q-bio</c>, <c>quant-ph</c>) and
/// the defunct ones that were later folded into categories (for example <c>alg-geom</c> into <c>math.AG</c>,
/// <c>chao-dyn</c> into <c>nlin.CD</c>, <c>cmp-lg</c> into <c>cs.CL</c>, <c>supr-con</c> into
/// <c>cond-mat.supr-con</c>).
/// </para>
/// <para>
/// Archives opened after March 2007 (<c>stat</c> in April 2007, <c>q-fin</c> in December 2008, <c>econ</c> and
/// <c>eess</c> in September 2017) only ever received new-style identifiers, so they are deliberately absent; so
/// is arXiv's internal <c>test</c> archive.
/// </para>
/// <para>
/// A code is a small positive number (1 to <see cref="Count"/>); 0 is reserved by <see cref="ArxivId"/> for
/// "no archive" (new-style identifiers and the empty identifier).
/// </para>
/// </remarks>
internal static class ArxivArchives
{
    /// <summary>The length of the longest archive name (<c>astro-ph</c>, <c>cond-mat</c>, ...).</summary>
    internal const int MaxNameLength = 8;

    // Canonical (lower-case) names, in alphabetical order. Index + 1 is the archive code.
    private static readonly string[] Names =
    [
        "acc-phys",
        "adap-org",
        "alg-geom",
        "ao-sci",
        "astro-ph",
        "atom-ph",
        "bayes-an",
        "chao-dyn",
        "chem-ph",
        "cmp-lg",
        "comp-gas",
        "cond-mat",
        "cs",
        "dg-ga",
        "funct-an",
        "gr-qc",
        "hep-ex",
        "hep-lat",
        "hep-ph",
        "hep-th",
        "math",
        "math-ph",
        "mtrl-th",
        "nlin",
        "nucl-ex",
        "nucl-th",
        "patt-sol",
        "physics",
        "plasm-ph",
        "q-alg",
        "q-bio",
        "quant-ph",
        "solv-int",
        "supr-con",
    ];

    private static readonly FrozenDictionary<string, byte> CodesByName = CreateCodes();

    private static readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> CodesBySpan =
        CodesByName.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many archives the table holds (the largest valid code).</summary>
    internal static int Count => Names.Length;

    /// <summary>All canonical archive names, lower case, in alphabetical order.</summary>
    internal static IReadOnlyList<string> All => Names;

    /// <summary>
    /// Looks an archive name up, ignoring ASCII case, without allocating.
    /// </summary>
    /// <param name="name">The candidate name, for example <c>hep-th</c> or <c>Cond-Mat</c>.</param>
    /// <param name="code">The archive code (1 to <see cref="Count"/>) when found; otherwise 0.</param>
    /// <returns><see langword="true"/> when <paramref name="name"/> is a known old-style archive.</returns>
    internal static bool TryGetCode(ReadOnlySpan<char> name, out byte code)
    {
        if (name.IsEmpty || name.Length > MaxNameLength)
        {
            code = 0;
            return false;
        }

        return CodesBySpan.TryGetValue(name, out code);
    }

    /// <summary>Returns the canonical (lower-case) name of the archive with the given code.</summary>
    /// <param name="code">A code returned by <see cref="TryGetCode"/>.</param>
    /// <returns>The canonical name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not a valid code.</exception>
    internal static string GetName(byte code)
    {
        ArgumentOutOfRangeException.ThrowIfZero(code);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(code, Names.Length);
        return Names[code - 1];
    }

    private static FrozenDictionary<string, byte> CreateCodes()
    {
        var codes = new Dictionary<string, byte>(Names.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Names.Length; i++)
        {
            codes.Add(Names[i], (byte)(i + 1));
        }

        return codes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
