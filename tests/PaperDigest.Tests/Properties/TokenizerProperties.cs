using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PaperDigest.Tokenization;

namespace PaperDigest.Tests.Properties;

/// <summary>
/// The tokenizer is lossless for any string: ASCII, CJK, full-width forms, emoji and lone surrogates, control
/// characters, NUL, BOM and any mix of CR and LF. The number of tests comes from <see cref="PaperDigestPropertiesAttribute"/>
/// (environment variable <c>PAPERDIGEST_PROPERTY_MAXTEST</c> for nightly runs).
/// </summary>
[PaperDigestProperties(MaxTest = 300)]
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
    public bool Arbitrary_unicode_strings_round_trip(UnicodeString text)
    {
        string value = text.Item ?? string.Empty;
        return string.Concat(Tokenizer.Tokenize(value).Select(t => t.GetText(value))) == value;
    }

    [Property]
    public bool Arbitrary_utf16_code_units_round_trip(Utf16Text text)
    {
        string value = text.Value;
        return string.Concat(Tokenizer.Tokenize(value).Select(t => t.GetText(value))) == value;
    }

    [Property]
    public Property Tokenize_and_Enumerate_agree(string text)
    {
        text ??= string.Empty;
        var enumerated = new List<Token>();
        foreach (Token token in Tokenizer.Enumerate(text))
        {
            enumerated.Add(token);
        }

        return enumerated.SequenceEqual(Tokenizer.Tokenize(text)).Label("Tokenize differs from Enumerate");
    }

    /// <summary>Line breaks are tokens of their own (CR, LF or one CRLF); no token splits a CRLF pair or a surrogate pair.</summary>
    [Property]
    public Property Breaks_and_surrogate_pairs_are_never_split(string text)
    {
        text ??= string.Empty;
        var problems = new List<string>();
        foreach (Token token in Tokenizer.Tokenize(text))
        {
            string value = token.GetText(text);
            bool hasBreak = value.AsSpan().ContainsAny('\r', '\n');
            if (hasBreak != (token.Kind == TokenKind.Newline) || (token.Kind == TokenKind.Newline && value is not ("\n" or "\r" or "\r\n")))
            {
                problems.Add($"{token.Kind} token '{Escape(value)}' at {token.Start}");
            }

            int end = token.End;
            if (end < text.Length && end > 0 && ((text[end - 1] == '\r' && text[end] == '\n') || (char.IsHighSurrogate(text[end - 1]) && char.IsLowSurrogate(text[end]))))
            {
                problems.Add($"a token ends inside a pair at {end}");
            }
        }

        return (problems.Count == 0).Label(string.Join("; ", problems));
    }

    /// <summary>Tokens never cross a line: tokenizing two lines joined by LF is tokenizing each line.</summary>
    [Property]
    public Property Tokenization_is_local_to_a_line(string first, string second)
    {
        first = (first ?? string.Empty).TrimEnd('\r');
        second = (second ?? string.Empty).TrimStart('\n');
        string joined = first + "\n" + second;
        IEnumerable<(TokenKind, string)> expected = Tokenizer.Tokenize(first).Select(t => (t.Kind, t.GetText(first)))
            .Append((TokenKind.Newline, "\n"))
            .Concat(Tokenizer.Tokenize(second).Select(t => (t.Kind, t.GetText(second))));
        return Tokenizer.Tokenize(joined).Select(t => (t.Kind, t.GetText(joined))).SequenceEqual(expected).Label(Escape(joined));
    }

    private static string Escape(string value) =>
        value.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
