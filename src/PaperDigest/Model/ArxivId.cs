using System.Diagnostics.CodeAnalysis;

namespace PaperDigest.Model;

/// <summary>
/// An arXiv identifier, such as <c>2404.08634</c>, <c>2404.08634v2</c>, <c>hep-th/9901001</c> or
/// <c>cond-mat.stat-mech/0605194</c>: an immutable value type with value equality and chronological ordering.
/// </summary>
/// <remarks>
/// <para>
/// Two schemes exist. <b>New-style</b> identifiers (<see cref="IsOldStyle"/> is <see langword="false"/>) are
/// <c>YYMM.NNNN</c> from April 2007 (<c>0704</c>) to December 2014 (<c>1412</c>) and <c>YYMM.NNNNN</c> from
/// January 2015 (<c>1501</c>) on; the sequence number always has exactly that many digits. <b>Old-style</b>
/// identifiers (<see cref="IsOldStyle"/> is <see langword="true"/>) are <c>archive/YYMMNNN</c>, optionally
/// with a subject class (<c>archive.SUBJ/YYMMNNN</c>), minted from 1991 to March 2007 (<c>0703</c>); only the
/// real arXiv archive names are accepted (matched ignoring case, output in lower case). Either form may carry a
/// version suffix <c>vN</c> (1 to 999). Sequence number 0 is never valid.
/// </para>
/// <para>
/// <see cref="Parse(string)"/> and the <c>TryParse</c> overloads accept exactly one identifier, optionally
/// preceded by an <c>arXiv:</c> prefix (any letter case, optionally followed by spaces). Full-width forms
/// (<c>２４０４．０８６３４</c>, <c>ａｒＸｉｖ：</c>) are folded to ASCII. Nothing else is accepted, not even
/// surrounding white space.
/// </para>
/// <para>
/// <see cref="ToString()"/> returns the canonical form <b>without</b> the version (<c>2404.08634</c>); the
/// <c>"V"</c> format includes it (<c>2404.08634v2</c>). Equality and ordering take every component into account,
/// version and subject class included: <c>2404.08634v2</c> differs from <c>2404.08634</c> (use
/// <see cref="WithoutVersion"/> to compare papers), and <c>math.GT/0309136</c> differs from
/// <c>math/0309136</c>. Ordering is chronological: year, month and sequence number, then archive and subject
/// class (old style only), then version, an absent version first.
/// </para>
/// <para>
/// <c>default(ArxivId)</c> is <b>the empty identifier</b>: <see cref="IsEmpty"/> is <see langword="true"/>,
/// <see cref="ToString()"/> returns an empty string, <see cref="Year"/> and <see cref="Month"/> are 0,
/// <see cref="Number"/> is empty, it is not equal to any parsed identifier and sorts before all of them, and
/// <see cref="AbsUrl"/>, <see cref="PdfUrl"/> and <see cref="WithVersion"/> throw
/// <see cref="InvalidOperationException"/>. Parsing never produces it.
/// </para>
/// <para>
/// Parsing a new-style identifier, or an old-style one without subject class, allocates nothing; the string
/// properties (<see cref="Number"/>, <see cref="ToString()"/>, the URLs) are created when read.
/// </para>
/// </remarks>
public readonly struct ArxivId : IEquatable<ArxivId>, IComparable<ArxivId>, ISpanFormattable, ISpanParsable<ArxivId>
{
    /// <summary>The largest version number accepted (<c>v999</c>).</summary>
    internal const int MaxVersion = 999;

    /// <summary>The longest subject class accepted in an old-style identifier (real ones have at most 9 chars).</summary>
    internal const int MaxSubjectClassLength = 16;

    /// <summary>An upper bound for the length of any formatted identifier, version included.</summary>
    internal const int MaxFormattedLength = ArxivArchives.MaxNameLength + 1 + MaxSubjectClassLength + 1 + 7 + 4;

    private const string AbsUrlPrefix = "https://arxiv.org/abs/";
    private const string PdfUrlPrefix = "https://arxiv.org/pdf/";

    // Year * 100 + month bounds of the two schemes.
    private const int FirstOldStyleYearMonth = 1991_01;
    private const int LastOldStyleYearMonth = 2007_03;
    private const int FirstNewStyleYearMonth = 2007_04;
    private const int LastFourDigitYearMonth = 2014_12;

    private const string ErrorEmpty = "the text is empty";
    private const string ErrorShape =
        "expected YYMM.NNNNN (new style) or archive/YYMMNNN (old style), optionally followed by vN";
    private const string ErrorMonth = "the month (the MM in YYMM) must be from 01 to 12";
    private const string ErrorBeforeNewStyle = "new-style identifiers start in April 2007 (0704)";
    private const string ErrorFourDigits = "identifiers from 0704 to 1412 have exactly 4 digits after the dot";
    private const string ErrorFiveDigits = "identifiers from 1501 on have exactly 5 digits after the dot";
    private const string ErrorZeroNumber = "the sequence number must not be zero";
    private const string ErrorUnknownArchive = "unknown arXiv archive before '/' (for example hep-th, math, cs)";
    private const string ErrorSubjectClass = "the subject class after the archive must be 2 to 16 letters or hyphens";
    private const string ErrorOldDigits = "an old-style identifier has exactly 7 digits (YYMMNNN) after '/'";
    private const string ErrorOldRange = "old-style identifiers run from 1991 to March 2007 (YY from 91 to 07)";
    private const string ErrorVersion = "the version after 'v' must be a number from 1 to 999 without leading zeros";
    private const string ErrorBoundary = "the identifier is followed by a letter or digit";
    private const string ErrorTrailing = "unexpected text after the identifier";

    private readonly string? _subjectClass;
    private readonly int _number;
    private readonly ushort _year;
    private readonly ushort _version;
    private readonly byte _month;
    private readonly byte _archive;

    private ArxivId(int year, int month, int number, int version, byte archive, string? subjectClass)
    {
        _year = (ushort)year;
        _month = (byte)month;
        _number = number;
        _version = (ushort)version;
        _archive = archive;
        _subjectClass = subjectClass;
    }

    /// <summary>
    /// Gets a value indicating whether this is the empty identifier, <c>default(ArxivId)</c>.
    /// </summary>
    public bool IsEmpty => _year == 0;

    /// <summary>
    /// Gets a value indicating whether this is an old-style identifier (<c>archive/YYMMNNN</c>, before April 2007).
    /// </summary>
    public bool IsOldStyle => _archive != 0;

    /// <summary>
    /// Gets the archive of an old-style identifier in canonical lower case (<c>hep-th</c>, <c>math</c>,
    /// <c>cond-mat</c>, ...), or <see langword="null"/> for new-style identifiers and the empty identifier.
    /// </summary>
    public string? Archive => _archive == 0 ? null : ArxivArchives.GetName(_archive);

    /// <summary>
    /// Gets the subject class of an old-style identifier as written (<c>stat-mech</c> in
    /// <c>cond-mat.stat-mech/0605194</c>, <c>GT</c> in <c>math.GT/0309136</c>), or <see langword="null"/> when
    /// there is none.
    /// </summary>
    public string? SubjectClass => _subjectClass;

    /// <summary>
    /// Gets the four-digit year: 2024 for <c>2404.08634</c>, 1999 for <c>hep-th/9901001</c>, 2003 for
    /// <c>math/0309136</c>; 0 for the empty identifier.
    /// </summary>
    public int Year => _year;

    /// <summary>Gets the month (1 to 12); 0 for the empty identifier.</summary>
    public int Month => _month;

    /// <summary>
    /// Gets the sequence number as written, with its leading zeros: <c>08634</c> for <c>2404.08634</c>,
    /// <c>0001</c> for <c>0704.0001</c>, <c>001</c> for <c>hep-th/9901001</c>; empty for the empty identifier.
    /// </summary>
    /// <remarks>A new string is created on each read.</remarks>
    public string Number => IsEmpty
        ? string.Empty
        : string.Create(NumberWidth, _number, static (span, number) => WriteDigits(span, number));

    /// <summary>Gets the version (<c>v2</c> gives 2), or <see langword="null"/> when the identifier has none.</summary>
    public int? Version => _version == 0 ? null : _version;

    /// <summary>Gets a value indicating whether the identifier carries a version suffix.</summary>
    public bool HasVersion => _version != 0;

    /// <summary>
    /// Gets the address of the abstract page, <c>https://arxiv.org/abs/</c> followed by the canonical form
    /// (without version).
    /// </summary>
    /// <exception cref="InvalidOperationException">This is the empty identifier.</exception>
    public Uri AbsUrl => CreateUrl(AbsUrlPrefix);

    /// <summary>
    /// Gets the address of the PDF, <c>https://arxiv.org/pdf/</c> followed by the canonical form (without
    /// version).
    /// </summary>
    /// <exception cref="InvalidOperationException">This is the empty identifier.</exception>
    public Uri PdfUrl => CreateUrl(PdfUrlPrefix);

    private int NumberWidth => _archive != 0 ? 3 : (_year * 100) + _month <= LastFourDigitYearMonth ? 4 : 5;

    /// <summary>Determines whether two identifiers are equal (every component, version included).</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(ArxivId left, ArxivId right) => left.Equals(right);

    /// <summary>Determines whether two identifiers differ.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ArxivId left, ArxivId right) => !left.Equals(right);

    /// <summary>Determines whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(ArxivId left, ArxivId right) => left.CompareTo(right) < 0;

    /// <summary>Determines whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(ArxivId left, ArxivId right) => left.CompareTo(right) > 0;

    /// <summary>Determines whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(ArxivId left, ArxivId right) => left.CompareTo(right) <= 0;

    /// <summary>Determines whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(ArxivId left, ArxivId right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// Parses one arXiv identifier, optionally preceded by an <c>arXiv:</c> prefix.
    /// </summary>
    /// <param name="s">The text, for example <c>2404.08634v2</c>, <c>arXiv:hep-th/9901001</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a valid identifier; the message says why.</exception>
    public static ArxivId Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <summary>
    /// Parses one arXiv identifier, optionally preceded by an <c>arXiv:</c> prefix.
    /// </summary>
    /// <param name="s">The text, for example <c>2404.08634v2</c>, <c>arXiv:hep-th/9901001</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a valid identifier; the message says why.</exception>
    public static ArxivId Parse(ReadOnlySpan<char> s)
    {
        if (TryParseCore(s, out var result, out var error))
        {
            return result;
        }

        throw new FormatException(BuildErrorMessage(s, error));
    }

    /// <summary>
    /// Tries to parse one arXiv identifier, optionally preceded by an <c>arXiv:</c> prefix. Never throws and
    /// allocates nothing for new-style identifiers.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The identifier, or the empty identifier on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is exactly one valid identifier.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out ArxivId result) => TryParseCore(s, out result, out _);

    /// <summary>
    /// Tries to parse one arXiv identifier, optionally preceded by an <c>arXiv:</c> prefix. Never throws;
    /// <see langword="null"/> gives <see langword="false"/>.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The identifier, or the empty identifier on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is exactly one valid identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out ArxivId result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(s.AsSpan(), out result, out _);
    }

    /// <summary>
    /// Scans an identifier at the very start of <paramref name="text"/> (no <c>arXiv:</c> prefix handling), for
    /// extractors that walk through running text.
    /// </summary>
    /// <param name="text">The text, starting where the identifier should start.</param>
    /// <param name="id">The identifier, or the empty identifier on failure.</param>
    /// <param name="consumed">How many chars the identifier used, its <c>vN</c> suffix included; 0 on failure.</param>
    /// <returns>
    /// <see langword="true"/> when a valid identifier starts the text and is not followed by an ASCII letter or
    /// digit (after full-width folding): <c>2404.08634v2.pdf</c>, <c>2404.08634)</c>, <c>2404.08634。</c> match,
    /// <c>2404.086345</c> and <c>2404.08634abc</c> do not. The character before the text is the caller's
    /// business. The work done is bounded by a small constant whatever the length of the text.
    /// </returns>
    internal static bool TryParsePrefix(ReadOnlySpan<char> text, out ArxivId id, out int consumed)
    {
        if (TryScan(text, out id, out consumed, out _))
        {
            return true;
        }

        id = default;
        consumed = 0;
        return false;
    }

    /// <summary>Returns this identifier without its version suffix (itself when it has none).</summary>
    /// <returns>The identifier without version.</returns>
    public ArxivId WithoutVersion() =>
        _version == 0 ? this : new ArxivId(_year, _month, _number, 0, _archive, _subjectClass);

    /// <summary>Returns this identifier with the given version suffix.</summary>
    /// <param name="version">The version, from 1 to 999.</param>
    /// <returns>The identifier with version <paramref name="version"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is less than 1 or more than 999.</exception>
    /// <exception cref="InvalidOperationException">This is the empty identifier.</exception>
    public ArxivId WithVersion(int version)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(version, MaxVersion);
        ThrowIfEmpty();
        return new ArxivId(_year, _month, _number, version, _archive, _subjectClass);
    }

    /// <summary>Determines whether this identifier equals another (every component, version included).</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ArxivId other) =>
        _year == other._year
        && _month == other._month
        && _number == other._number
        && _version == other._version
        && _archive == other._archive
        && string.Equals(_subjectClass, other._subjectClass, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ArxivId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(
            _year,
            _month,
            _number,
            _version,
            _archive,
            _subjectClass is null ? 0 : StringComparer.Ordinal.GetHashCode(_subjectClass));

    /// <summary>
    /// Compares chronologically: year, month, sequence number, then archive and subject class (old style, absent
    /// subject class first), then version (absent version first). The empty identifier sorts first.
    /// </summary>
    /// <param name="other">The other identifier.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(ArxivId other)
    {
        var result = _year.CompareTo(other._year);
        if (result == 0)
        {
            result = _month.CompareTo(other._month);
        }

        if (result == 0)
        {
            result = _number.CompareTo(other._number);
        }

        if (result == 0)
        {
            // Archive codes follow the alphabetical order of the names.
            result = _archive.CompareTo(other._archive);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(_subjectClass, other._subjectClass);
        }

        if (result == 0)
        {
            result = _version.CompareTo(other._version);
        }

        return result;
    }

    /// <summary>
    /// Returns the canonical form without version: <c>2404.08634</c>, <c>hep-th/9901001</c>,
    /// <c>cond-mat.stat-mech/0605194</c>; an empty string for the empty identifier.
    /// </summary>
    /// <returns>The canonical form.</returns>
    public override string ToString() => ToStringCore(withVersion: false);

    /// <summary>
    /// Formats the identifier. <see langword="null"/>, empty or <c>"G"</c>: the canonical form without version
    /// (<c>2404.08634</c>); <c>"V"</c>: with the version when there is one (<c>2404.08634v2</c>).
    /// </summary>
    /// <param name="format">The format: <see langword="null"/>, empty, <c>"G"</c> or <c>"V"</c>.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The formatted identifier (empty for the empty identifier).</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        ToStringCore(IsVersionFormat(format.AsSpan()));

    /// <summary>
    /// Formats the identifier into <paramref name="destination"/>, as
    /// <see cref="ToString(string?, IFormatProvider?)"/> does.
    /// </summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many chars were written; 0 when <paramref name="destination"/> is too small.</param>
    /// <param name="format">Empty, <c>"G"</c> or <c>"V"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public bool TryFormat(
        Span<char> destination,
        out int charsWritten,
        ReadOnlySpan<char> format,
        IFormatProvider? provider) =>
        TryFormatCore(destination, IsVersionFormat(format), out charsWritten);

    // The IFormatProvider overloads exist only for IParsable/ISpanParsable (generic code): implemented explicitly so
    // that callers of the public Parse/TryParse are not asked by CA1305 to pass a provider that is ignored anyway.

    /// <inheritdoc/>
    static ArxivId IParsable<ArxivId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<ArxivId>.TryParse(
        [NotNullWhen(true)] string? s,
        IFormatProvider? provider,
        out ArxivId result) =>
        TryParse(s, out result);

    /// <inheritdoc/>
    static ArxivId ISpanParsable<ArxivId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<ArxivId>.TryParse(
        ReadOnlySpan<char> s,
        IFormatProvider? provider,
        out ArxivId result) =>
        TryParse(s, out result);

    private static bool TryParseCore(ReadOnlySpan<char> s, out ArxivId result, out string? error)
    {
        var body = StripArxivPrefix(s);
        if (!TryScan(body, out result, out var consumed, out error))
        {
            result = default;
            return false;
        }

        if (consumed != body.Length)
        {
            result = default;
            error = ErrorTrailing;
            return false;
        }

        return true;
    }

    // Removes "arXiv:" (any case, full-width folded) and the spaces after it; returns the input otherwise.
    private static ReadOnlySpan<char> StripArxivPrefix(ReadOnlySpan<char> s)
    {
        const string Prefix = "arxiv:";
        if (s.Length < Prefix.Length)
        {
            return s;
        }

        for (var i = 0; i < Prefix.Length; i++)
        {
            var c = Fold(s[i]);
            if (char.IsAsciiLetterUpper(c))
            {
                c = (char)(c | 0x20);
            }

            if (c != Prefix[i])
            {
                return s;
            }
        }

        var pos = Prefix.Length;
        while (pos < s.Length && s[pos] is ' ' or '\t' or '\u00A0' or '\u3000')
        {
            pos++;
        }

        return s[pos..];
    }

    private static bool TryScan(ReadOnlySpan<char> text, out ArxivId id, out int consumed, out string? error)
    {
        if (text.IsEmpty)
        {
            id = default;
            consumed = 0;
            error = ErrorEmpty;
            return false;
        }

        var first = Fold(text[0]);
        if (char.IsAsciiDigit(first))
        {
            return TryScanNewStyle(text, out id, out consumed, out error);
        }

        if (char.IsAsciiLetter(first))
        {
            return TryScanOldStyle(text, out id, out consumed, out error);
        }

        id = default;
        consumed = 0;
        error = ErrorShape;
        return false;
    }

    private static bool TryScanNewStyle(ReadOnlySpan<char> text, out ArxivId id, out int consumed, out string? error)
    {
        id = default;
        consumed = 0;
        if (!TryReadDigits(text, 0, 4, out var yymm) || text.Length < 5 || Fold(text[4]) != '.')
        {
            error = ErrorShape;
            return false;
        }

        var year = 2000 + (yymm / 100);
        var month = yymm % 100;
        if (month is < 1 or > 12)
        {
            error = ErrorMonth;
            return false;
        }

        var yearMonth = (year * 100) + month;
        if (yearMonth < FirstNewStyleYearMonth)
        {
            error = ErrorBeforeNewStyle;
            return false;
        }

        var width = yearMonth <= LastFourDigitYearMonth ? 4 : 5;
        if (CountDigits(text, 5, width + 1) != width)
        {
            error = width == 4 ? ErrorFourDigits : ErrorFiveDigits;
            return false;
        }

        TryReadDigits(text, 5, width, out var number);
        if (number == 0)
        {
            error = ErrorZeroNumber;
            return false;
        }

        var pos = 5 + width;
        if (!TryScanVersionAndBoundary(text, ref pos, out var version, out error))
        {
            return false;
        }

        id = new ArxivId(year, month, number, version, 0, null);
        consumed = pos;
        return true;
    }

    private static bool TryScanOldStyle(ReadOnlySpan<char> text, out ArxivId id, out int consumed, out string? error)
    {
        id = default;
        consumed = 0;

        // Archive name: letters and hyphens; at most MaxNameLength + 1 chars are looked at.
        var nameLength = CountArchiveChars(text, 0, ArxivArchives.MaxNameLength + 1);
        if (nameLength == text.Length || Fold(text[nameLength]) is not ('.' or '/'))
        {
            error = nameLength > ArxivArchives.MaxNameLength ? ErrorUnknownArchive : ErrorShape;
            return false;
        }

        Span<char> name = stackalloc char[ArxivArchives.MaxNameLength];
        if (nameLength > ArxivArchives.MaxNameLength
            || !ArxivArchives.TryGetCode(FoldInto(text[..nameLength], name), out var archive))
        {
            error = ErrorUnknownArchive;
            return false;
        }

        var pos = nameLength;
        var subjectStart = 0;
        var subjectLength = 0;
        if (Fold(text[pos]) == '.')
        {
            subjectStart = pos + 1;
            subjectLength = CountArchiveChars(text, subjectStart, MaxSubjectClassLength + 1);
            if (subjectLength is < 2 or > MaxSubjectClassLength || !char.IsAsciiLetter(Fold(text[subjectStart])))
            {
                error = ErrorSubjectClass;
                return false;
            }

            pos = subjectStart + subjectLength;
            if (pos == text.Length || Fold(text[pos]) != '/')
            {
                error = ErrorShape;
                return false;
            }
        }

        pos++; // the '/'
        if (CountDigits(text, pos, 8) != 7)
        {
            error = ErrorOldDigits;
            return false;
        }

        TryReadDigits(text, pos, 2, out var yy);
        TryReadDigits(text, pos + 2, 2, out var month);
        TryReadDigits(text, pos + 4, 3, out var number);
        if (month is < 1 or > 12)
        {
            error = ErrorMonth;
            return false;
        }

        var year = yy >= 91 ? 1900 + yy : 2000 + yy;
        var yearMonth = (year * 100) + month;
        if (yearMonth is < FirstOldStyleYearMonth or > LastOldStyleYearMonth)
        {
            error = ErrorOldRange;
            return false;
        }

        if (number == 0)
        {
            error = ErrorZeroNumber;
            return false;
        }

        pos += 7;
        if (!TryScanVersionAndBoundary(text, ref pos, out var version, out error))
        {
            return false;
        }

        string? subjectClass = null;
        if (subjectLength > 0)
        {
            subjectClass = CreateFolded(text.Slice(subjectStart, subjectLength));
        }

        id = new ArxivId(year, month, number, version, archive, subjectClass);
        consumed = pos;
        return true;
    }

    // Reads an optional "vN" (or "VN") at pos, then checks that no ASCII letter or digit follows.
    private static bool TryScanVersionAndBoundary(
        ReadOnlySpan<char> text,
        ref int pos,
        out int version,
        out string? error)
    {
        version = 0;
        if (pos < text.Length && Fold(text[pos]) is 'v' or 'V')
        {
            var digits = CountDigits(text, pos + 1, 3);
            if (digits == 0 || Fold(text[pos + 1]) == '0')
            {
                error = ErrorVersion;
                return false;
            }

            TryReadDigits(text, pos + 1, digits, out version);
            pos += 1 + digits;
            if (pos < text.Length && char.IsAsciiDigit(Fold(text[pos])))
            {
                error = ErrorVersion;
                return false;
            }
        }

        if (pos < text.Length && char.IsAsciiLetterOrDigit(Fold(text[pos])))
        {
            error = ErrorBoundary;
            return false;
        }

        error = null;
        return true;
    }

    // Full-width ASCII variants (U+FF01..U+FF5E: digits, letters, '．', '／', '：', '－') to ASCII.
    private static char Fold(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;

    private static bool IsArchiveChar(char c) => char.IsAsciiLetter(c) || c == '-';

    private static int CountArchiveChars(ReadOnlySpan<char> text, int start, int max)
    {
        var count = 0;
        while (count < max && start + count < text.Length && IsArchiveChar(Fold(text[start + count])))
        {
            count++;
        }

        return count;
    }

    private static int CountDigits(ReadOnlySpan<char> text, int start, int max)
    {
        var count = 0;
        while (count < max && start + count < text.Length && char.IsAsciiDigit(Fold(text[start + count])))
        {
            count++;
        }

        return count;
    }

    private static bool TryReadDigits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            var c = Fold(text[i]);
            if (!char.IsAsciiDigit(c))
            {
                value = 0;
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static ReadOnlySpan<char> FoldInto(ReadOnlySpan<char> source, Span<char> buffer)
    {
        for (var i = 0; i < source.Length; i++)
        {
            buffer[i] = Fold(source[i]);
        }

        return buffer[..source.Length];
    }

    private static string CreateFolded(ReadOnlySpan<char> source)
    {
        Span<char> buffer = stackalloc char[MaxSubjectClassLength];
        return new string(FoldInto(source, buffer));
    }

    private static string BuildErrorMessage(ReadOnlySpan<char> s, string? reason)
    {
        const int MaxShown = 64;
        var shown = s.Length > MaxShown ? s[..MaxShown] : s;
        var ellipsis = s.Length > MaxShown ? "…" : string.Empty;
        return string.Concat(
            string.Concat("'", shown, ellipsis),
            "' is not a valid arXiv identifier: ",
            reason ?? ErrorShape,
            ".");
    }

    private static bool IsVersionFormat(ReadOnlySpan<char> format)
    {
        if (format.IsEmpty || format is "G")
        {
            return false;
        }

        if (format is "V")
        {
            return true;
        }

        throw new FormatException(
            string.Concat("Unsupported ArxivId format '", format, "'; use \"G\" (canonical) or \"V\" (with version)."));
    }

    private static void WriteDigits(Span<char> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private static int DigitCount(int value) => value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : 4;

    private string ToStringCore(bool withVersion)
    {
        if (IsEmpty)
        {
            return string.Empty;
        }

        Span<char> buffer = stackalloc char[MaxFormattedLength];
        TryFormatCore(buffer, withVersion, out var written);
        return new string(buffer[..written]);
    }

    private int GetFormattedLength(bool withVersion)
    {
        if (IsEmpty)
        {
            return 0;
        }

        int length;
        if (_archive == 0)
        {
            length = 5 + NumberWidth;
        }
        else
        {
            length = ArxivArchives.GetName(_archive).Length + 1 + 7;
            if (_subjectClass is not null)
            {
                length += 1 + _subjectClass.Length;
            }
        }

        if (withVersion && _version != 0)
        {
            length += 1 + DigitCount(_version);
        }

        return length;
    }

    private bool TryFormatCore(Span<char> destination, bool withVersion, out int charsWritten)
    {
        var length = GetFormattedLength(withVersion);
        if (destination.Length < length)
        {
            charsWritten = 0;
            return false;
        }

        if (length == 0)
        {
            charsWritten = 0;
            return true;
        }

        var pos = 0;
        var yy = _year % 100;
        if (_archive == 0)
        {
            WriteDigits(destination.Slice(0, 2), yy);
            WriteDigits(destination.Slice(2, 2), _month);
            destination[4] = '.';
            pos = 5;
            var width = NumberWidth;
            WriteDigits(destination.Slice(pos, width), _number);
            pos += width;
        }
        else
        {
            var name = ArxivArchives.GetName(_archive);
            name.CopyTo(destination);
            pos = name.Length;
            if (_subjectClass is not null)
            {
                destination[pos++] = '.';
                _subjectClass.CopyTo(destination[pos..]);
                pos += _subjectClass.Length;
            }

            destination[pos++] = '/';
            WriteDigits(destination.Slice(pos, 2), yy);
            WriteDigits(destination.Slice(pos + 2, 2), _month);
            WriteDigits(destination.Slice(pos + 4, 3), _number);
            pos += 7;
        }

        if (withVersion && _version != 0)
        {
            destination[pos++] = 'v';
            var digits = DigitCount(_version);
            WriteDigits(destination.Slice(pos, digits), _version);
            pos += digits;
        }

        charsWritten = pos;
        return true;
    }

    private Uri CreateUrl(string prefix)
    {
        ThrowIfEmpty();
        return new Uri(string.Concat(prefix, ToString()), UriKind.Absolute);
    }

    private void ThrowIfEmpty()
    {
        if (IsEmpty)
        {
            throw new InvalidOperationException("The empty ArxivId (default) has no value.");
        }
    }
}
