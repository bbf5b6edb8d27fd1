using System.Collections.ObjectModel;

namespace PaperDigest.Extraction;

/// <summary>
/// An institution known to the affiliation detector: its canonical English name, its country and the names it is
/// written under (Chinese names, short forms, abbreviations).
/// </summary>
/// <remarks>
/// The canonical name is always matched as well, so it need not be repeated in <see cref="Aliases"/>. Names are
/// matched case-insensitively for Latin text, with full-width letters folded and whitespace around Chinese text
/// ignored. Immutable; equality compares the aliases element by element.
/// </remarks>
/// <param name="CanonicalName">The institution's canonical English name, e.g. <c>Massachusetts Institute of Technology</c>.</param>
/// <param name="Country">
/// The ISO 3166-1 alpha-2 country code (<c>CN</c>, <c>US</c>, <c>GB</c>, <c>HK</c>, <c>SG</c>, …), or
/// <see langword="null"/> when unknown.
/// </param>
/// <param name="Aliases">Other names of the institution, e.g. <c>MIT</c>, <c>麻省理工</c>, <c>麻省理工学院</c>.</param>
public sealed record GazetteerEntry(string CanonicalName, string? Country, IReadOnlyList<string> Aliases)
{
    /// <summary>The institution's canonical English name, trimmed.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public string CanonicalName { get; init => field = CheckName(value); } = CheckName(CanonicalName);

    /// <summary>The ISO 3166-1 alpha-2 country code in upper case, or <see langword="null"/> when unknown.</summary>
    /// <exception cref="ArgumentException">The value is neither blank nor two ASCII letters.</exception>
    public string? Country { get; init => field = CheckCountry(value); } = CheckCountry(Country);

    /// <summary>The other names of the institution, trimmed, without blanks, as a read-only copy.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public IReadOnlyList<string> Aliases { get; init => field = CopyAliases(value); } = CopyAliases(Aliases);

    /// <summary>Whether <paramref name="other"/> has the same name, country and aliases (in the same order).</summary>
    /// <param name="other">The entry to compare with.</param>
    /// <returns><see langword="true"/> when both entries are equal.</returns>
    public bool Equals(GazetteerEntry? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && string.Equals(CanonicalName, other.CanonicalName, StringComparison.Ordinal)
            && string.Equals(Country, other.Country, StringComparison.Ordinal)
            && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal);
    }

    /// <summary>A hash code consistent with <see cref="Equals(GazetteerEntry?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(CanonicalName, StringComparer.Ordinal);
        hash.Add(Country, StringComparer.Ordinal);
        foreach (string alias in Aliases)
        {
            hash.Add(alias, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    private static string CheckName(string canonicalName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(canonicalName);
        return canonicalName.Trim();
    }

    private static string? CheckCountry(string? country)
    {
        if (string.IsNullOrWhiteSpace(country))
        {
            return null;
        }

        string code = country.Trim();
        if (code.Length != 2 || !char.IsAsciiLetter(code[0]) || !char.IsAsciiLetter(code[1]))
        {
            throw new ArgumentException("The country must be an ISO 3166-1 alpha-2 code such as \"CN\" or \"US\".", nameof(country));
        }

        return code.ToUpperInvariant();
    }

    private static ReadOnlyCollection<string> CopyAliases(IReadOnlyList<string> aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        var copy = new List<string>(aliases.Count);
        foreach (string? alias in aliases)
        {
            if (!string.IsNullOrWhiteSpace(alias))
            {
                copy.Add(alias.Trim());
            }
        }

        return copy.AsReadOnly();
    }
}
