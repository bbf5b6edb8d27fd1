using FsCheck;
using FsCheck.Fluent;
using PaperDigest.Extraction.Affiliations;

namespace PaperDigest.Tests.Properties;

/// <summary>
/// Generates <see cref="AffiliationProse"/>: every alias of the built-in gazetteer as written, in capitals, in lower case,
/// cut short or with its spaces replaced, mixed with the words the affiliation scanner reacts to and with arbitrary
/// code units.
/// </summary>
public static class AffiliationFragments
{
    private static readonly string[] Aliases =
        [.. Gazetteer.Default.Entries.SelectMany(entry => entry.Aliases.Append(entry.CanonicalName)).Distinct(StringComparer.Ordinal)];

    private static readonly string[] Pieces =
    [
        // Institution words and suffixes, in and out of case.
        "University", "university", "UNIVERSITY", "Universität", "Institute", "Institut", "Lab", "Labs", "Laboratory", "College",
        "Academy", "Polytechnic", "大学", "大學", "学院", "研究院", "研究所", "实验室", "實驗室", "分校", "研究中心", "中心", "公司", "系",
        // Connectors, cues, sub-units and noise.
        "of", "for", "at", "the", "The", "de", "and", "AND", "&", "from", "From", "by", "researchers", "team", "Team", "Group",
        "scientists", "et al.", "etc", "'s", "’s", "Inc.", "Dept. of ", "Department of ", "School of ", "Center for ", "Key Laboratory ",
        "来自", "的", "等", "等人", "提出", "发布", "联合", "合作", "新研究", "研究人员", "团队", "课题组", "本文", "基于", "该", "高等", "自由",
        // Separators, brackets and quotes.
        "和", "与", "及", "以及", "、", "，", ",", ";", "；", "。", "：", ":", "(", ")", "（", "）", "\"", "“", "”", "《", "》", "*", "-", "–",
        "·", "'", "’", "@",
        // URLs and e-mail addresses.
        "http://mit.edu/x ", "https://", "www.", "a@mit.edu",
        // White space.
        " ", "  ", "\t", "\n", "\u3000", "\u00A0",
        // Look-alikes: full-width letters, products, place names, words around short forms.
        "Ｍ", "Ｉ", "Ｔ", "ＭＩＴ", "Mistral 7B", "Tesla V100", "OpenAI o1", "北京", "河北", "中华", "北京东城区", "submit", "Meta-learning",
        "eBay", "EBAY", "ebay", "iflytek", "XAI", "xai", "4paradigm", "01.ai", "Ecole", "école", "ÉCOLE", "Foo", "Bar", "Xyz", "7B", "大模型", "学习",
    ];

    /// <summary>Gets the generator: mostly aliases and pieces, now and then printable ASCII or an arbitrary code unit.</summary>
    public static Gen<AffiliationProse> Text { get; } =
        Gen.Frequency(
                (6, Gen.Elements(Aliases).SelectMany(alias => Gen.Choose(0, 5).SelectMany(variant => Gen.Choose(1, Math.Max(1, alias.Length - 1))
                    .Select(cut => Vary(alias, variant, cut))))),
                (8, Gen.Elements(Pieces)),
                (2, Gen.Choose(0x21, 0x7E).Select(c => ((char)c).ToString())),
                (1, Gen.Choose(0x4E00, 0x9FFF).Select(c => ((char)c).ToString())),
                (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())))
            .ArrayOf()
            .Select(pieces => new AffiliationProse(string.Concat(pieces)));

    private static string Vary(string alias, int variant, int cut) => variant switch
    {
        0 => alias.ToUpperInvariant(),
        1 => alias.ToLowerInvariant(),
        2 => alias[..cut],
        3 => alias.Replace(" ", "\n", StringComparison.Ordinal),
        4 => string.Concat(alias.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c)),
        _ => alias,
    };
}
