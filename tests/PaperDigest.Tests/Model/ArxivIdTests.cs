using System.Globalization;
using System.Text;
using PaperDigest.Model;
using Xunit;

namespace PaperDigest.Tests.Model;

public class ArxivIdTests
{
    // ---------------------------------------------------------------- new style

    [Theory]
    [InlineData("2404.08634", 2024, 4, "08634", null)]
    [InlineData("2404.08634v2", 2024, 4, "08634", 2)]
    [InlineData("1706.03762v7", 2017, 6, "03762", 7)]
    [InlineData("2005.14165", 2020, 5, "14165", null)]
    [InlineData("0704.0001", 2007, 4, "0001", null)]
    [InlineData("0812.3456V3", 2008, 12, "3456", 3)]
    [InlineData("1412.1234", 2014, 12, "1234", null)]
    [InlineData("1412.9999v1", 2014, 12, "9999", 1)]
    [InlineData("1501.00001", 2015, 1, "00001", null)]
    [InlineData("2312.99999v999", 2023, 12, "99999", 999)]
    [InlineData("2501.00010v10", 2025, 1, "00010", 10)]
    [InlineData("9912.12345", 2099, 12, "12345", null)]
    public void Parse_accepts_new_style_identifiers(string text, int year, int month, string number, int? version)
    {
        var id = ArxivId.Parse(text);

        Assert.False(id.IsEmpty);
        Assert.False(id.IsOldStyle);
        Assert.Null(id.Archive);
        Assert.Null(id.SubjectClass);
        Assert.Equal(year, id.Year);
        Assert.Equal(month, id.Month);
        Assert.Equal(number, id.Number);
        Assert.Equal(version, id.Version);
        Assert.Equal(version is not null, id.HasVersion);
        Assert.True(ArxivId.TryParse(text, out var viaTry));
        Assert.Equal(id, viaTry);
        Assert.True(ArxivId.TryParse(text.AsSpan(), out var viaSpan));
        Assert.Equal(id, viaSpan);
    }

    [Theory]
    [InlineData("2404.08634", "2404.08634")]
    [InlineData("2404.08634v2", "2404.08634")]
    [InlineData("0812.3456V3", "0812.3456")]
    [InlineData("0704.0001", "0704.0001")]
    [InlineData("1501.00001v4", "1501.00001")]
    public void ToString_is_canonical_and_has_no_version(string text, string expected)
    {
        Assert.Equal(expected, ArxivId.Parse(text).ToString());
    }

    [Theory]
    [InlineData("1412.1234", true)]
    [InlineData("1412.12345", false)]
    [InlineData("1501.00001", true)]
    [InlineData("1501.0001", false)]
    [InlineData("0704.0001", true)]
    [InlineData("0704.00001", false)]
    [InlineData("2404.08634", true)]
    [InlineData("2404.0863", false)]
    [InlineData("2404.086345", false)]
    [InlineData("0912.12345", false)]
    [InlineData("1001.1234", true)]
    public void Number_width_depends_on_the_year_month(string text, bool valid)
    {
        Assert.Equal(valid, ArxivId.TryParse(text, out _));
    }

    [Theory]
    [InlineData("0703.1234")]
    [InlineData("0701.1234")]
    [InlineData("0612.1234")]
    [InlineData("0001.1234")]
    [InlineData("9105.1234")] // not 1991: new-style years are 20YY, and 2091 needs 5 digits
    public void New_style_before_April_2007_or_with_wrong_width_is_rejected(string text)
    {
        Assert.False(ArxivId.TryParse(text, out var id));
        Assert.True(id.IsEmpty);
    }

    [Theory]
    [InlineData("2413.12345")]
    [InlineData("2400.12345")]
    [InlineData("2499.12345")]
    [InlineData("0700.1234")]
    [InlineData("0713.1234")]
    [InlineData("hep-th/9913001")]
    [InlineData("hep-th/9900001")]
    public void Invalid_months_are_rejected(string text)
    {
        Assert.False(ArxivId.TryParse(text, out _));
        var ex = Assert.Throws<FormatException>(() => ArxivId.Parse(text));
        Assert.Contains("month", ex.Message, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- old style

    [Theory]
    [InlineData("hep-th/9901001", "hep-th", null, 1999, 1, "001", null)]
    [InlineData("hep-th/9711200", "hep-th", null, 1997, 11, "200", null)]
    [InlineData("quant-ph/9508027v2", "quant-ph", null, 1995, 8, "027", 2)]
    [InlineData("cond-mat.stat-mech/0605194", "cond-mat", "stat-mech", 2006, 5, "194", null)]
    [InlineData("math.GT/0309136", "math", "GT", 2003, 9, "136", null)]
    [InlineData("math/0309136v3", "math", null, 2003, 9, "136", 3)]
    [InlineData("cs/0112017", "cs", null, 2001, 12, "017", null)]
    [InlineData("cs.AI/0112017", "cs", "AI", 2001, 12, "017", null)]
    [InlineData("astro-ph/0703001", "astro-ph", null, 2007, 3, "001", null)]
    [InlineData("gr-qc/9101001", "gr-qc", null, 1991, 1, "001", null)]
    [InlineData("hep-th/9108001", "hep-th", null, 1991, 8, "001", null)]
    [InlineData("q-bio/0309001", "q-bio", null, 2003, 9, "001", null)]
    [InlineData("q-bio.NC/0309001", "q-bio", "NC", 2003, 9, "001", null)]
    [InlineData("physics.optics/0012001", "physics", "optics", 2000, 12, "001", null)]
    [InlineData("nlin/0001001", "nlin", null, 2000, 1, "001", null)]
    [InlineData("HEP-TH/9901001", "hep-th", null, 1999, 1, "001", null)]
    [InlineData("Cond-Mat.Stat-Mech/0605194v1", "cond-mat", "Stat-Mech", 2006, 5, "194", 1)]
    [InlineData("math.gt/0309136", "math", "gt", 2003, 9, "136", null)]
    public void Parse_accepts_old_style_identifiers(
        string text,
        string archive,
        string? subjectClass,
        int year,
        int month,
        string number,
        int? version)
    {
        var id = ArxivId.Parse(text);

        Assert.True(id.IsOldStyle);
        Assert.False(id.IsEmpty);
        Assert.Equal(archive, id.Archive);
        Assert.Equal(subjectClass, id.SubjectClass);
        Assert.Equal(year, id.Year);
        Assert.Equal(month, id.Month);
        Assert.Equal(number, id.Number);
        Assert.Equal(version, id.Version);
    }

    [Theory]
    [InlineData("hep-th/9901001", "hep-th/9901001")]
    [InlineData("HEP-TH/9901001v2", "hep-th/9901001")]
    [InlineData("cond-mat.stat-mech/0605194", "cond-mat.stat-mech/0605194")]
    [InlineData("Math.GT/0309136", "math.GT/0309136")]
    [InlineData("math.gt/0309136", "math.gt/0309136")]
    public void Old_style_canonical_form_lowers_the_archive_and_keeps_the_subject_class(string text, string expected)
    {
        Assert.Equal(expected, ArxivId.Parse(text).ToString());
    }

    [Theory]
    [InlineData("acc-phys/9411001")]
    [InlineData("adap-org/9303001")]
    [InlineData("alg-geom/9202001")]
    [InlineData("ao-sci/9502001")]
    [InlineData("atom-ph/9509001")]
    [InlineData("bayes-an/9506001")]
    [InlineData("chao-dyn/9301001")]
    [InlineData("chem-ph/9403001")]
    [InlineData("cmp-lg/9404001")]
    [InlineData("comp-gas/9302001")]
    [InlineData("dg-ga/9406001")]
    [InlineData("funct-an/9204001")]
    [InlineData("hep-ex/9404001")]
    [InlineData("hep-lat/9202001")]
    [InlineData("hep-ph/9203001")]
    [InlineData("math-ph/9609001")]
    [InlineData("mtrl-th/9411001")]
    [InlineData("nucl-ex/9412001")]
    [InlineData("nucl-th/9210001")]
    [InlineData("patt-sol/9302001")]
    [InlineData("physics/9610001")]
    [InlineData("plasm-ph/9509001")]
    [InlineData("q-alg/9412001")]
    [InlineData("solv-int/9901001")]
    [InlineData("supr-con/9411001")]
    public void Real_archives_including_defunct_ones_are_accepted(string text)
    {
        Assert.True(ArxivId.TryParse(text, out var id));
        Assert.Equal(text, id.ToString());
    }

    [Fact]
    public void Every_archive_of_the_table_parses_and_formats_back()
    {
        Assert.Equal(34, ArxivArchives.Count);
        foreach (var archive in ArxivArchives.All)
        {
            var text = archive + "/0101001";
            var id = ArxivId.Parse(text);
            Assert.Equal(archive, id.Archive);
            Assert.Equal(text, id.ToString());
            Assert.True(ArxivArchives.TryGetCode(archive.ToUpperInvariant(), out var code));
            Assert.Equal(archive, ArxivArchives.GetName(code));
        }
    }

    [Theory]
    [InlineData("foo-bar/9901001")]
    [InlineData("hep/9901001")]
    [InlineData("hepth/9901001")]
    [InlineData("hep-t/9901001")]
    [InlineData("stat/0601001")] // stat opened in April 2007: never had old-style identifiers
    [InlineData("q-fin/0601001")] // q-fin opened in December 2008
    [InlineData("eess/0601001")]
    [InlineData("econ/0601001")]
    [InlineData("test/0601001")]
    [InlineData("arxiv/0601001")]
    [InlineData("abcdefghijklmnop/9901001")]
    [InlineData("cond-matter/9901001")]
    public void Unknown_archives_are_rejected(string text)
    {
        Assert.False(ArxivId.TryParse(text, out _));
        var ex = Assert.Throws<FormatException>(() => ArxivId.Parse(text));
        Assert.Contains("unknown arXiv archive", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hep-th/990100")] // 6 digits
    [InlineData("hep-th/99010011")] // 8 digits
    [InlineData("hep-th/99010")]
    [InlineData("hep-th/")]
    [InlineData("hep-th")]
    [InlineData("hep-th9901001")]
    [InlineData("hep-th\\9901001")]
    [InlineData("hep-th/9901000")] // sequence number 0
    [InlineData("hep-th/0704001")] // after the switch to new-style identifiers
    [InlineData("hep-th/0801001")]
    [InlineData("hep-th/9001001")] // 1990
    [InlineData("hep-th/5001001")]
    [InlineData("hep-th/9901001v")]
    [InlineData("hep-th/9901001v0")]
    [InlineData("hep-th/9901001x")]
    [InlineData("hep-th.X/9901001")] // subject class too short
    [InlineData("cond-mat./0605194")]
    [InlineData("cond-mat.stat-mech0605194")]
    [InlineData("cond-mat.stat.mech/0605194")]
    [InlineData("cond-mat.-x/0605194")]
    [InlineData("cond-mat.abcdefghijklmnopq/0605194")] // 17 chars
    [InlineData("math.G1/0309136")]
    [InlineData("hep-th /9901001")]
    [InlineData("hep-th/ 9901001")]
    [InlineData("hep-th/9901 001")]
    public void Malformed_old_style_identifiers_are_rejected(string text)
    {
        Assert.False(ArxivId.TryParse(text, out var id));
        Assert.True(id.IsEmpty);
        Assert.Throws<FormatException>(() => ArxivId.Parse(text));
    }

    // ---------------------------------------------------------------- invalid input in general

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" 2404.08634")]
    [InlineData("2404.08634 ")]
    [InlineData("\t2404.08634")]
    [InlineData("2404.08634\n")]
    [InlineData("2404-08634")]
    [InlineData("2404,08634")]
    [InlineData("2404。08634")] // the ideographic full stop is punctuation, not a full-width dot
    [InlineData("2404.00000")]
    [InlineData("0704.0000")]
    [InlineData("240408634")]
    [InlineData("2404.")]
    [InlineData("2404")]
    [InlineData("240")]
    [InlineData(".2404.08634")]
    [InlineData("24040.8634")]
    [InlineData("02404.08634")]
    [InlineData("2404.08634v")]
    [InlineData("2404.08634v0")]
    [InlineData("2404.08634v01")]
    [InlineData("2404.08634v1000")]
    [InlineData("2404.08634v-1")]
    [InlineData("2404.08634vv2")]
    [InlineData("2404.08634v2v3")]
    [InlineData("2404.08634x")]
    [InlineData("2404.08634.pdf")]
    [InlineData("2404.08634)")]
    [InlineData("(2404.08634)")]
    [InlineData("2404.08634/")]
    [InlineData("2.31")]
    [InlineData("1.5B")]
    [InlineData("2024-04-20")]
    [InlineData("https://arxiv.org/abs/2404.08634")]
    [InlineData("arxiv.org/abs/2404.08634")]
    [InlineData("arXiv")]
    [InlineData("arXiv:")]
    [InlineData("arXiv: ")]
    [InlineData("arXiv 2404.08634")]
    [InlineData("arXiv.2404.08634")]
    [InlineData("arXiv :2404.08634")]
    [InlineData("arXiv:arXiv:2404.08634")]
    [InlineData("arXiv:2404.08634 ")]
    [InlineData("ａｒＸｉｖ：２４０４．０８６３４ｘ")]
    [InlineData("２４０４．０８６３４ｖ０")]
    [InlineData("-2404.08634")]
    [InlineData("\u00002404.08634")]
    [InlineData("2404.08634\u0000")]
    [InlineData("𝟐𝟒𝟎𝟒.𝟎𝟖𝟔𝟑𝟒")] // mathematical bold digits are not folded
    [InlineData("٢٤٠٤.٠٨٦٣٤")] // Arabic-Indic digits are not ASCII digits
    public void Invalid_text_is_rejected_without_throwing_by_TryParse(string text)
    {
        Assert.False(ArxivId.TryParse(text, out var id));
        Assert.Equal(default, id);
        Assert.False(ArxivId.TryParse(text.AsSpan(), out id));
        Assert.Equal(default, id);
        Assert.Throws<FormatException>(() => ArxivId.Parse(text));
        Assert.Throws<FormatException>(() => ArxivId.Parse(text.AsSpan()));
    }

    [Fact]
    public void Parse_of_null_throws_ArgumentNullException_and_TryParse_returns_false()
    {
        Assert.Throws<ArgumentNullException>(() => ArxivId.Parse((string)null!));
        Assert.False(ArxivId.TryParse((string?)null, out var id));
        Assert.True(id.IsEmpty);
    }

    [Theory]
    [InlineData("2413.12345", "month")]
    [InlineData("0703.1234", "April 2007")]
    [InlineData("1501.0001", "5 digits")]
    [InlineData("2404.086345", "5 digits")]
    [InlineData("1412.12345", "4 digits")]
    [InlineData("2404.00000", "zero")]
    [InlineData("foo-bar/9901001", "archive")]
    [InlineData("hep-th/0704001", "1991")]
    [InlineData("hep-th/990100", "7 digits")]
    [InlineData("cond-mat.x/0605194", "subject class")]
    [InlineData("2404.08634v0", "version")]
    [InlineData("2404.08634v1000", "version")]
    [InlineData("2404.08634x", "letter or digit")]
    [InlineData("2404.08634)", "after the identifier")]
    [InlineData("", "empty")]
    [InlineData("arXiv:", "empty")]
    [InlineData("hello", "YYMM.NNNNN")]
    [InlineData("#2404.08634", "YYMM.NNNNN")]
    public void FormatException_message_quotes_the_input_and_says_why(string text, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => ArxivId.Parse(text));

        Assert.Contains("'" + text + "'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a valid arXiv identifier", ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatException_message_for_huge_input_is_short()
    {
        var text = new string('9', 1_000_000);

        var ex = Assert.Throws<FormatException>(() => ArxivId.Parse(text));

        Assert.True(ex.Message.Length < 300, ex.Message);
        Assert.Contains("…", ex.Message, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- prefix and full width

    [Theory]
    [InlineData("arXiv:2404.08634")]
    [InlineData("arxiv:2404.08634")]
    [InlineData("ARXIV:2404.08634")]
    [InlineData("ArXiV:2404.08634")]
    [InlineData("arXiv: 2404.08634")]
    [InlineData("arXiv:   2404.08634")]
    [InlineData("arXiv:\t2404.08634")]
    [InlineData("arXiv:\u00A02404.08634")]
    [InlineData("arXiv:\u30002404.08634")]
    [InlineData("arXiv：2404.08634")]
    [InlineData("ａｒＸｉｖ：２４０４．０８６３４")]
    [InlineData("ａｒｘｉｖ： ２４０４．０８６３４")]
    [InlineData("２４０４．０８６３４")]
    [InlineData("2404．08634")]
    [InlineData("２４０４.08634")]
    public void Prefix_and_full_width_forms_parse_to_the_same_identifier(string text)
    {
        var expected = ArxivId.Parse("2404.08634");

        Assert.True(ArxivId.TryParse(text, out var id));
        Assert.Equal(expected, id);
        Assert.Equal("2404.08634", id.ToString());
        Assert.Equal(expected, ArxivId.Parse(text));
    }

    [Theory]
    [InlineData("arXiv:2404.08634v2", "2404.08634v2")]
    [InlineData("２４０４．０８６３４ｖ２", "2404.08634v2")]
    [InlineData("２４０４．０８６３４Ｖ１２", "2404.08634v12")]
    [InlineData("arXiv:hep-th/9901001", "hep-th/9901001")]
    [InlineData("arXiv: cond-mat.stat-mech/0605194v3", "cond-mat.stat-mech/0605194v3")]
    [InlineData("ｈｅｐ－ｔｈ／９９０１００１", "hep-th/9901001")]
    [InlineData("ＨＥＰ－ＴＨ／９９０１００１ｖ２", "hep-th/9901001v2")]
    [InlineData("ｍａｔｈ．ＧＴ／０３０９１３６", "math.GT/0309136")]
    [InlineData("ａｒＸｉｖ：ｍａｔｈ/0309136", "math/0309136")]
    public void Prefixed_and_full_width_identifiers_format_canonically(string text, string expectedWithVersion)
    {
        Assert.Equal(expectedWithVersion, ArxivId.Parse(text).ToString("V", null));
    }

    [Fact]
    public void Full_width_subject_class_is_stored_folded()
    {
        var id = ArxivId.Parse("ｃｏｎｄ－ｍａｔ．ｓｔａｔ－ｍｅｃｈ／０６０５１９４");

        Assert.Equal("cond-mat", id.Archive);
        Assert.Equal("stat-mech", id.SubjectClass);
        Assert.Equal(ArxivId.Parse("cond-mat.stat-mech/0605194"), id);
    }

    [Fact]
    public void Parsing_does_not_depend_on_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");

            Assert.Equal("physics", ArxivId.Parse("PHYSICS/9610001").Archive);
            Assert.Equal("solv-int", ArxivId.Parse("SOLV-INT/9901001").Archive);
            Assert.Equal("2404.08634", ArxivId.Parse("ARXIV:2404.08634").ToString());
            Assert.Equal("2404.08634v2", $"{ArxivId.Parse("2404.08634V2"):V}");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    // ---------------------------------------------------------------- formatting

    [Theory]
    [InlineData("2404.08634v2", null, "2404.08634")]
    [InlineData("2404.08634v2", "", "2404.08634")]
    [InlineData("2404.08634v2", "G", "2404.08634")]
    [InlineData("2404.08634v2", "V", "2404.08634v2")]
    [InlineData("2404.08634", "V", "2404.08634")]
    [InlineData("0704.0001v999", "V", "0704.0001v999")]
    [InlineData("hep-th/9901001v12", "V", "hep-th/9901001v12")]
    [InlineData("hep-th/9901001v12", "G", "hep-th/9901001")]
    [InlineData("cond-mat.stat-mech/0605194v1", "V", "cond-mat.stat-mech/0605194v1")]
    public void ToString_with_format(string text, string? format, string expected)
    {
        var id = ArxivId.Parse(text);

        Assert.Equal(expected, id.ToString(format, CultureInfo.InvariantCulture));
        Assert.Equal(expected, id.ToString(format, null));
    }

    [Theory]
    [InlineData("X")]
    [InlineData("v")]
    [InlineData("g")]
    [InlineData("VV")]
    [InlineData(" ")]
    public void Unsupported_formats_throw_FormatException(string format)
    {
        var id = ArxivId.Parse("2404.08634v2");
        var buffer = new char[64];

        Assert.Throws<FormatException>(() => id.ToString(format, null));
        Assert.Throws<FormatException>(() => id.TryFormat(buffer, out _, format, null));
    }

    [Fact]
    public void Interpolation_uses_the_format_string()
    {
        var id = ArxivId.Parse("2404.08634v2");

        Assert.Equal("[2404.08634] [2404.08634v2]", $"[{id}] [{id:V}]");
        Assert.Equal("2404.08634v2", string.Format(CultureInfo.InvariantCulture, "{0:V}", id));
    }

    [Theory]
    [InlineData("2404.08634v2", "V", "2404.08634v2")]
    [InlineData("2404.08634v2", "", "2404.08634")]
    [InlineData("1412.1234", "G", "1412.1234")]
    [InlineData("cond-mat.stat-mech/0605194v3", "V", "cond-mat.stat-mech/0605194v3")]
    public void TryFormat_needs_exactly_enough_room(string text, string format, string expected)
    {
        var id = ArxivId.Parse(text);

        var exact = new char[expected.Length];
        Assert.True(id.TryFormat(exact, out var written, format, null));
        Assert.Equal(expected.Length, written);
        Assert.Equal(expected, new string(exact));

        var tooSmall = new char[expected.Length - 1];
        Assert.False(id.TryFormat(tooSmall, out written, format, null));
        Assert.Equal(0, written);

        Assert.False(id.TryFormat(Span<char>.Empty, out written, format, null));
        Assert.Equal(0, written);

        var large = new char[100];
        Assert.True(id.TryFormat(large, out written, format, null));
        Assert.Equal(expected, new string(large, 0, written));
    }

    [Fact]
    public void Number_keeps_leading_zeros()
    {
        Assert.Equal("0001", ArxivId.Parse("0704.0001").Number);
        Assert.Equal("00001", ArxivId.Parse("1501.00001").Number);
        Assert.Equal("001", ArxivId.Parse("hep-th/9901001").Number);
        Assert.Equal("00100", ArxivId.Parse("2404.00100v3").Number);
    }

    [Fact]
    public void Round_trip_through_the_V_format_for_a_generated_list()
    {
        var ids = GenerateIdentifierTexts().ToList();
        Assert.True(ids.Count > 3000, ids.Count.ToString(CultureInfo.InvariantCulture));

        foreach (var text in ids)
        {
            var id = ArxivId.Parse(text);
            var withVersion = id.ToString("V", null);

            Assert.Equal(text, withVersion);
            Assert.Equal(id, ArxivId.Parse(withVersion));
            Assert.Equal(id.WithoutVersion(), ArxivId.Parse(id.ToString()));
            Assert.Equal(id, ArxivId.Parse("arXiv:" + withVersion));
            Assert.Equal(id, ArxivId.Parse(ToFullWidth(withVersion)));
            Assert.True(ArxivId.TryParsePrefix(withVersion + "。", out var scanned, out var consumed));
            Assert.Equal(id, scanned);
            Assert.Equal(withVersion.Length, consumed);
        }
    }

    // ---------------------------------------------------------------- versions and URLs

    [Fact]
    public void WithVersion_and_WithoutVersion()
    {
        var plain = ArxivId.Parse("2404.08634");
        var v2 = ArxivId.Parse("2404.08634v2");

        Assert.Equal(v2, plain.WithVersion(2));
        Assert.Equal(plain, v2.WithoutVersion());
        Assert.Equal(plain, plain.WithoutVersion());
        Assert.Equal("2404.08634v3", v2.WithVersion(3).ToString("V", null));
        Assert.Equal(999, plain.WithVersion(999).Version);
        Assert.Equal(
            "cond-mat.stat-mech/0605194v5",
            ArxivId.Parse("cond-mat.stat-mech/0605194").WithVersion(5).ToString("V", null));
        Assert.Equal(
            ArxivId.Parse("math.GT/0309136"),
            ArxivId.Parse("math.GT/0309136v4").WithoutVersion());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(1000)]
    [InlineData(int.MaxValue)]
    public void WithVersion_rejects_out_of_range_versions(int version)
    {
        var id = ArxivId.Parse("2404.08634");

        Assert.Throws<ArgumentOutOfRangeException>(() => id.WithVersion(version));
    }

    [Theory]
    [InlineData("2404.08634", "https://arxiv.org/abs/2404.08634", "https://arxiv.org/pdf/2404.08634")]
    [InlineData("2404.08634v2", "https://arxiv.org/abs/2404.08634", "https://arxiv.org/pdf/2404.08634")]
    [InlineData("hep-th/9901001v1", "https://arxiv.org/abs/hep-th/9901001", "https://arxiv.org/pdf/hep-th/9901001")]
    [InlineData(
        "cond-mat.stat-mech/0605194",
        "https://arxiv.org/abs/cond-mat.stat-mech/0605194",
        "https://arxiv.org/pdf/cond-mat.stat-mech/0605194")]
    public void Urls_use_the_canonical_form_without_version(string text, string abs, string pdf)
    {
        var id = ArxivId.Parse(text);

        Assert.Equal(new Uri(abs), id.AbsUrl);
        Assert.Equal(abs, id.AbsUrl.AbsoluteUri);
        Assert.Equal(new Uri(pdf), id.PdfUrl);
        Assert.Equal(pdf, id.PdfUrl.AbsoluteUri);
    }

    // ---------------------------------------------------------------- the empty identifier

    [Fact]
    public void Default_is_the_empty_identifier()
    {
        ArxivId empty = default;

        Assert.True(empty.IsEmpty);
        Assert.False(empty.IsOldStyle);
        Assert.Equal(string.Empty, empty.ToString());
        Assert.Equal(string.Empty, empty.ToString("V", null));
        Assert.Equal(string.Empty, empty.Number);
        Assert.Equal(0, empty.Year);
        Assert.Equal(0, empty.Month);
        Assert.Null(empty.Version);
        Assert.False(empty.HasVersion);
        Assert.Null(empty.Archive);
        Assert.Null(empty.SubjectClass);
        Assert.Equal(empty, empty.WithoutVersion());
        Assert.True(empty.TryFormat(Span<char>.Empty, out var written, "V", null));
        Assert.Equal(0, written);
        Assert.Throws<InvalidOperationException>(() => empty.AbsUrl);
        Assert.Throws<InvalidOperationException>(() => empty.PdfUrl);
        Assert.Throws<InvalidOperationException>(() => empty.WithVersion(1));
        Assert.Equal(empty.GetHashCode(), default(ArxivId).GetHashCode());
    }

    [Fact]
    public void Default_differs_from_every_parsed_identifier_and_sorts_first()
    {
        foreach (var text in SampleTexts)
        {
            var id = ArxivId.Parse(text);
            Assert.False(id.IsEmpty);
            Assert.NotEqual(default, id);
            Assert.True(default(ArxivId) != id);
            Assert.True(default(ArxivId) < id);
            Assert.False(id.Equals((object)default(ArxivId)));
        }
    }

    // ---------------------------------------------------------------- equality and ordering

    [Theory]
    [InlineData("2404.08634", "arXiv:2404.08634")]
    [InlineData("2404.08634", "２４０４．０８６３４")]
    [InlineData("2404.08634v2", "2404.08634V2")]
    [InlineData("hep-th/9901001", "HEP-TH/9901001")]
    [InlineData("hep-th/9901001", "Hep-Th/9901001")]
    [InlineData("cond-mat.stat-mech/0605194", "arxiv: Cond-Mat.stat-mech/0605194")]
    public void Equal_identifiers_have_equal_hash_codes(string left, string right)
    {
        var a = ArxivId.Parse(left);
        var b = ArxivId.Parse(right);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(0, a.CompareTo(b));
        Assert.True(a <= b);
        Assert.True(a >= b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Theory]
    [InlineData("2404.08634", "2404.08634v1")]
    [InlineData("2404.08634v1", "2404.08634v2")]
    [InlineData("2404.08634", "2404.08635")]
    [InlineData("2404.08634", "2405.08634")]
    [InlineData("2404.08634", "2304.08634")]
    [InlineData("hep-th/9901001", "hep-ph/9901001")]
    [InlineData("math/0309136", "math.GT/0309136")]
    [InlineData("math.GT/0309136", "math.gt/0309136")] // the subject class is kept as written
    [InlineData("math.GT/0309136", "math.AT/0309136")]
    [InlineData("hep-th/9901001", "hep-th/9901001v1")]
    public void Different_identifiers_are_not_equal(string left, string right)
    {
        var a = ArxivId.Parse(left);
        var b = ArxivId.Parse(right);

        Assert.NotEqual(a, b);
        Assert.False(a == b);
        Assert.True(a != b);
        Assert.False(a.Equals((object)b));
        Assert.NotEqual(0, a.CompareTo(b));
    }

    [Fact]
    public void Equals_object_rejects_other_types()
    {
        var id = ArxivId.Parse("2404.08634");

        Assert.False(id.Equals(null));
        Assert.False(id.Equals("2404.08634"));
        Assert.True(id.Equals((object)ArxivId.Parse("2404.08634")));
    }

    [Fact]
    public void HashSet_deduplicates_identifiers_written_differently()
    {
        var set = new HashSet<ArxivId>
        {
            ArxivId.Parse("2404.08634"),
            ArxivId.Parse("arXiv:2404.08634"),
            ArxivId.Parse("２４０４．０８６３４"),
            ArxivId.Parse("2404.08634v2").WithoutVersion(),
            ArxivId.Parse("2404.08634v2"),
            ArxivId.Parse("hep-th/9901001"),
            ArxivId.Parse("HEP-TH/9901001"),
        };

        Assert.Equal(3, set.Count);
    }

    [Fact]
    public void Ordering_is_chronological_then_archive_subject_and_version()
    {
        string[] expected =
        [
            "gr-qc/9101001",
            "hep-th/9108001",
            "hep-th/9108002",
            "hep-ph/9901001",
            "hep-th/9901001",
            "hep-th/9901001v1",
            "hep-th/9901001v2",
            "hep-th/9901002",
            "math/0309136",
            "math.AT/0309136",
            "math.GT/0309136",
            "math.GT/0309136v2",
            "astro-ph/0703001",
            "0704.0001",
            "0704.0002",
            "0704.1000",
            "1412.9999",
            "1501.00001",
            "1706.03762",
            "2404.08634",
            "2404.08634v1",
            "2404.08634v2",
            "2404.08634v10",
            "2404.10000",
            "2405.00001",
            "2501.00001",
        ];
        var parsed = expected.Select(ArxivId.Parse).ToList();
        var shuffled = parsed.OrderBy(id => id.GetHashCode()).ThenBy(id => id.ToString("V", null), StringComparer.Ordinal).ToList();
        shuffled.Reverse();
        shuffled.Add(default);

        shuffled.Sort();

        Assert.True(shuffled[0].IsEmpty);
        Assert.Equal(expected, shuffled.Skip(1).Select(id => id.ToString("V", null)));
    }

    [Fact]
    public void Comparison_operators_agree_with_CompareTo_and_Equals()
    {
        var ids = SampleTexts.Select(ArxivId.Parse).Append(default).ToList();

        foreach (var a in ids)
        {
            foreach (var b in ids)
            {
                var c = a.CompareTo(b);
                Assert.Equal(c == 0, a.Equals(b));
                Assert.Equal(c == 0, a == b);
                Assert.Equal(c < 0, a < b);
                Assert.Equal(c > 0, a > b);
                Assert.Equal(c <= 0, a <= b);
                Assert.Equal(c >= 0, a >= b);
                Assert.Equal(Math.Sign(c), -Math.Sign(b.CompareTo(a)));
            }
        }
    }

    // ---------------------------------------------------------------- generic parsing

    [Fact]
    public void Works_through_the_generic_parsing_interfaces()
    {
        Assert.Equal(ArxivId.Parse("2404.08634v2"), ParseGeneric<ArxivId>("2404.08634v2"));
        Assert.Equal(ArxivId.Parse("hep-th/9901001"), ParseSpanGeneric<ArxivId>("hep-th/9901001"));
        Assert.True(TryParseGeneric<ArxivId>("arXiv:2404.08634", out var id));
        Assert.Equal("2404.08634", id.ToString());
        Assert.False(TryParseGeneric<ArxivId>("2404.0863", out _));
        Assert.False(TryParseGeneric<ArxivId>(null, out _));
        Assert.True(TryParseSpanGeneric<ArxivId>("1501.00001", out id));
        Assert.Equal(2015, id.Year);
        Assert.False(TryParseSpanGeneric<ArxivId>("1501.0001", out _));
        Assert.Throws<FormatException>(() => ParseGeneric<ArxivId>("nope"));
        Assert.Throws<FormatException>(() => ParseSpanGeneric<ArxivId>("nope"));
        Assert.Throws<ArgumentNullException>(() => ParseGeneric<ArxivId>(null!));
    }

    // ---------------------------------------------------------------- TryParsePrefix

    [Theory]
    [InlineData("2404.08634", 10, "2404.08634")]
    [InlineData("2404.08634v2.pdf", 12, "2404.08634v2")]
    [InlineData("2404.08634)", 10, "2404.08634")]
    [InlineData("2404.08634。", 10, "2404.08634")]
    [InlineData("2404.08634，和", 10, "2404.08634")]
    [InlineData("2404.08634 and more", 10, "2404.08634")]
    [InlineData("2404.08634v2]", 12, "2404.08634v2")]
    [InlineData("2404.08634v12\n", 13, "2404.08634v12")]
    [InlineData("2404.08634.", 10, "2404.08634")]
    [InlineData("2404.08634-", 10, "2404.08634")]
    [InlineData("2404.08634_x", 10, "2404.08634")]
    [InlineData("2404.08634/", 10, "2404.08634")]
    [InlineData("2404.08634中文", 10, "2404.08634")]
    [InlineData("1412.1234.", 9, "1412.1234")]
    [InlineData("0704.0001v1 ", 11, "0704.0001v1")]
    [InlineData("hep-th/9901001v2,", 16, "hep-th/9901001v2")]
    [InlineData("cond-mat.stat-mech/0605194)", 26, "cond-mat.stat-mech/0605194")]
    [InlineData("math.GT/0309136 ", 15, "math.GT/0309136")]
    [InlineData("２４０４．０８６３４ｖ２。", 12, "2404.08634v2")]
    [InlineData("２４０４．０８６３４）", 10, "2404.08634")]
    public void TryParsePrefix_accepts_an_identifier_followed_by_a_boundary(string text, int consumed, string expected)
    {
        Assert.True(ArxivId.TryParsePrefix(text, out var id, out var used));
        Assert.Equal(consumed, used);
        Assert.Equal(expected, id.ToString("V", null));
        Assert.Equal(ArxivId.Parse(text.AsSpan(0, used)), id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2.31")]
    [InlineData("1.5B")]
    [InlineData("2024-04-20")]
    [InlineData("2024.04.20")]
    [InlineData("2404.086345")]
    [InlineData("2404.0863")]
    [InlineData("2404.0863 ")]
    [InlineData("1412.12345")]
    [InlineData("1501.0001")]
    [InlineData("1501.0001 ")]
    [InlineData("2404.08634abc")]
    [InlineData("2404.08634v2a")]
    [InlineData("2404.08634v")]
    [InlineData("2404.08634v.pdf")]
    [InlineData("2404.08634v0")]
    [InlineData("2404.08634v1000")]
    [InlineData("2404.08634ｘ")]
    [InlineData("2404.08634５")]
    [InlineData("2413.12345")]
    [InlineData("0703.1234")]
    [InlineData("arXiv:2404.08634")] // no prefix handling here: the caller skips "arXiv:"
    [InlineData(" 2404.08634")]
    [InlineData("(2404.08634)")]
    [InlineData("Transformer")]
    [InlineData("hep-th/99010011")]
    [InlineData("hep-th/9901001a")]
    [InlineData("foo-bar/9901001")]
    [InlineData("100.00")]
    [InlineData("12345.67890")]
    [InlineData("3.14159")]
    public void TryParsePrefix_rejects_non_identifiers_and_missing_boundaries(string text)
    {
        Assert.False(ArxivId.TryParsePrefix(text, out var id, out var consumed));
        Assert.True(id.IsEmpty);
        Assert.Equal(0, consumed);
    }

    [Fact]
    public void TryParsePrefix_finds_every_identifier_in_running_text()
    {
        const string Text =
            "本周论文：2404.08634（Meta），arXiv:2404.08801v2。见 https://arxiv.org/abs/2404.09313v1.pdf 与 "
            + "hep-th/9901001, not 2.31 or 1.5B or 2024-04-20 or 2404.086345 or 2404.0863; "
            + "old: math.GT/0309136v2.";
        var found = new List<string>();

        var i = 0;
        while (i < Text.Length)
        {
            var atBoundary = i == 0 || (!char.IsAsciiLetterOrDigit(Text[i - 1]) && Text[i - 1] != '.');
            if (atBoundary && ArxivId.TryParsePrefix(Text.AsSpan(i), out var id, out var consumed))
            {
                found.Add(id.ToString("V", null));
                i += consumed;
            }
            else
            {
                i++;
            }
        }

        Assert.Equal(
            new[] { "2404.08634", "2404.08801v2", "2404.09313v1", "hep-th/9901001", "math.GT/0309136v2" },
            found);
    }

    // ---------------------------------------------------------------- allocation and adversarial input

    [Fact]
    public void TryParse_and_TryParsePrefix_allocate_nothing_for_common_identifiers()
    {
        const string NewStyle = "2404.08634v2";
        const string Prefixed = "arXiv: 2404.08634";
        const string OldStyle = "hep-th/9901001v3";
        const string Text = "1706.03762v7, the transformer paper";

        // Warm up (JIT, static tables).
        for (var i = 0; i < 100; i++)
        {
            _ = ArxivId.TryParse(NewStyle.AsSpan(), out _);
            _ = ArxivId.TryParse(Prefixed, out _);
            _ = ArxivId.TryParse(OldStyle.AsSpan(), out _);
            _ = ArxivId.TryParsePrefix(Text, out _, out _);
            _ = ArxivId.TryParse("2404.0863x", out _);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var successes = 0;
        for (var i = 0; i < 1000; i++)
        {
            successes += ArxivId.TryParse(NewStyle.AsSpan(), out _) ? 1 : 0;
            successes += ArxivId.TryParse(Prefixed, out _) ? 1 : 0;
            successes += ArxivId.TryParse(OldStyle.AsSpan(), out _) ? 1 : 0;
            successes += ArxivId.TryParsePrefix(Text, out _, out _) ? 1 : 0;
            successes += ArxivId.TryParse("2404.0863x", out _) ? 1 : 0;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(4000, successes);
        Assert.Equal(0L, allocated);
    }

    [Theory]
    [InlineData('1')]
    [InlineData('9')]
    [InlineData('.')]
    [InlineData('/')]
    [InlineData('a')]
    [InlineData('-')]
    [InlineData('v')]
    [InlineData('５')]
    [InlineData('\uFFFF')]
    public void One_megabyte_of_one_character_is_rejected(char c)
    {
        var text = new string(c, 1_000_000);

        Assert.False(ArxivId.TryParse(text, out _));
        Assert.False(ArxivId.TryParse(text.AsSpan(), out _));
        Assert.False(ArxivId.TryParsePrefix(text, out _, out var consumed));
        Assert.Equal(0, consumed);
        Assert.Throws<FormatException>(() => ArxivId.Parse(text));
    }

    [Fact]
    public void One_megabyte_after_a_valid_identifier()
    {
        var glued = "2404.08634" + new string('7', 1_000_000);
        var separated = "2404.08634v2 " + new string('x', 1_000_000);
        var prefixSpaces = "arXiv:" + new string(' ', 1_000_000) + "2404.08634";
        var repeated = new StringBuilder().Insert(0, "2404.08634 ", 90_000).ToString();

        Assert.False(ArxivId.TryParse(glued, out _));
        Assert.False(ArxivId.TryParsePrefix(glued, out _, out _));

        Assert.False(ArxivId.TryParse(separated, out _));
        Assert.True(ArxivId.TryParsePrefix(separated, out var id, out var consumed));
        Assert.Equal("2404.08634v2", id.ToString("V", null));
        Assert.Equal(12, consumed);

        Assert.True(ArxivId.TryParse(prefixSpaces, out id));
        Assert.Equal("2404.08634", id.ToString());

        Assert.False(ArxivId.TryParse(repeated, out _));
        Assert.True(ArxivId.TryParsePrefix(repeated, out _, out consumed));
        Assert.Equal(10, consumed);
    }

    [Fact]
    public void One_megabyte_of_random_garbage_scanned_at_every_position()
    {
        const string Alphabet = "0123456789012345678901234567890123456789.../v-hepth-condmat.stat-mechGT arXiv:０４．ｖ。)";
        var random = new Random(20240420);
        var chars = new char[1_000_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        var text = new string(chars);
        Assert.False(ArxivId.TryParse(text, out _));

        var matches = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (ArxivId.TryParsePrefix(text.AsSpan(i), out var id, out var consumed))
            {
                matches++;
                Assert.InRange(consumed, 9, ArxivId.MaxFormattedLength);
                Assert.Equal(id, ArxivId.Parse(text.AsSpan(i, consumed)));
                Assert.True(i + consumed == text.Length || !char.IsAsciiLetterOrDigit(Fold(text[i + consumed])));
            }
        }

        // The alphabet is digit-heavy, so some positions do hold identifiers; the exact count does not matter.
        Assert.True(matches > 0);
    }

    // ---------------------------------------------------------------- helpers

    private static readonly string[] SampleTexts =
    [
        "2404.08634",
        "2404.08634v1",
        "2404.08634v2",
        "2404.08635",
        "1706.03762v7",
        "0704.0001",
        "1412.9999",
        "1501.00001",
        "hep-th/9901001",
        "hep-th/9901001v2",
        "hep-ph/9901001",
        "math/0309136",
        "math.GT/0309136",
        "math.gt/0309136",
        "cond-mat.stat-mech/0605194",
        "astro-ph/0703001",
    ];

    private static IEnumerable<string> GenerateIdentifierTexts()
    {
        string?[] versions = [null, "v1", "v2", "v10", "v999"];
        for (var year = 2007; year <= 2026; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                var yearMonth = (year * 100) + month;
                if (yearMonth < 2007_04)
                {
                    continue;
                }

                var yymm = (((year % 100) * 100) + month).ToString("D4", CultureInfo.InvariantCulture);
                var width = yearMonth <= 2014_12 ? 4 : 5;
                int[] numbers = width == 4 ? [1, 9, 42, 1234, 9999] : [1, 42, 8634, 12345, 99999];
                foreach (var number in numbers)
                {
                    var digits = number.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                    yield return yymm + "." + digits + versions[number % versions.Length];
                    yield return yymm + "." + digits + versions[(number + month) % versions.Length];
                }
            }
        }

        foreach (var archive in ArxivArchives.All)
        {
            foreach (var yymm in new[] { "9101", "9512", "9901", "0001", "0612", "0703" })
            {
                foreach (var number in new[] { "001", "123", "999" })
                {
                    yield return archive + "/" + yymm + number;
                    yield return archive + "/" + yymm + number + "v3";
                    yield return archive + ".XY/" + yymm + number;
                    yield return archive + ".stat-mech/" + yymm + number + "v1";
                }
            }
        }
    }

    private static string ToFullWidth(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is > ' ' and <= '~')
            {
                chars[i] = (char)(chars[i] + 0xFEE0);
            }
        }

        return new string(chars);
    }

    private static char Fold(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;

    private static T ParseGeneric<T>(string s)
        where T : IParsable<T> => T.Parse(s, CultureInfo.InvariantCulture);

    private static T ParseSpanGeneric<T>(string s)
        where T : ISpanParsable<T> => T.Parse(s.AsSpan(), CultureInfo.InvariantCulture);

    private static bool TryParseGeneric<T>(string? s, out T? result)
        where T : IParsable<T> => T.TryParse(s, CultureInfo.InvariantCulture, out result);

    private static bool TryParseSpanGeneric<T>(string s, out T? result)
        where T : ISpanParsable<T> => T.TryParse(s.AsSpan(), CultureInfo.InvariantCulture, out result);
}
