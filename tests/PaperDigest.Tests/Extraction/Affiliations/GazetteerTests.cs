using System.Text;
using PaperDigest.Extraction;
using PaperDigest.Extraction.Affiliations;
using Xunit;

namespace PaperDigest.Tests.Extraction.Affiliations;

public sealed class GazetteerTests
{
    private const int OneMegabyte = 1 << 20;

    private static readonly HashSet<string> IsoCountries = new(StringComparer.Ordinal)
    {
        "AE", "AT", "AU", "BE", "CA", "CH", "CN", "DE", "DK", "FI", "FR", "GB", "HK", "IL", "IN", "IT", "JP", "KR", "MO", "NL",
        "NZ", "QA", "RU", "SA", "SE", "SG", "TW", "US",
    };

    private static string ReadResource()
    {
        using Stream? stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(Gazetteer.ResourceName);
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static List<GazetteerMatch> Find(string text, Gazetteer? gazetteer = null)
    {
        var matches = new List<GazetteerMatch>();
        (gazetteer ?? Gazetteer.Default).FindAll(text, matches);
        return matches;
    }

    [Fact]
    public void Embedded_file_starts_with_a_header_and_has_three_columns_per_line()
    {
        string[] lines = ReadResource().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("#", lines[0], StringComparison.Ordinal);
        Assert.Contains("ISO 3166-1 alpha-2", lines[1], StringComparison.Ordinal);
        int institutions = 0;
        var canonicalNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in lines)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            string[] fields = line.Split('\t');
            Assert.True(fields.Length == 3, "Not three columns: " + line);
            Assert.False(string.IsNullOrWhiteSpace(fields[0]), line);
            Assert.True(IsoCountries.Contains(fields[1]), "Unexpected country code: " + line);
            Assert.True(canonicalNames.Add(fields[0]), "Listed twice: " + fields[0]);
            Assert.DoesNotContain(string.Empty, fields[2].Split('|').Select(a => a.Trim()));
            institutions++;
        }

        Assert.True(institutions >= 300, $"Only {institutions} institutions.");
    }

    [Fact]
    public void No_alias_of_the_embedded_file_maps_to_two_institutions()
    {
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        var clashes = new List<string>();
        foreach (string line in ReadResource().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            string[] fields = line.Split('\t');
            foreach (string name in fields[2].Split('|').Append(fields[0]))
            {
                string key = Gazetteer.NormalizeKey(name);
                if (owner.TryGetValue(key, out string? other) && other != fields[0])
                {
                    clashes.Add($"{name}: {other} / {fields[0]}");
                }

                owner[key] = fields[0];
            }
        }

        Assert.Empty(clashes);
    }

    [Fact]
    public void Default_loads_every_line_without_problems()
    {
        Gazetteer gazetteer = Gazetteer.Default;
        Assert.Empty(gazetteer.Problems);
        Assert.True(gazetteer.Entries.Count >= 300);
        Assert.Same(gazetteer, Gazetteer.Default);
    }

    [Fact]
    public void Default_is_the_same_instance_from_many_threads()
    {
        var seen = new Gazetteer[16];
        Parallel.For(0, seen.Length, i => seen[i] = Gazetteer.Default);
        Assert.All(seen, g => Assert.Same(Gazetteer.Default, g));
    }

    [Theory]
    [InlineData("MIT", "Massachusetts Institute of Technology", "US")]
    [InlineData("Massachusetts Institute of Technology", "Massachusetts Institute of Technology", "US")]
    [InlineData("麻省理工大学", "Massachusetts Institute of Technology", "US")]
    [InlineData("麻省理工学院", "Massachusetts Institute of Technology", "US")]
    [InlineData("mit", "Massachusetts Institute of Technology", "US")]
    [InlineData("ＭＩＴ", "Massachusetts Institute of Technology", "US")]
    [InlineData("  MIT\u3000", "Massachusetts Institute of Technology", "US")]
    [InlineData("德州大学奥斯汀分校", "University of Texas at Austin", "US")]
    [InlineData("德州大学 奥斯汀分校", "University of Texas at Austin", "US")]
    [InlineData("得克萨斯大学奥斯汀分校", "University of Texas at Austin", "US")]
    [InlineData("UT Austin", "University of Texas at Austin", "US")]
    [InlineData("the University of Texas at Austin", "University of Texas at Austin", "US")]
    [InlineData("Google", "Google", "US")]
    [InlineData("Google Research", "Google", "US")]
    [InlineData("谷歌", "Google", "US")]
    [InlineData("谷歌研究院", "Google", "US")]
    [InlineData("DeepMind", "Google DeepMind", "GB")]
    [InlineData("谷歌DeepMind", "Google DeepMind", "GB")]
    [InlineData("谷歌 DeepMind", "Google DeepMind", "GB")]
    [InlineData("Meta AI", "Meta", "US")]
    [InlineData("FAIR", "Meta", "US")]
    [InlineData("Microsoft", "Microsoft", "US")]
    [InlineData("微软", "Microsoft", "US")]
    [InlineData("Microsoft Research", "Microsoft Research", "US")]
    [InlineData("微软研究院", "Microsoft Research", "US")]
    [InlineData("微软亚洲研究院", "Microsoft Research Asia", "CN")]
    [InlineData("MSRA", "Microsoft Research Asia", "CN")]
    [InlineData("英伟达", "NVIDIA", "US")]
    [InlineData("清华大学", "Tsinghua University", "CN")]
    [InlineData("清华", "Tsinghua University", "CN")]
    [InlineData("北京大学", "Peking University", "CN")]
    [InlineData("中国科学院自动化研究所", "Institute of Automation, Chinese Academy of Sciences", "CN")]
    [InlineData("上海人工智能实验室", "Shanghai Artificial Intelligence Laboratory", "CN")]
    [InlineData("上海AI实验室", "Shanghai Artificial Intelligence Laboratory", "CN")]
    [InlineData("智源研究院", "Beijing Academy of Artificial Intelligence", "CN")]
    [InlineData("阿里巴巴达摩院", "Alibaba DAMO Academy", "CN")]
    [InlineData("通义实验室", "Tongyi Lab", "CN")]
    [InlineData("腾讯AI Lab", "Tencent AI Lab", "CN")]
    [InlineData("华为诺亚方舟实验室", "Huawei Noah's Ark Lab", "CN")]
    [InlineData("Noah’s Ark Lab", "Huawei Noah's Ark Lab", "CN")]
    [InlineData("香港中文大学", "The Chinese University of Hong Kong", "HK")]
    [InlineData("香港中文大学（深圳）", "The Chinese University of Hong Kong, Shenzhen", "CN")]
    [InlineData("香港中文大学 (深圳)", "The Chinese University of Hong Kong, Shenzhen", "CN")]
    [InlineData("UNC Chapel Hill", "University of North Carolina at Chapel Hill", "US")]
    [InlineData("UNC-Chapel Hill", "University of North Carolina at Chapel Hill", "US")]
    [InlineData("马萨诸塞大学阿默斯特分校", "University of Massachusetts Amherst", "US")]
    [InlineData("University of California, Berkeley", "University of California, Berkeley", "US")]
    [InlineData("University of California,Berkeley", "University of California, Berkeley", "US")]
    [InlineData("加州大学圣地亚哥分校", "University of California, San Diego", "US")]
    [InlineData("卡内基梅隆大学", "Carnegie Mellon University", "US")]
    [InlineData("卡内基 · 梅隆大学", "Carnegie Mellon University", "US")]
    [InlineData("Texas A & M University", "Texas A&M University", "US")]
    [InlineData("ETH Zürich", "ETH Zurich", "CH")]
    [InlineData("南洋理工", "Nanyang Technological University", "SG")]
    [InlineData("新加坡国立大学", "National University of Singapore", "SG")]
    [InlineData("KAIST", "KAIST", "KR")]
    [InlineData("東京大学", "The University of Tokyo", "JP")]
    [InlineData("ebay", "eBay", "US")]
    [InlineData("Hugging Face", "Hugging Face", "US")]
    [InlineData("AI2", "Allen Institute for AI", "US")]
    [InlineData("Mistral AI", "Mistral AI", "FR")]
    [InlineData("Snap", "Snap Inc.", "US")]
    public void TryLookup_finds_aliases_in_any_spelling(string name, string canonical, string country)
    {
        Assert.True(Gazetteer.Default.TryLookup(name, out GazetteerEntry? entry), name);
        Assert.Equal(canonical, entry.CanonicalName);
        Assert.Equal(country, entry.Country);
    }

    [Theory]
    [InlineData("A6000")]
    [InlineData("A100")]
    [InlineData("RTX 4090")]
    [InlineData("Llama2")]
    [InlineData("GPT2-medium")]
    [InlineData("DeepSpeed")]
    [InlineData("MMLU")]
    [InlineData("OpenWebText")]
    [InlineData("Transformer")]
    [InlineData("Mega")]
    [InlineData("ICL")]
    [InlineData("submit")]
    [InlineData("MITx")]
    [InlineData("大学")]
    [InlineData("字节")]
    [InlineData("")]
    [InlineData("   ")]
    public void TryLookup_rejects_names_that_are_no_institution(string name)
    {
        Assert.False(Gazetteer.Default.TryLookup(name, out GazetteerEntry? entry));
        Assert.Null(entry);
    }

    [Fact]
    public void TryLookup_rejects_a_one_megabyte_name()
    {
        Assert.False(Gazetteer.Default.TryLookup(new string('M', OneMegabyte), out _));
        Assert.False(Gazetteer.Default.TryLookup(string.Concat(Enumerable.Repeat("MIT ", OneMegabyte / 4)), out _));
    }

    [Theory]
    [InlineData("Please submit the form.")]
    [InlineData("MITx courses are online.")]
    [InlineData("Contact alice@MIT for details.")]
    [InlineData("Meta-learning and meta learning are popular.")]
    [InlineData("We ate an apple and took a snap.")]
    [InlineData("Mistral 7B beats Llama2 on MMLU.")]
    [InlineData("Mistral-7B-Instruct is a model.")]
    [InlineData("Trained on a Tesla V100.")]
    [InlineData("In-context learning (ICL) with DeepSpeed on an A6000.")]
    [InlineData("来自河北大学的研究团队")]
    [InlineData("他们使用了 32 字节的缓存")]
    [InlineData("北京东城区的一家公司")]
    [InlineData("南京东路上的实验")]
    public void FindAll_ignores_aliases_that_are_part_of_other_words_or_products(string text)
    {
        List<GazetteerMatch> matches = Find(text);
        if (text.StartsWith("来自河北大学", StringComparison.Ordinal))
        {
            // 河北大学 is an institution of its own; the short form 北大 (Peking University) must not be found inside it.
            Assert.Equal("Hebei University", Assert.Single(matches).Entry.CanonicalName);
        }
        else
        {
            Assert.Empty(matches);
        }
    }

    [Theory]
    [InlineData("MIT、谷歌新研究:", "MIT|谷歌")]
    [InlineData("来自 Meta、南加州大学、卡内基梅隆大学和加州大学圣地亚哥分校的研究团队", "Meta|南加州大学|卡内基梅隆大学|加州大学圣地亚哥分校")]
    [InlineData("来自香港中文大学（深圳）的团队", "香港中文大学（深圳）")]
    [InlineData("Researchers at MIT-IBM Watson AI Lab and MIT.", "MIT-IBM Watson AI Lab|MIT")]
    [InlineData("APPLE and Apple and DEEPMIND and Deepmind", "APPLE|Apple|DEEPMIND|Deepmind")]
    [InlineData("the University of California, Berkeley team", "University of California, Berkeley")]
    [InlineData("德州大学 奥斯汀分校团队", "德州大学 奥斯汀分校")]
    [InlineData("Ｇｏｏｇｌｅ和ｅＢａｙ", "Ｇｏｏｇｌｅ|ｅＢａｙ")]
    [InlineData("京东和北京京东探索研究院", "京东|京东探索研究院")]
    public void FindAll_reports_longest_aliases_as_written(string text, string expected)
    {
        List<GazetteerMatch> matches = Find(text);
        Assert.Equal(expected.Split('|'), matches.Select(m => text.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void FindAll_case_rules_follow_the_alias_spelling()
    {
        Assert.Single(Find("Apple researchers"));
        Assert.Empty(Find("apple researchers"));
        Assert.Single(Find("DeepMind researchers"));
        Assert.Empty(Find("deepMind researchers"));
        Assert.Single(Find("Mit researchers is not MIT"));
        Assert.Equal(23, Find("Mit researchers is not MIT")[0].Start);
        Assert.Single(Find("CARNEGIE MELLON UNIVERSITY"));
        Assert.Single(Find("Carnegie mellon university"));
        Assert.Empty(Find("carnegie mellon university"));
    }

    [Fact]
    public void WithEntries_adds_institutions_and_user_entries_win()
    {
        Gazetteer custom = Gazetteer.Default.WithEntries(
        [
            new GazetteerEntry("University of Stuttgart", "de", ["斯图加特大学", "Uni Stuttgart"]),
            new GazetteerEntry("Alphabet", "US", ["谷歌"]),
            new GazetteerEntry("massachusetts institute of technology", null, ["麻省理工大学院"]),
        ]);

        Assert.True(custom.TryLookup("斯图加特大学", out GazetteerEntry? stuttgart));
        Assert.Equal("University of Stuttgart", stuttgart.CanonicalName);
        Assert.Equal("DE", stuttgart.Country);

        Assert.True(custom.TryLookup("谷歌", out GazetteerEntry? alphabet));
        Assert.Equal("Alphabet", alphabet.CanonicalName);
        Assert.True(custom.TryLookup("Google", out GazetteerEntry? google));
        Assert.DoesNotContain("谷歌", google.Aliases);

        // Same canonical name: merged, keeping the built-in aliases and country.
        Assert.True(custom.TryLookup("麻省理工大学院", out GazetteerEntry? mit));
        Assert.True(custom.TryLookup("MIT", out GazetteerEntry? mit2));
        Assert.Same(mit, mit2);
        Assert.Equal("US", mit.Country);
        Assert.Contains("麻省理工学院", mit.Aliases);

        Assert.Equal(Gazetteer.Default.Entries.Count + 2, custom.Entries.Count);
        Assert.Equal("谷歌", Find("来自谷歌的团队", custom).Single().Entry.Aliases.Single());

        // The default gazetteer is unchanged.
        Assert.True(Gazetteer.Default.TryLookup("谷歌", out GazetteerEntry? stillGoogle));
        Assert.Equal("Google", stillGoogle.CanonicalName);
        Assert.False(Gazetteer.Default.TryLookup("斯图加特大学", out _));
    }

    [Fact]
    public void WithEntries_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => Gazetteer.Default.WithEntries(null!));
    }

    [Fact]
    public void FromTsv_skips_comments_and_reports_malformed_lines_and_clashing_aliases()
    {
        const string Tsv = "# header\n\nAlpha Lab\tUS\tAL|阿尔法\nBroken\tUSA\tX\nBeta Lab\tCN\tBL|阿尔法\nGamma Lab\t\t\n";
        Gazetteer gazetteer = Gazetteer.FromTsv(new StringReader(Tsv));
        Assert.Equal(["Alpha Lab", "Beta Lab", "Gamma Lab"], gazetteer.Entries.Select(e => e.CanonicalName));
        Assert.Equal(2, gazetteer.Problems.Count);
        Assert.True(gazetteer.TryLookup("阿尔法", out GazetteerEntry? alpha));
        Assert.Equal("Alpha Lab", alpha.CanonicalName);
        Assert.Equal(["BL"], gazetteer.Entries[1].Aliases);
        Assert.True(gazetteer.TryLookup("gamma lab", out GazetteerEntry? gamma));
        Assert.Null(gamma.Country);
    }

    [Fact]
    public void GazetteerEntry_validates_and_compares_by_value()
    {
        var source = new List<string> { " MIT ", "", "麻省理工" };
        var entry = new GazetteerEntry(" Massachusetts Institute of Technology ", "us", source);
        source.Add("changed");
        Assert.Equal("Massachusetts Institute of Technology", entry.CanonicalName);
        Assert.Equal("US", entry.Country);
        Assert.Equal(["MIT", "麻省理工"], entry.Aliases);
        Assert.Equal(entry, new GazetteerEntry("Massachusetts Institute of Technology", "US", ["MIT", "麻省理工"]));
        Assert.Equal(entry.GetHashCode(), new GazetteerEntry("Massachusetts Institute of Technology", "US", ["MIT", "麻省理工"]).GetHashCode());
        Assert.NotEqual(entry, entry with { Aliases = ["MIT"] });
        Assert.Null(new GazetteerEntry("X", " ", []).Country);
        Assert.Throws<ArgumentException>(() => new GazetteerEntry("X", "USA", []));
        Assert.Throws<ArgumentException>(() => entry with { Country = "1A" });
        Assert.Throws<ArgumentException>(() => new GazetteerEntry(" ", "US", []));
        Assert.Throws<ArgumentNullException>(() => new GazetteerEntry(null!, "US", []));
        Assert.Throws<ArgumentNullException>(() => new GazetteerEntry("X", "US", null!));
    }

    [Fact]
    public void FindAll_handles_one_megabyte_of_daxue()
    {
        Assert.Empty(Find(string.Concat(Enumerable.Repeat("大学", OneMegabyte / 2))));
    }

    [Fact]
    public void FindAll_handles_one_megabyte_of_enumeration_commas()
    {
        Assert.Empty(Find(new string('、', OneMegabyte)));
    }

    [Fact]
    public void FindAll_handles_a_one_megabyte_line_of_latin_words()
    {
        var builder = new StringBuilder(OneMegabyte + 64);
        while (builder.Length < OneMegabyte)
        {
            builder.Append("lorem ipsum Stanford submit University of Oxford ");
        }

        List<GazetteerMatch> matches = Find(builder.ToString());
        int repetitions = builder.Length / "lorem ipsum Stanford submit University of Oxford ".Length;
        Assert.Equal(repetitions * 2, matches.Count);
        Assert.All(matches, m => Assert.True(m.Entry.CanonicalName is "Stanford University" or "University of Oxford"));
    }
}
