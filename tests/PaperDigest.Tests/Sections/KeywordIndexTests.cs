using System.Globalization;
using System.Text;
using PaperDigest.Model;
using PaperDigest.Sections;
using PaperDigest.Tests.Corpus;
using Xunit;

namespace PaperDigest.Tests.Sections;

/// <summary>
/// The merged keyword index and the label tables' early rejections are shortcuts: they must answer exactly what a full
/// normalization and a look-up in each separate table answers.
/// </summary>
public sealed class KeywordIndexTests
{
    private static readonly (KeywordRoles Role, LabelTable<bool> Table)[] BoolTables =
    [
        (KeywordRoles.Section, Keywords.SectionLabels),
        (KeywordRoles.GroupHeading, Keywords.GroupHeadings),
        (KeywordRoles.FooterHeading, Keywords.FooterHeadings),
        (KeywordRoles.FooterStarter, Keywords.FooterStarters),
    ];

    [Theory]
    [InlineData("论文链接", nameof(KeywordRoles.Field))]
    [InlineData("**代码**", nameof(KeywordRoles.Field))]
    [InlineData("ＣＯＤＥ", nameof(KeywordRoles.Field))]
    [InlineData("论文2", nameof(KeywordRoles.Field))] // trailing digits are dropped
    [InlineData("更多", nameof(KeywordRoles.GroupHeading))]
    [InlineData("往期推荐", nameof(KeywordRoles.FooterHeading))]
    [InlineData("本文提出了一种方法", nameof(KeywordRoles.None))]
    [InlineData("1.", nameof(KeywordRoles.None))]
    [InlineData("", nameof(KeywordRoles.None))]
    public void Find_reports_the_tables_a_key_is_in(string text, string role)
    {
        KeywordRoles expected = Enum.Parse<KeywordRoles>(role);
        KeywordMatch match = new KeywordIndex(Keywords.FieldLabels).Find(text);
        Assert.Equal(expected, match.Roles & expected);
        if (expected == KeywordRoles.None)
        {
            Assert.Equal(KeywordRoles.None, match.Roles);
        }
    }

    [Fact]
    public void Find_agrees_with_every_table_on_every_key_their_variants_and_the_corpus_lines()
    {
        var index = new KeywordIndex(Keywords.FieldLabels);
        int checkedCount = 0;
        foreach (string text in Candidates())
        {
            KeywordMatch match = index.Find(text);
            bool isField = Keywords.FieldLabels.TryGet(text, out FieldKind kind);
            Assert.True(isField == match.Is(KeywordRoles.Field), $"field: '{text}'");
            if (isField)
            {
                Assert.Equal(kind, match.FieldKind);
            }

            foreach ((KeywordRoles role, LabelTable<bool> table) in BoolTables)
            {
                Assert.True(table.TryGet(text, out _) == match.Is(role), $"{role}: '{text}'");
            }

            checkedCount++;
        }

        Assert.True(checkedCount > 5000, $"only {checkedCount} candidates");
    }

    [Fact]
    public void A_table_with_custom_labels_answers_like_a_full_normalization()
    {
        // Keys with digits inside, one-character keys, Latin and CJK: the position filters must not reject any of them.
        string[] keys = ["a1b", "x", "top10k", "第2部分", "R&D", "Q", "模型"];
        var table = new LabelTable<int>(keys.Select((k, i) => KeyValuePair.Create(k, i)));
        var reference = keys.Select((k, i) => (Key: ReferenceNormalize(k), Value: i)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        string[] probes =
        [
            "a1b", "A1B", "a1b2", "a 1 b", "a1", "a2b", "x", "X", "x7", "x77", "7", "top10k", "TOP10K3", "top1", "第2部分",
            "第２部分", "第3部分", "r&d", "Ｒ＆Ｄ", "q", "q1", "模型", "模型12", "**模型**", "模 型", "模", "", " ", "1",
        ];
        foreach (string probe in probes)
        {
            bool expected = reference.TryGetValue(ReferenceNormalize(probe), out int value);
            Assert.True(expected == table.TryGet(probe, out int actual), probe);
            if (expected)
            {
                Assert.Equal(value, actual);
            }
        }
    }

    private static IEnumerable<string> Candidates()
    {
        var keys = Keywords.FieldLabels.Entries.Select(e => e.Key)
            .Concat(BoolTables.SelectMany(t => t.Table.Entries.Select(e => e.Key)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (string key in keys)
        {
            yield return key;
            yield return key.ToUpperInvariant();
            yield return "**" + key + "**";
            yield return key + "2";
            yield return key + "x";
            yield return key[..^1];
            yield return string.Concat(key.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c));
            yield return key.Length > 1 ? key[0] + " " + key[1..] : key;
            yield return key.Length > 2 ? key[..2] + "0" + key[2..] : key + "0";
        }

        var random = new Random(20261122);
        for (int i = 0; i < 2000; i++)
        {
            string key = keys[random.Next(keys.Count)];
            var builder = new StringBuilder();
            foreach (char c in key)
            {
                builder.Append(random.Next(10) == 0 ? (char)('0' + random.Next(10)) : c);
            }

            yield return builder.ToString();
        }

        foreach (string digest in CorpusFiles.Digests())
        {
            foreach (string line in CorpusFiles.Read(digest).Split('\n'))
            {
                string trimmed = line.Trim();
                yield return trimmed;
                int colon = trimmed.IndexOfAny([':', '：']);
                if (colon > 0)
                {
                    yield return trimmed[..colon];
                }
            }
        }
    }

    /// <summary>The documented normalization, written plainly: fold full-width forms, drop spaces and Markdown marks, lower-case, drop trailing digits.</summary>
    private static string ReferenceNormalize(string label)
    {
        var builder = new StringBuilder();
        foreach (char raw in label)
        {
            char c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (c is ' ' or '\t' or '\u00A0' or '\u3000' or '*' or '_' or '`')
            {
                continue;
            }

            builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        while (builder.Length > 1 && char.IsAsciiDigit(builder[^1]))
        {
            builder.Length--;
        }

        return builder.ToString();
    }
}
