using PaperDigest.Extraction.Affiliations;
using Xunit;

namespace PaperDigest.Tests.Extraction.Affiliations;

public sealed class NormalizedNameComparerTests
{
    private static readonly NormalizedNameComparer Comparer = NormalizedNameComparer.Instance;

    [Theory]
    [InlineData("Acme Robotics Institute", "acme  robotics\tinstitute")]
    [InlineData("Acme Robotics Institute", "ＡＣＭＥ Robotics Institute")]
    [InlineData("星辰智能研究院", "星辰 智能研究院")]
    [InlineData("Texas A&M", "Texas A & M")]
    public void Names_that_normalize_alike_are_equal_with_equal_hash_codes(string x, string y)
    {
        Assert.True(Comparer.Equals(x, y));
        Assert.True(Comparer.Equals(x.AsSpan(), y));
        Assert.Equal(Comparer.GetHashCode(x), Comparer.GetHashCode(y));
        Assert.Equal(Comparer.GetHashCode(x), Comparer.GetHashCode(y.AsSpan()));
    }

    [Theory]
    [InlineData("Acme Robotics Institute", "Acme Robotic Institute")]
    [InlineData("星辰智能研究院", "星辰智能研究所")]
    [InlineData("Foo Lab", "FooLab")]
    public void Different_names_are_not_equal(string x, string y)
    {
        Assert.False(Comparer.Equals(x, y));
        Assert.False(Comparer.Equals(x.AsSpan(), y));
    }

    [Fact]
    public void A_set_with_the_comparer_finds_a_span_without_allocating_a_key()
    {
        var set = new HashSet<string>(Comparer) { "Acme Robotics Institute" };
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();

        Assert.True(lookup.Contains("from ACME ROBOTICS  INSTITUTE".AsSpan(5)));
        Assert.False(lookup.Contains("Acme Robotics".AsSpan()));
        Assert.False(set.Add("acme robotics institute"));
    }

    [Fact]
    public void Null_and_long_names_are_handled()
    {
        string longName = new('a', 100_000);
        string longOther = new('A', 100_000);

        Assert.True(Comparer.Equals(null, null));
        Assert.False(Comparer.Equals("a", null));
        Assert.True(Comparer.Equals(longName, longOther));
        Assert.Equal(Comparer.GetHashCode(longName), Comparer.GetHashCode(longOther));
        Assert.False(Comparer.Equals(longName, longOther[1..]));
    }
}
