using System.Text;
using PaperDigest.Tokenization;
using Xunit;

namespace PaperDigest.Tests.Tokenization;

public class TokenizerTests
{
    private static List<(TokenKind Kind, string Text)> Lex(string text) =>
        Tokenizer.Tokenize(text).Select(t => (t.Kind, t.GetText(text))).ToList();

    [Fact]
    public void Splits_mixed_chinese_and_english_into_script_runs()
    {
        Assert.Equal(
            [
                (TokenKind.Number, "1"), (TokenKind.Punctuation, "."), (TokenKind.Cjk, "只需半天"), (TokenKind.Punctuation, ","),
                (TokenKind.Cjk, "训练一个"), (TokenKind.Whitespace, " "), (TokenKind.Number, "15"), (TokenKind.Whitespace, " "),
                (TokenKind.Cjk, "亿参数小模型"),
            ],
            Lex("1.只需半天,训练一个 15 亿参数小模型"));
    }

    [Fact]
    public void Urls_stop_at_cjk_and_trailing_punctuation()
    {
        Assert.Equal(
            [(TokenKind.Cjk, "项目页面可从"), (TokenKind.Whitespace, " "), (TokenKind.Url, "https://mmevol.github.io/"), (TokenKind.Whitespace, " "), (TokenKind.Cjk, "访问"), (TokenKind.Punctuation, "。")],
            Lex("项目页面可从 https://mmevol.github.io/ 访问。"));
        Assert.Equal((TokenKind.Url, "https://github.com/a/b"), Lex("https://github.com/a/b。")[0]);
        Assert.Equal((TokenKind.Url, "http://x.org/a"), Lex("http://x.org/a).")[0]);
        Assert.Equal((TokenKind.Url, "https://en.wikipedia.org/wiki/A_(b)"), Lex("https://en.wikipedia.org/wiki/A_(b).")[0]);
        Assert.Equal(TokenKind.Word, Lex("http://")[0].Kind);
    }

    [Fact]
    public void Math_delimiters_and_commands_are_tokens()
    {
        List<(TokenKind Kind, string Text)> tokens = Lex(@"\(x\) \[y\] $$z$$ $w$ \begin{align*}a\end{align*} \alpha \$ \\");
        Assert.Contains((TokenKind.MathDelimiter, @"\("), tokens);
        Assert.Contains((TokenKind.MathDelimiter, @"\)"), tokens);
        Assert.Contains((TokenKind.MathDelimiter, @"\["), tokens);
        Assert.Contains((TokenKind.MathDelimiter, @"\]"), tokens);
        Assert.Contains((TokenKind.MathDelimiter, "$$"), tokens);
        Assert.Contains((TokenKind.MathDelimiter, "$"), tokens);
        Assert.Contains((TokenKind.MathDelimiter, @"\begin{align*}"), tokens);
        Assert.Contains((TokenKind.MathDelimiter, @"\end{align*}"), tokens);
        Assert.Contains((TokenKind.Command, @"\alpha"), tokens);
        Assert.Contains((TokenKind.Command, @"\$"), tokens);
        Assert.Contains((TokenKind.Command, @"\\"), tokens);
    }

    [Theory]
    [InlineData('：', ':')]
    [InlineData('，', ',')]
    [InlineData('（', '(')]
    [InlineData('）', ')')]
    [InlineData('【', '[')]
    [InlineData('】', ']')]
    [InlineData('、', ',')]
    [InlineData('丨', '|')]
    [InlineData('|', '|')]
    [InlineData('。', '.')]
    [InlineData('《', '<')]
    public void Punctuation_knows_its_ascii_fold(char punctuation, char fold)
    {
        Token token = Assert.Single(Tokenizer.Tokenize(punctuation.ToString()));
        Assert.Equal(TokenKind.Punctuation, token.Kind);
        Assert.Equal(fold, token.AsciiFold);
    }

    [Fact]
    public void Line_breaks_are_one_token_each()
    {
        Assert.Equal(
            [(TokenKind.Word, "a"), (TokenKind.Newline, "\r\n"), (TokenKind.Newline, "\r"), (TokenKind.Word, "b"), (TokenKind.Newline, "\n"), (TokenKind.Word, "c")],
            Lex("a\r\n\rb\nc"));
    }

    [Fact]
    public void Surrogates_are_never_split()
    {
        Assert.Equal([(TokenKind.Cjk, "𠀀𠀁中")], Lex("𠀀𠀁中"));
        Assert.Equal([(TokenKind.Symbol, "😀"), (TokenKind.Symbol, "\uD800"), (TokenKind.Word, "x")], Lex("😀\uD800x"));
        Assert.Equal([(TokenKind.Symbol, "\uDC00")], Lex("\uDC00"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF2024-04-20 10:39 | 出处: AI之势\r\n文章来源:学术头条")]
    [InlineData("\0\u0001\u007F\u0085\u2028")]
    [InlineData("\\")]
    [InlineData("\\begin{")]
    [InlineData("https://")]
    [InlineData("① ② ㉑ ５ １２")]
    public void Tokens_concatenate_back_to_the_input(string text)
    {
        var builder = new StringBuilder();
        int expectedStart = 0;
        foreach (Token token in Tokenizer.Enumerate(text))
        {
            Assert.Equal(expectedStart, token.Start);
            Assert.True(token.Length > 0);
            builder.Append(text, token.Start, token.Length);
            expectedStart = token.End;
        }

        Assert.Equal(text, builder.ToString());
    }

    [Fact]
    public void Seeds_round_trip_through_the_tokenizer()
    {
        foreach (string path in Directory.GetFiles(TestPaths.Seeds, "*.txt"))
        {
            string text = File.ReadAllText(path);
            Assert.Equal(text, string.Concat(Tokenizer.Tokenize(text).Select(t => t.GetText(text))));
        }
    }

    [Fact]
    public void A_megabyte_of_backslash_parentheses_is_linear_and_lossless()
    {
        string text = string.Concat(Enumerable.Repeat(@"\(", 500_000));
        int count = 0;
        foreach (Token token in Tokenizer.Enumerate(text))
        {
            Assert.Equal(TokenKind.MathDelimiter, token.Kind);
            count++;
        }

        Assert.Equal(500_000, count);
    }
}
