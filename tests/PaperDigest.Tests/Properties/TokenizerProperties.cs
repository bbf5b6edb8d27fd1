using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PaperDigest.Tokenization;

namespace PaperDigest.Tests.Properties;

[Properties(Arbitrary = [typeof(TextFragments)], MaxTest = 300)]
public class TokenizerProperties
{
    [Property]
    public Property Tokens_concatenate_to_the_input_and_are_contiguous(string text)
    {
        text ??= string.Empty;
        var builder = new StringBuilder(text.Length);
        int expected = 0;
        bool contiguous = true;
        foreach (Token token in Tokenizer.Enumerate(text))
        {
            contiguous &= token.Start == expected && token.Length > 0 && token.End <= text.Length;
            builder.Append(text, token.Start, token.Length);
            expected = token.End;
        }

        return (contiguous && expected == text.Length && builder.ToString() == text).Label($"tokens of {text.Length} chars");
    }

    [Property]
    public bool Arbitrary_unicode_strings_round_trip(NonNull<string> text) =>
        string.Concat(Tokenizer.Tokenize(text.Get).Select(t => t.GetText(text.Get))) == text.Get;
}
