using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace PaperDigest.Tokenization;

/// <summary>
/// The lossless tokenizer: splits any string into contiguous <see cref="Token"/>s whose texts concatenate back to the
/// input. Linear time, no regular expressions, no allocation per token when enumerated.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class Tokenizer
{
    private static readonly byte[] AsciiKinds = BuildAsciiKinds();

    /// <summary>How a token that starts with an ASCII character is read.</summary>
    private enum AsciiKind : byte
    {
        Symbol,
        Letter,
        UrlLetter,
        Digit,
        Space,
        Punctuation,
        Newline,
        Return,
        Backslash,
        Dollar,
    }

    /// <summary>Enumerates the tokens of <paramref name="text"/> without allocating.</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <returns>A struct enumerator usable in <c>foreach</c>.</returns>
    public static TokenEnumerator Enumerate(ReadOnlySpan<char> text) => new(text);

    /// <summary>Tokenizes <paramref name="text"/> into an array.</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <returns>The tokens, in order; empty for an empty string.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text.AsSpan());
    }

    /// <summary>Tokenizes <paramref name="text"/> into an array.</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <returns>The tokens, in order; empty for an empty span.</returns>
    public static ImmutableArray<Token> Tokenize(ReadOnlySpan<char> text)
    {
        var builder = ImmutableArray.CreateBuilder<Token>(Math.Max(4, text.Length / 3));
        foreach (Token token in Enumerate(text))
        {
            builder.Add(token);
        }

        return builder.DrainToImmutable();
    }

    /// <summary>Reads the token that starts at <paramref name="position"/> (which is inside <paramref name="text"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Token Next(ReadOnlySpan<char> text, int position)
    {
        char c = text[position];
        return c < 128 ? NextAscii(text, position, c) : NextNonAscii(text, position, c);
    }

    // Most tokens start with an ASCII character: one table look-up picks the branch instead of a chain of class tests.
    private static Token NextAscii(ReadOnlySpan<char> text, int position, char c)
    {
        switch ((AsciiKind)AsciiKinds[c])
        {
            case AsciiKind.Letter:
                return new Token(TokenKind.Word, position, WordLength(text, position));
            case AsciiKind.UrlLetter:
                // Most words that start with an h are not URLs: look at "ttp" before the full scheme test.
                int url = position + 7 < text.Length && (text[position + 1] | 0x20) == 't' && (text[position + 2] | 0x20) == 't'
                    && (text[position + 3] | 0x20) == 'p'
                    ? UrlLength(text, position)
                    : 0;
                return url > 0 ? new Token(TokenKind.Url, position, url) : new Token(TokenKind.Word, position, WordLength(text, position));
            case AsciiKind.Space:
                return new Token(TokenKind.Whitespace, position, SpaceLength(text, position));
            case AsciiKind.Digit:
                return new Token(TokenKind.Number, position, DigitLength(text, position));
            case AsciiKind.Punctuation:
                return new Token(TokenKind.Punctuation, position, 1, c);
            case AsciiKind.Newline:
                return new Token(TokenKind.Newline, position, 1);
            case AsciiKind.Return:
                return new Token(TokenKind.Newline, position, position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1);
            case AsciiKind.Backslash:
                return ReadBackslash(text, position);
            case AsciiKind.Dollar:
                return new Token(TokenKind.MathDelimiter, position, position + 1 < text.Length && text[position + 1] == '$' ? 2 : 1);
            default:
                return new Token(TokenKind.Symbol, position, 1);
        }
    }

    private static Token NextNonAscii(ReadOnlySpan<char> text, int position, char c)
    {
        // The main Han block first: it is most of a Chinese digest. '丨' is a Han character that digests use as a
        // separator ("单位丨清华大学").
        if (c >= '\u4E00' && c <= '\u9FFF')
        {
            return c == '丨' ? new Token(TokenKind.Punctuation, position, 1, '|') : new Token(TokenKind.Cjk, position, CjkLength(text, position));
        }

        if (CharClass.IsDigit(c))
        {
            return new Token(TokenKind.Number, position, DigitLength(text, position));
        }

        if (CharClass.IsSpace(c))
        {
            return new Token(TokenKind.Whitespace, position, SpaceLength(text, position));
        }

        if (CharClass.IsCjk(c) || (char.IsHighSurrogate(c) && CharClass.IsCjkHighSurrogate(c) && IsPair(text, position)))
        {
            return new Token(TokenKind.Cjk, position, CjkLength(text, position));
        }

        char fold = CharClass.FoldPunctuation(c);
        if (fold != '\0')
        {
            return new Token(TokenKind.Punctuation, position, 1, fold);
        }

        if (CharClass.TryCircledNumber(c, out _))
        {
            return new Token(TokenKind.Number, position, 1);
        }

        if (char.IsLetter(c))
        {
            return new Token(TokenKind.Word, position, WordLength(text, position));
        }

        // A surrogate pair (emoji, rare symbols) stays one token; a lone surrogate is a one-character symbol.
        return new Token(TokenKind.Symbol, position, char.IsHighSurrogate(c) && IsPair(text, position) ? 2 : 1);
    }

    private static int DigitLength(ReadOnlySpan<char> text, int position)
    {
        int end = position + 1;
        while (end < text.Length && CharClass.IsDigit(text[end]))
        {
            end++;
        }

        return end - position;
    }

    private static int SpaceLength(ReadOnlySpan<char> text, int position)
    {
        int end = position + 1;
        while (end < text.Length && CharClass.IsSpace(text[end]))
        {
            end++;
        }

        return end - position;
    }

    private static byte[] BuildAsciiKinds()
    {
        // Derived from the character classes rather than written out, so the table cannot drift from them.
        var kinds = new byte[128];
        for (char c = '\0'; c < (char)128; c++)
        {
            kinds[c] = (byte)(c switch
            {
                '\n' => AsciiKind.Newline,
                '\r' => AsciiKind.Return,
                '\\' => AsciiKind.Backslash,
                '$' => AsciiKind.Dollar,
                'h' or 'H' => AsciiKind.UrlLetter,
                _ when char.IsAsciiLetter(c) => AsciiKind.Letter,
                _ when CharClass.IsDigit(c) => AsciiKind.Digit,
                _ when CharClass.IsSpace(c) => AsciiKind.Space,
                _ when CharClass.FoldPunctuation(c) != '\0' => AsciiKind.Punctuation,
                _ => AsciiKind.Symbol,
            });
        }

        return kinds;
    }

    private static bool IsPair(ReadOnlySpan<char> text, int position) =>
        position + 1 < text.Length && char.IsLowSurrogate(text[position + 1]);

    private static int WordLength(ReadOnlySpan<char> text, int position)
    {
        int end = position + 1;
        while (end < text.Length)
        {
            char c = text[end];
            if (char.IsAsciiLetterOrDigit(c))
            {
                end++;
            }
            else if (c > 127 && !CharClass.IsCjk(c) && char.IsLetterOrDigit(c) && !CharClass.IsDigit(c))
            {
                end++;
            }
            else
            {
                break;
            }
        }

        return end - position;
    }

    private static int CjkLength(ReadOnlySpan<char> text, int position)
    {
        int end = position;
        while (end < text.Length)
        {
            // Most of a Chinese run is in the main Han block: skip it vectorized, stopping at 丨 (a separator, not a word).
            ReadOnlySpan<char> rest = text[end..];
            int han = rest.IndexOfAnyExceptInRange('\u4E00', '\u9FFF');
            han = han < 0 ? rest.Length : han;
            if (han > 0)
            {
                int bar = rest[..han].IndexOf('丨');
                if (bar >= 0)
                {
                    return end + bar - position;
                }

                end += han;
                continue;
            }

            char c = text[end];
            if (CharClass.IsCjk(c) && c != '丨')
            {
                end++;
            }
            else if (char.IsHighSurrogate(c) && CharClass.IsCjkHighSurrogate(c) && IsPair(text, end))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end - position;
    }

    private static Token ReadBackslash(ReadOnlySpan<char> text, int position)
    {
        if (position + 1 >= text.Length)
        {
            return new Token(TokenKind.Punctuation, position, 1, '\\');
        }

        char next = text[position + 1];
        if (next is '(' or ')' or '[' or ']')
        {
            return new Token(TokenKind.MathDelimiter, position, 2);
        }

        if (!char.IsAsciiLetter(next))
        {
            // \\ \$ \{ \% … : an escaped character. A backslash before a line break or a non-ASCII character is plain punctuation.
            return next is '\r' or '\n' || next > 127
                ? new Token(TokenKind.Punctuation, position, 1, '\\')
                : new Token(TokenKind.Command, position, 2);
        }

        int end = position + 2;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        ReadOnlySpan<char> name = text[(position + 1)..end];
        if ((name.SequenceEqual("begin") || name.SequenceEqual("end")) && end < text.Length && text[end] == '{')
        {
            // \begin{env} with a short environment name is one delimiter token; anything else stays a command.
            int close = end + 1;
            int limit = Math.Min(text.Length, end + 1 + 32);
            while (close < limit && (char.IsAsciiLetter(text[close]) || text[close] == '*'))
            {
                close++;
            }

            if (close < text.Length && close > end + 1 && text[close] == '}')
            {
                return new Token(TokenKind.MathDelimiter, position, close + 1 - position);
            }
        }

        return new Token(TokenKind.Command, position, end - position);
    }

    /// <summary>
    /// The length of an <c>http(s)://</c> URL at <paramref name="position"/>, without trailing sentence punctuation;
    /// 0 when there is none. A URL stops at white space, CJK text and full-width punctuation.
    /// </summary>
    internal static int UrlLength(ReadOnlySpan<char> text, int position)
    {
        ReadOnlySpan<char> rest = text[position..];
        int schemeLength;
        if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            schemeLength = 8;
        }
        else if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            schemeLength = 7;
        }
        else
        {
            return 0;
        }

        int end = schemeLength;
        int parens = 0;
        while (end < rest.Length && IsUrlChar(rest[end]))
        {
            parens += rest[end] switch { '(' => 1, ')' => -1, _ => 0 };
            end++;
        }

        // Trailing punctuation belongs to the sentence; a closing parenthesis stays only when it balances one inside.
        while (end > schemeLength)
        {
            char last = rest[end - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '*')
            {
                end--;
            }
            else if (last == ')' && parens < 0)
            {
                parens++;
                end--;
            }
            else
            {
                break;
            }
        }

        // A scheme needs a host: "http://" alone or "http://." is not a URL.
        return end > schemeLength && char.IsAsciiLetterOrDigit(rest[schemeLength]) ? end : 0;
    }

    private static bool IsUrlChar(char c) =>
        c > ' ' && c < 127 && c is not '<' and not '>' and not '"' and not '`' and not '{' and not '}' and not '|' and not '\\' and not '^';
}
