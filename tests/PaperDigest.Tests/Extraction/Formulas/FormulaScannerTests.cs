using System.Text;
using PaperDigest.Extraction.Formulas;
using PaperDigest.Model;
using Xunit;

namespace PaperDigest.Tests.Extraction.Formulas;

public sealed class FormulaScannerTests
{
    private const string SeedFile = "004_5ef4b813673723d6.txt";
    private const int OneMegabyte = 1 << 20;

    private static (List<FormulaMatch> Formulas, List<FormulaProblem> Problems) Scan(string text)
    {
        var formulas = new List<FormulaMatch>();
        var problems = new List<FormulaProblem>();
        FormulaScanner.Scan(text, formulas, problems);
        return (formulas, problems);
    }

    private static string Tex(string text, FormulaMatch match) => text.Substring(match.TexStart, match.TexLength);

    private static string Whole(string text, FormulaMatch match) => text.Substring(match.Start, match.Length);

    private static string Repeat(string unit, int totalLength)
    {
        var builder = new StringBuilder(totalLength + unit.Length);
        while (builder.Length < totalLength)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static string FindSeed()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            var candidate = Path.Combine(directory.FullName, "seeds", SeedFile);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            directory = directory.Parent;
        }

        throw new FileNotFoundException("No ancestor of the test assembly's folder contains seeds/" + SeedFile);
    }

    // ---- real data -------------------------------------------------------------------------------------------

    [Fact]
    public void Seed_article_has_exactly_the_ResiDual_formulas()
    {
        var text = File.ReadAllText(FindSeed());

        var (formulas, problems) = Scan(text);

        Assert.Empty(problems);
        Assert.Equal(31, formulas.Count);
        Assert.Equal(25, formulas.Count(f => f.Delimiter == FormulaDelimiter.Parentheses && !f.Display));
        Assert.Equal(6, formulas.Count(f => f.Delimiter == FormulaDelimiter.Brackets && f.Display));
        Assert.Equal(3, formulas.Count(f => f.Delimiter == FormulaDelimiter.Brackets && Tex(text, f).Contains("\\begin{align}", StringComparison.Ordinal)));
        Assert.DoesNotContain(formulas, f => f.Delimiter == FormulaDelimiter.Environment);

        // All of them are in the last paper, ResiDual.
        var residual = text.IndexOf("ResiDual: Transformer with Dual Residual Connections", StringComparison.Ordinal);
        Assert.All(formulas, f => Assert.True(f.Start > residual));
        Assert.Equal("N", Tex(text, formulas[0]));
        Assert.Equal("R^{n\\times d}", Tex(text, formulas[1]));
        Assert.Equal("y = \\boldsymbol{x}_{N+1}^{ln} + LN(x_{N+1}^d)", Tex(text, formulas[^1]));
        Assert.All(formulas, f => Assert.Equal(f.Start + 2, f.TexStart));
        Assert.All(formulas, f => Assert.Equal(f.Length - 4, f.TexLength));
    }

    [Fact]
    public void Seed_article_scans_identically_on_many_threads()
    {
        var text = File.ReadAllText(FindSeed());
        var expected = Scan(text).Formulas;

        var results = new List<FormulaMatch>[8];
        Parallel.For(0, results.Length, i => results[i] = Scan(text).Formulas);

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    // ---- each delimiter ----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("a \\(x^2\\) b", FormulaDelimiter.Parentheses, false, "x^2", 2, 7)]
    [InlineData("a \\[x^2\\] b", FormulaDelimiter.Brackets, true, "x^2", 2, 7)]
    [InlineData("a $$x^2$$ b", FormulaDelimiter.DoubleDollar, true, "x^2", 2, 7)]
    [InlineData("a $x^2$ b", FormulaDelimiter.Dollar, false, "x^2", 2, 5)]
    [InlineData("a \\begin{equation}E=mc^2\\end{equation} b", FormulaDelimiter.Environment, true, "\\begin{equation}E=mc^2\\end{equation}", 2, 36)]
    [InlineData("\\begin{align*}a&=b\\\\c&=d\\end{align*}", FormulaDelimiter.Environment, true, "\\begin{align*}a&=b\\\\c&=d\\end{align*}", 0, 36)]
    [InlineData("x \\begin{math}y\\end{math}", FormulaDelimiter.Environment, false, "\\begin{math}y\\end{math}", 2, 23)]
    [InlineData("\\begin{displaymath}y\\end{displaymath}", FormulaDelimiter.Environment, true, "\\begin{displaymath}y\\end{displaymath}", 0, 37)]
    [InlineData("\\begin{alignat}{2}a&=b\\end{alignat}", FormulaDelimiter.Environment, true, "\\begin{alignat}{2}a&=b\\end{alignat}", 0, 35)]
    public void Finds_each_delimiter_kind(string text, FormulaDelimiter delimiter, bool display, string tex, int start, int length)
    {
        var (formulas, problems) = Scan(text);

        Assert.Empty(problems);
        var formula = Assert.Single(formulas);
        Assert.Equal(delimiter, formula.Delimiter);
        Assert.Equal(display, formula.Display);
        Assert.Equal(tex, Tex(text, formula));
        Assert.Equal(start, formula.Start);
        Assert.Equal(length, formula.Length);
        if (delimiter == FormulaDelimiter.Environment)
        {
            Assert.Equal(formula.Start, formula.TexStart);
            Assert.Equal(formula.Length, formula.TexLength);
        }
    }

    [Theory]
    [InlineData("\\[\n  a \\\\\n  b\n\\]", FormulaDelimiter.Brackets)]
    [InlineData("$$\r\nx = 1\r\n$$", FormulaDelimiter.DoubleDollar)]
    [InlineData("\\(a\nb\\)", FormulaDelimiter.Parentheses)]
    [InlineData("\\begin{gather}\na\\\\\nb\n\\end{gather}", FormulaDelimiter.Environment)]
    public void Display_and_parenthesis_formulas_span_lines(string text, FormulaDelimiter delimiter)
    {
        var (formulas, problems) = Scan(text);

        Assert.Empty(problems);
        var formula = Assert.Single(formulas);
        Assert.Equal(delimiter, formula.Delimiter);
        Assert.Equal(text, Whole(text, formula));
    }

    [Fact]
    public void Inline_dollar_never_spans_a_line_break()
    {
        const string text = "$x and\n$y$ here";

        var (formulas, problems) = Scan(text);

        var formula = Assert.Single(formulas);
        Assert.Equal("y", Tex(text, formula));
        var problem = Assert.Single(problems);
        Assert.Equal(new FormulaProblem(0, 1, FormulaProblemKind.Unterminated, problem.Message), problem);
    }

    // ---- escapes ------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("Price \\$5 and \\$10 per token")]
    [InlineData("a \\\\(x\\\\) b")] // \\ is a TeX line break, then plain parentheses
    [InlineData("\\\\[2pt] row")]
    [InlineData("costs \\$x\\$ here")]
    public void Escaped_backslash_and_dollar_are_not_delimiters(string text)
    {
        var (formulas, problems) = Scan(text);

        Assert.Empty(formulas);
        Assert.Empty(problems);
    }

    [Fact]
    public void Escaped_dollar_inside_a_formula_does_not_close_it()
    {
        const string text = "pay $\\$5 + x$ now";

        var formula = Assert.Single(Scan(text).Formulas);

        Assert.Equal("\\$5 + x", Tex(text, formula));
    }

    [Fact]
    public void Double_backslash_inside_a_formula_does_not_make_a_closer()
    {
        const string text = "\\(a \\\\) b\\)";

        var formula = Assert.Single(Scan(text).Formulas);

        Assert.Equal("a \\\\) b", Tex(text, formula));
    }

    // ---- currency ------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("It costs $5.")]
    [InlineData("revenue of US$ 10 billion")]
    [InlineData("US$10 and US$20")]
    [InlineData("a $ 100 million round")]
    [InlineData("costs $5 and $10")]
    [InlineData("priced at $5-$10 per hour")]
    [InlineData("$5/$10 tiers")]
    [InlineData("训练成本约 $5 到 $10 万")]
    [InlineData("5$ and 10$")]
    public void Currency_is_not_math_and_not_a_problem(string text)
    {
        var (formulas, problems) = Scan(text);

        Assert.Empty(formulas);
        Assert.Empty(problems);
    }

    [Fact]
    public void Currency_next_to_real_math_keeps_the_math()
    {
        const string text = "It costs $5, and the loss is $\\mathcal{L}$.";

        var formula = Assert.Single(Scan(text).Formulas);

        Assert.Equal("\\mathcal{L}", Tex(text, formula));
    }

    // ---- environments ---------------------------------------------------------------------------------------------

    [Fact]
    public void Environment_inside_display_brackets_belongs_to_them()
    {
        const string text = "\\[\\begin{align} a &= b \\end{align}\\]";

        var formula = Assert.Single(Scan(text).Formulas);

        Assert.Equal(FormulaDelimiter.Brackets, formula.Delimiter);
        Assert.Equal("\\begin{align} a &= b \\end{align}", Tex(text, formula));
    }

    [Fact]
    public void Environment_inside_double_dollar_belongs_to_it()
    {
        const string text = "$$\\begin{aligned}a\\end{aligned}\\begin{split}b\\end{split}$$";

        var formula = Assert.Single(Scan(text).Formulas);

        Assert.Equal(FormulaDelimiter.DoubleDollar, formula.Delimiter);
    }

    [Theory]
    [InlineData("\\begin{align}\\begin{align}x\\end{align}\\end{align}")]
    [InlineData("\\begin{equation}\\begin{split}a\\\\b\\end{split}\\end{equation}")]
    [InlineData("\\begin{align*}\\begin{align}x\\end{align}\\end{align*}")]
    public void Nested_environments_make_one_formula(string text)
    {
        var (formulas, problems) = Scan(text);

        Assert.Empty(problems);
        var formula = Assert.Single(formulas);
        Assert.Equal(text, Whole(text, formula));
    }

    [Fact]
    public void Starred_end_does_not_close_unstarred_begin()
    {
        const string text = "\\begin{align}a\\end{align*} b \\end{align} c";

        var formula = Assert.Single(Scan(text).Formulas);

        Assert.Equal("\\begin{align}a\\end{align*} b \\end{align}", Whole(text, formula));
    }

    [Fact]
    public void Unknown_environments_are_not_formulas()
    {
        const string text = "\\begin{itemize}\\item $x$ and \\begin{aligned}y\\end{aligned}\\end{itemize}";

        var (formulas, problems) = Scan(text);

        Assert.Empty(problems);
        var formula = Assert.Single(formulas);
        Assert.Equal(FormulaDelimiter.Dollar, formula.Delimiter);
    }

    // ---- unterminated ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("a \\(x and then \\[y\\]", 2, 2, FormulaDelimiter.Brackets)]
    [InlineData("a \\[x and then \\(y\\)", 2, 2, FormulaDelimiter.Parentheses)]
    [InlineData("a $$x and then \\(y\\)", 2, 2, FormulaDelimiter.Parentheses)]
    [InlineData("a \\begin{align}x and then \\(y\\)", 2, 13, FormulaDelimiter.Parentheses)]
    [InlineData("a \\begin{equation*}x and then $y$", 2, 17, FormulaDelimiter.Dollar)]
    [InlineData("a $x and then \\(y\\)", 2, 1, FormulaDelimiter.Parentheses)]
    [InlineData("a $\\alpha and then \\(y\\)", 2, 1, FormulaDelimiter.Parentheses)]
    public void Unterminated_opener_is_a_problem_and_scanning_continues(string text, int start, int length, FormulaDelimiter next)
    {
        var (formulas, problems) = Scan(text);

        var problem = Assert.Single(problems);
        Assert.Equal(FormulaProblemKind.Unterminated, problem.Kind);
        Assert.Equal(start, problem.Start);
        Assert.Equal(length, problem.Length);
        Assert.StartsWith("Unterminated ", problem.Message, StringComparison.Ordinal);
        var formula = Assert.Single(formulas);
        Assert.Equal(next, formula.Delimiter);
        Assert.Equal("y", Tex(text, formula));
    }

    [Fact]
    public void Unterminated_opener_leaves_later_formulas_of_same_kind_intact()
    {
        // The first \( finds the \) that follows, so only the last \( is unterminated.
        const string text = "\\(a\\) \\(b\\) \\(c";

        var (formulas, problems) = Scan(text);

        Assert.Equal(["a", "b"], formulas.Select(f => Tex(text, f)));
        var problem = Assert.Single(problems);
        Assert.Equal(12, problem.Start);
    }

    [Theory]
    [InlineData("$5 and more")]
    [InlineData("$(a) only")]
    [InlineData("x$y has no closer")] // not an opener: follows a letter
    public void Dollar_not_followed_by_letter_or_backslash_is_no_problem(string text)
    {
        var (formulas, problems) = Scan(text);

        Assert.Empty(formulas);
        Assert.Empty(problems);
    }

    [Fact]
    public void Inline_dollar_with_invalid_first_closer_is_no_formula()
    {
        // The first $ after the opener is preceded by a space, so it cannot close: pandoc semantics.
        const string text = "$x $y";

        var (formulas, problems) = Scan(text);

        Assert.Empty(formulas);
        Assert.Equal([0, 3], problems.Select(p => p.Start));
    }

    // ---- brace and \left/\right checks ---------------------------------------------------------------------------

    [Theory]
    [InlineData("see \\(\\frac{a}{b\\) now")]
    [InlineData("see \\(a}\\) now")]
    [InlineData("see $x^{2$ now")]
    [InlineData("see \\[\\sqrt{x\\] now")]
    public void Unbalanced_braces_are_reported_and_formula_kept(string text)
    {
        var (formulas, problems) = Scan(text);

        var formula = Assert.Single(formulas);
        var problem = Assert.Single(problems);
        Assert.Equal(FormulaProblemKind.UnbalancedBraces, problem.Kind);
        Assert.Equal(formula.Start, problem.Start);
        Assert.Equal(formula.Length, problem.Length);
        Assert.Equal(4, problem.Start);
    }

    [Theory]
    [InlineData("\\(\\{a, b\\}\\)")]
    [InlineData("\\(\\left\\{ x \\right.\\)")]
    [InlineData("\\(\\left. \\frac{a}{b} \\right|_{x=0}\\)")]
    [InlineData("\\(a \\leftarrow b \\rightarrow c \\Leftrightarrow d\\)")]
    [InlineData("\\(\\left( \\left[ x \\right] \\right)\\)")]
    [InlineData("\\(\\text{a\\}b}\\)")]
    public void Balanced_formulas_have_no_problems(string text)
    {
        var (formulas, problems) = Scan(text);

        Assert.Single(formulas);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("\\(\\left( x\\)")]
    [InlineData("\\(x \\right)\\)")]
    [InlineData("\\(\\left( \\left[ x \\right]\\)")]
    public void Unpaired_left_right_is_reported(string text)
    {
        var (formulas, problems) = Scan(text);

        var formula = Assert.Single(formulas);
        var problem = Assert.Single(problems);
        Assert.Equal(FormulaProblemKind.UnpairedLeftRight, problem.Kind);
        Assert.Equal(formula.Start, problem.Start);
        Assert.Equal(formula.Length, problem.Length);
    }

    [Fact]
    public void Formula_with_both_defects_gets_both_problems()
    {
        var (formulas, problems) = Scan("\\(\\left( {x\\)");

        Assert.Single(formulas);
        Assert.Equal([FormulaProblemKind.UnbalancedBraces, FormulaProblemKind.UnpairedLeftRight], problems.Select(p => p.Kind));
    }

    // ---- $ edge cases ----------------------------------------------------------------------------------------------

    [Fact]
    public void Adjacent_inline_dollars_are_two_formulas()
    {
        // Decision: the first $ after an inline opener closes it, so $a$$b$ is $a$ followed by $b$.
        const string text = "$a$$b$";

        var (formulas, problems) = Scan(text);

        Assert.Empty(problems);
        Assert.Equal(["a", "b"], formulas.Select(f => Tex(text, f)));
        Assert.All(formulas, f => Assert.Equal(FormulaDelimiter.Dollar, f.Delimiter));
    }

    [Fact]
    public void Double_dollar_at_start_wins_over_single()
    {
        const string text = "$$a$$b$";

        var (formulas, problems) = Scan(text);

        Assert.Empty(problems);
        var formula = Assert.Single(formulas);
        Assert.Equal(FormulaDelimiter.DoubleDollar, formula.Delimiter);
        Assert.Equal("a", Tex(text, formula));
    }

    [Theory]
    [InlineData("$$$$")]
    [InlineData("\\( \\)")]
    [InlineData("$$ \n $$")]
    [InlineData("\\[\\]")]
    public void Empty_formulas_are_not_reported(string text)
    {
        var (formulas, problems) = Scan(text);

        Assert.Empty(formulas);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("the $x$-axis", "x")]
    [InlineData("($x$)", "x")]
    [InlineData("值为$x$。", "x")]
    public void Inline_dollar_next_to_punctuation(string text, string tex)
    {
        var formula = Assert.Single(Scan(text).Formulas);

        Assert.Equal(tex, Tex(text, formula));
    }

    // ---- prose around formulas -------------------------------------------------------------------------------------

    [Fact]
    public void Chinese_text_around_formulas()
    {
        const string text = "其中 \\(n\\) 表示序列长度,\\(d\\) 表示嵌入维度;价格为 $x$ 元。";

        var (formulas, problems) = Scan(text);

        Assert.Empty(problems);
        Assert.Equal(3, formulas.Count);
        Assert.Equal(3, formulas[0].Start);
        Assert.Equal(5, formulas[0].TexStart);
        Assert.Equal(["n", "d", "x"], formulas.Select(f => Tex(text, f)));
    }

    [Fact]
    public void Arxiv_abstract_style_inline_math()
    {
        const string text = "We study $\\mathcal{N}=1$ supersymmetric theories in $3d$ and compute $O(n^2)$ terms.";

        var (formulas, problems) = Scan(text);

        Assert.Empty(problems);
        Assert.Equal(["\\mathcal{N}=1", "3d", "O(n^2)"], formulas.Select(f => Tex(text, f)));
        Assert.All(formulas, f => Assert.Equal(FormulaDelimiter.Dollar, f.Delimiter));
        Assert.All(formulas, f => Assert.False(f.Display));
    }

    [Fact]
    public void Results_are_in_text_order_and_appended()
    {
        const string text = "\\(a\\) $b$ \\[c\\] $$d$$ \\begin{align}e\\end{align} \\(";
        var formulas = new List<FormulaMatch> { default };
        var problems = new List<FormulaProblem> { default };

        FormulaScanner.Scan(text, formulas, problems);

        Assert.Equal(6, formulas.Count);
        Assert.Equal(default, formulas[0]);
        Assert.Equal(
            [FormulaDelimiter.Parentheses, FormulaDelimiter.Dollar, FormulaDelimiter.Brackets, FormulaDelimiter.DoubleDollar, FormulaDelimiter.Environment],
            formulas.Skip(1).Select(f => f.Delimiter));
        Assert.Equal(2, problems.Count);
        Assert.Equal(text.Length - 2, problems[1].Start);
    }

    [Fact]
    public void Offsets_are_relative_to_the_span()
    {
        const string text = "prefix \\(x\\)";
        var formulas = new List<FormulaMatch>();

        FormulaScanner.Scan(text.AsSpan(7), formulas, []);

        var formula = Assert.Single(formulas);
        Assert.Equal(0, formula.Start);
        Assert.Equal(2, formula.TexStart);
    }

    [Fact]
    public void Null_lists_throw()
    {
        Assert.Throws<ArgumentNullException>(() => FormulaScanner.Scan("x", null!, []));
        Assert.Throws<ArgumentNullException>(() => FormulaScanner.Scan("x", [], null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\\")]
    [InlineData("$")]
    [InlineData("$$")]
    [InlineData("\\begin{")]
    [InlineData("\\begin{align")]
    [InlineData("\\begin{}")]
    [InlineData("a\\")]
    [InlineData("$x\\")]
    [InlineData("\\(x\\")]
    public void Truncated_input_never_throws(string text)
    {
        var (formulas, _) = Scan(text);

        Assert.Empty(formulas);
    }

    // ---- adversarial (linear time; results only) -------------------------------------------------------------------

    [Fact]
    public void Megabyte_of_paren_openers_is_capped()
    {
        var text = Repeat("\\(", OneMegabyte);

        var (formulas, problems) = Scan(text);

        Assert.Empty(formulas);
        Assert.Equal(FormulaScanner.MaxProblemsPerKind + 1, problems.Count);
        Assert.All(problems, p => Assert.Equal(FormulaProblemKind.Unterminated, p.Kind));
        var summary = problems[^1];
        Assert.Equal(2 * FormulaScanner.MaxProblemsPerKind, summary.Start);
        Assert.Equal(text.Length - summary.Start, summary.Length);
        Assert.StartsWith(
            ((text.Length / 2) - FormulaScanner.MaxProblemsPerKind).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more unterminated",
            summary.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Megabyte_of_bracket_openers_is_capped()
    {
        var (formulas, problems) = Scan(Repeat("\\[", OneMegabyte));

        Assert.Empty(formulas);
        Assert.Equal(FormulaScanner.MaxProblemsPerKind + 1, problems.Count);
    }

    [Fact]
    public void Megabyte_of_dollars_is_nothing()
    {
        var (formulas, problems) = Scan(new string('$', OneMegabyte));

        Assert.Empty(formulas);
        Assert.Empty(problems);
    }

    [Fact]
    public void Megabyte_of_dollars_plus_one_is_nothing()
    {
        var (formulas, problems) = Scan(new string('$', OneMegabyte + 1));

        Assert.Empty(formulas);
        Assert.Empty(problems);
    }

    [Fact]
    public void Megabyte_of_double_dollar_formulas()
    {
        var text = Repeat("$$x", 3 * 100_000);

        var (formulas, problems) = Scan(text);

        Assert.Empty(problems);
        Assert.Equal(50_000, formulas.Count);
        Assert.All(formulas, f => Assert.Equal(FormulaDelimiter.DoubleDollar, f.Delimiter));
    }

    [Fact]
    public void Megabyte_of_double_dollar_openers_with_text_is_capped()
    {
        var (formulas, problems) = Scan("$$x" + Repeat(" $$", OneMegabyte));

        // "$$x $$" closes, then each " $$ $$" pair is blank; nothing unterminated remains when the count is even.
        Assert.Single(formulas);
        Assert.True(problems.Count <= 1);
    }

    [Fact]
    public void Megabyte_of_open_braces_is_nothing()
    {
        var (formulas, problems) = Scan(new string('{', OneMegabyte));

        Assert.Empty(formulas);
        Assert.Empty(problems);
    }

    [Fact]
    public void Megabyte_of_open_braces_in_one_formula_is_one_problem()
    {
        var (formulas, problems) = Scan("\\(" + new string('{', OneMegabyte) + "\\)");

        Assert.Single(formulas);
        var problem = Assert.Single(problems);
        Assert.Equal(FormulaProblemKind.UnbalancedBraces, problem.Kind);
    }

    [Fact]
    public void Megabyte_of_left_in_one_formula_is_one_problem()
    {
        var (formulas, problems) = Scan("\\(" + Repeat("\\left(", OneMegabyte) + "\\)");

        Assert.Single(formulas);
        var problem = Assert.Single(problems);
        Assert.Equal(FormulaProblemKind.UnpairedLeftRight, problem.Kind);
    }

    [Fact]
    public void Megabyte_of_unterminated_inline_dollars_is_capped()
    {
        var (formulas, problems) = Scan(Repeat("$a ", OneMegabyte));

        Assert.Empty(formulas);
        Assert.Equal(FormulaScanner.MaxProblemsPerKind + 1, problems.Count);
    }

    [Fact]
    public void Many_unbalanced_formulas_are_capped()
    {
        var text = Repeat("\\({\\) ", OneMegabyte);

        var (formulas, problems) = Scan(text);

        Assert.Equal((text.Length / 6), formulas.Count);
        Assert.Equal(FormulaScanner.MaxProblemsPerKind + 1, problems.Count);
        Assert.Contains("more formulas with unbalanced braces", problems[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_thousand_nested_aligns_are_one_formula()
    {
        var text = Repeat("\\begin{align}", 13 * 10_000) + "x" + Repeat("\\end{align}", 11 * 10_000);

        var (formulas, problems) = Scan(text);

        Assert.Empty(problems);
        var formula = Assert.Single(formulas);
        Assert.Equal(text.Length, formula.Length);
    }

    [Fact]
    public void Ten_thousand_unclosed_aligns_are_capped()
    {
        var (formulas, problems) = Scan(Repeat("\\begin{align}", 13 * 10_000));

        Assert.Empty(formulas);
        Assert.Equal(FormulaScanner.MaxProblemsPerKind + 1, problems.Count);
    }

    [Fact]
    public void Ten_thousand_aligns_with_half_the_ends()
    {
        const string begin = "\\begin{align}";
        var text = Repeat(begin, begin.Length * 10_000) + Repeat("\\end{align}", 11 * 5_000);

        var (formulas, problems) = Scan(text);

        // The first 5000 begins never close; the 5001st is closed by the last \end{align}.
        var formula = Assert.Single(formulas);
        Assert.Equal(begin.Length * 5_000, formula.Start);
        Assert.Equal(text.Length, formula.Start + formula.Length);
        Assert.Equal(FormulaScanner.MaxProblemsPerKind + 1, problems.Count);
        Assert.StartsWith("4900 more", problems[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Megabyte_single_line_of_mixed_delimiters()
    {
        string[] pieces =
        [
            "\\(", "\\)", "\\[", "\\]", "$", "$$", "\\$", "\\\\", "{", "}", "\\{", "\\left(", "\\right)",
            "\\begin{align}", "\\end{align}", "\\begin{equation*}", "\\end{equation*}", "\\begin{itemize}",
            "x", "5", " ", "中", "US",
        ];
        var random = new Random(20230502);
        var builder = new StringBuilder(OneMegabyte + 32);
        while (builder.Length < OneMegabyte)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }

        var text = builder.ToString();

        var (formulas, problems) = Scan(text);

        Assert.NotEmpty(formulas);
        var previousEnd = 0;
        foreach (var f in formulas)
        {
            Assert.True(f.Start >= previousEnd);
            Assert.True(f.TexStart >= f.Start && f.TexStart + f.TexLength <= f.Start + f.Length);
            previousEnd = f.Start + f.Length;
        }

        Assert.True(previousEnd <= text.Length);
        Assert.True(problems.Count <= 3 * (FormulaScanner.MaxProblemsPerKind + 1));
        Assert.Equal(problems.OrderBy(p => p.Start).Select(p => p.Start), problems.Select(p => p.Start));
    }
}
