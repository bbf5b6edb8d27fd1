using System.Globalization;
using Xunit;
using PaperDigest.Tokenization;

namespace PaperDigest.Tests.Tokenization;

public sealed class CharClassTests
{
    [Fact]
    public void IsSpace_is_the_space_separators_plus_tab_vertical_tab_form_feed_and_the_zero_width_characters()
    {
        // The fast form spells the Zs category out; this keeps it equal to the definition for every UTF-16 unit.
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            bool expected = c is '\t' or '\v' or '\f' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF'
                || char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;
            Assert.True(expected == CharClass.IsSpace(c), $"U+{i:X4}: expected {expected}");
        }
    }
}
