using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using PaperDigest.Model;

namespace PaperDigest.Tests.Properties;

/// <summary>Generators of valid arXiv identifiers of both schemes, and of near misses that must be rejected.</summary>
public static class ArxivIdGen
{
    private static readonly string[] SubjectClasses = ["GT", "AG", "AI", "CL", "LG", "stat-mech", "supr-con", "NC", "optics", "str-el"];

    /// <summary>New style: <c>YYMM.NNNN</c> from 0704 to 1412, <c>YYMM.NNNNN</c> from 1501 on, no version.</summary>
    public static Gen<string> NewStyle { get; } =
        from year in Gen.Choose(7, 99)
        from month in Gen.Choose(year == 7 ? 4 : 1, 12)
        let width = (year * 100) + month <= 1412 ? 4 : 5
        from number in Gen.Frequency((1, Gen.Choose(1, 9)), (3, Gen.Choose(1, width == 4 ? 9999 : 99999)))
        select string.Create(CultureInfo.InvariantCulture, $"{year:00}{month:00}.{number.ToString(width == 4 ? "0000" : "00000", CultureInfo.InvariantCulture)}");

    /// <summary>Old style: <c>archive[.SUBJ]/YYMMNNN</c> from 9101 to 0703 with a real archive, no version.</summary>
    public static Gen<string> OldStyle { get; } =
        from archive in Gen.Elements(ArxivArchives.All.ToArray())
        from subject in Gen.Frequency((3, Gen.Constant<string?>(null)), (1, Gen.Elements(SubjectClasses).Select(s => (string?)s)))
        from yy in Gen.Elements(91, 92, 95, 99, 0, 3, 6, 7)
        from month in Gen.Choose(1, yy == 7 ? 3 : 12)
        from number in Gen.Choose(1, 999)
        select string.Create(CultureInfo.InvariantCulture, $"{archive}{(subject is null ? string.Empty : "." + subject)}/{yy:00}{month:00}{number:000}");

    /// <summary>Either scheme, without version.</summary>
    public static Gen<string> Canonical { get; } = Gen.Frequency((4, NewStyle), (1, OldStyle));

    /// <summary>An optional version, 1 to 999.</summary>
    public static Gen<int?> Version { get; } =
        Gen.Frequency((2, Gen.Constant<int?>(null)), (2, Gen.Choose(1, 9).Select(v => (int?)v)), (1, Gen.Choose(1, 999).Select(v => (int?)v)));

    /// <summary>Identifiers that break exactly one rule, with the rule.</summary>
    public static Gen<(string Text, string Reason)> Invalid { get; } = Gen.OneOf(
        NewStyle.Select(id => (id[..2] + "00" + id[4..], "month 00")),
        NewStyle.Select(id => (id[..2] + "13" + id[4..], "month 13")),
        Gen.Choose(1, 9999).Select(n => (string.Create(CultureInfo.InvariantCulture, $"0703.{n:0000}"), "new style before 0704")),
        NewStyle.Where(id => id.Length == 9).Select(id => (id + "1", "five digits before 1501")),
        NewStyle.Where(id => id.Length == 10).Select(id => (id[..^1], "four digits from 1501 on")),
        NewStyle.Select(id => (id[..5] + new string('0', id.Length - 5), "sequence number 0")),
        OldStyle.Select(id => ("foo-bar" + id[id.IndexOf('/', StringComparison.Ordinal)..], "unknown archive")),
        OldStyle.Select(id => (id[..(id.IndexOf('/', StringComparison.Ordinal) + 1)] + "08" + id[(id.IndexOf('/', StringComparison.Ordinal) + 3)..], "old style after 0703")),
        OldStyle.Select(id => (id[..(id.IndexOf('/', StringComparison.Ordinal) + 1)] + "90" + id[(id.IndexOf('/', StringComparison.Ordinal) + 3)..], "old style before 91")),
        OldStyle.Select(id => (id[..^1], "six digits after the archive")),
        Canonical.Select(id => (id + "v0", "version 0")),
        Canonical.Select(id => (id + "v01", "version with a leading zero")),
        Canonical.Select(id => (id + "v1000", "version above 999")),
        Canonical.Select(id => (id + "x", "a letter after the identifier")),
        Canonical.Select(id => (" " + id, "leading space")),
        Canonical.Select(id => (id + " ", "trailing space")),
        Canonical.Select(id => (id.Replace("/", "//", StringComparison.Ordinal).Replace(".", "..", StringComparison.Ordinal), "doubled separator")));
}
