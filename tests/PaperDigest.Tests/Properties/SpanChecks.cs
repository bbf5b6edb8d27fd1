using PaperDigest.Extraction.Links;
using PaperDigest.Model;
using PaperDigest.Text;

namespace PaperDigest.Tests.Properties;

/// <summary>
/// The invariants every parse must keep, whatever the input: no built-in extractor failed, every span lies inside the
/// input with the right line and column, and points at matching text (an arXiv entity's span holds its ID, a formula's
/// span its delimiters, a field's span starts with its label, a repository's span holds owner/name…).
/// </summary>
public static class SpanChecks
{
    /// <summary>Lists every broken invariant of <paramref name="digest"/>, parsed from <paramref name="text"/>.</summary>
    public static List<string> Problems(string text, Digest digest)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(digest);
        var problems = new List<string>();
        var source = new SourceText(text);

        bool Inside(SourceSpan span, string what)
        {
            if (span.Start < 0 || span.Length < 0 || span.End > text.Length)
            {
                problems.Add($"{what}: span {span} outside the input of {text.Length} chars");
                return false;
            }

            if (source.GetSpan(span.Start, span.Length) != span)
            {
                problems.Add($"{what}: span {span} has the wrong line or column (expected {source.GetSpan(span.Start, span.Length)})");
                return false;
            }

            return true;
        }

        void Expect(bool condition, string message)
        {
            if (!condition)
            {
                problems.Add(message);
            }
        }

        foreach (Diagnostic diagnostic in digest.Diagnostics)
        {
            Expect(diagnostic.Code != DiagnosticCodes.ExtractorFailed, "a built-in extractor threw: " + diagnostic.Message);
            Inside(diagnostic.Span, "diagnostic " + diagnostic.Code);
        }

        foreach (PaperGroup group in digest.Groups)
        {
            if (Inside(group.Span, "group"))
            {
                Expect(group.Span.GetText(text).Contains(group.Name, StringComparison.Ordinal), $"group '{group.Name}' is not in its span");
            }
        }

        foreach (DigestSource digestSource in digest.Sources)
        {
            if (Inside(digestSource.Span, "source"))
            {
                string spanText = digestSource.Span.GetText(text);
                Expect(spanText.StartsWith(digestSource.Label, StringComparison.Ordinal) && spanText.EndsWith(digestSource.Name, StringComparison.Ordinal), $"source '{digestSource.Label}: {digestSource.Name}' does not match its span '{spanText}'");
            }
        }

        CheckLinks(text, digest.Links, "digest link", Inside, Expect);
        if (digest.Intro is { } intro)
        {
            Inside(intro.Span, "intro");
        }

        int previousEnd = 0;
        foreach (Paper paper in digest.Papers)
        {
            string p = $"paper {paper.Number} '{paper.NumberText}'";
            Expect(paper.Number >= 1, p + ": number below 1");
            if (!Inside(paper.Span, p) || !Inside(paper.HeadingSpan, p + " heading"))
            {
                continue;
            }

            Expect(paper.Span.Start >= previousEnd, p + ": overlaps the previous paper");
            Expect(paper.HeadingSpan.Start == paper.Span.Start && paper.HeadingSpan.End <= paper.Span.End, p + ": the heading is not the start of the paper");
            Expect(paper.HeadingSpan.GetText(text).Contains(paper.NumberText, StringComparison.Ordinal), p + ": the heading does not hold the number as written");
            previousEnd = paper.Span.End;

            foreach (ArxivReference arxiv in paper.Arxiv)
            {
                if (Inside(arxiv.Span, p + " arXiv") && WithinPaper(arxiv.Span, paper, p + " arXiv", Expect))
                {
                    Expect(Fold(arxiv.Span.GetText(text)).Contains(arxiv.Id.ToString(), StringComparison.OrdinalIgnoreCase), $"{p}: arXiv {arxiv.Id} is not in its span '{arxiv.Span.GetText(text)}'");
                }
            }

            foreach (Formula formula in paper.Formulas)
            {
                if (Inside(formula.Span, p + " formula") && WithinPaper(formula.Span, paper, p + " formula", Expect))
                {
                    string spanText = formula.Span.GetText(text);
                    (string open, string close) = formula.Delimiter switch
                    {
                        FormulaDelimiter.Parentheses => (@"\(", @"\)"),
                        FormulaDelimiter.Brackets => (@"\[", @"\]"),
                        FormulaDelimiter.DoubleDollar => ("$$", "$$"),
                        FormulaDelimiter.Dollar => ("$", "$"),
                        _ => (@"\begin{", "}"),
                    };
                    Expect(
                        spanText.StartsWith(open, StringComparison.Ordinal) && spanText.EndsWith(close, StringComparison.Ordinal) && spanText.Length >= open.Length + close.Length
                            && spanText.Contains(formula.Tex, StringComparison.Ordinal)
                            && (formula.Delimiter != FormulaDelimiter.Environment || spanText.Contains(@"\end{", StringComparison.Ordinal)),
                        $"{p}: formula {formula.Delimiter} '{formula.Tex}' does not match its span '{spanText}'");
                }
            }

            foreach (Field field in paper.Fields)
            {
                if (Inside(field.Span, p + " field") && WithinPaper(field.Span, paper, p + " field", Expect))
                {
                    string spanText = field.Span.GetText(text);
                    int label = spanText.IndexOf(field.Label, StringComparison.Ordinal);
                    Expect(label >= 0 && IsDecoration(spanText.AsSpan(0, label)), $"{p}: field '{field.Label}' does not start its span '{spanText}'");
                    int value = field.Value.Length == 0 ? spanText.Length : spanText.LastIndexOf(field.Value, StringComparison.Ordinal);
                    Expect(value >= label + field.Label.Length && IsDecoration(spanText.AsSpan(value + field.Value.Length)), $"{p}: field value '{field.Value}' does not end its span '{spanText}'");
                }
            }

            foreach (Repository repository in paper.Repositories)
            {
                if (Inside(repository.Span, p + " repository") && WithinPaper(repository.Span, paper, p + " repository", Expect))
                {
                    // The URL as written, or as a URL reads it ("%41" is "A", "a/./b" is "a/b").
                    string spanText = repository.Span.GetText(text);
                    string path = repository.Owner + "/" + repository.Name;
                    Expect(
                        spanText.Contains(path, StringComparison.OrdinalIgnoreCase) || LinkClassifier.Normalize(spanText).Contains(path, StringComparison.OrdinalIgnoreCase),
                        $"{p}: repository {path} is not in its span '{spanText}'");
                }
            }

            foreach (Affiliation affiliation in paper.Affiliations)
            {
                if (Inside(affiliation.Span, p + " affiliation") && WithinPaper(affiliation.Span, paper, p + " affiliation", Expect))
                {
                    Expect(affiliation.Span.GetText(text) == affiliation.Name, $"{p}: affiliation '{affiliation.Name}' differs from its span '{affiliation.Span.GetText(text)}'");
                }
            }

            foreach (ProjectPage page in paper.ProjectPages)
            {
                if (Inside(page.Span, p + " project page") && WithinPaper(page.Span, paper, p + " project page", Expect))
                {
                    Expect(page.Span.Length > 0, $"{p}: project page {page.Url} has an empty span");
                }
            }

            foreach (Section section in paper.Sections)
            {
                if (Inside(section.Span, p + " section") && WithinPaper(section.Span, paper, p + " section", Expect))
                {
                    string spanText = section.Span.GetText(text);
                    Expect(section.Label is null || spanText.Contains(section.Label, StringComparison.Ordinal), $"{p}: section label '{section.Label}' is not in its span");
                    Expect(section.Text.Split('\n').All(line => spanText.Contains(line, StringComparison.Ordinal)), $"{p}: section text is not in its span '{spanText}'");
                }
            }

            CheckLinks(text, paper.Links, p + " link", Inside, Expect);
            foreach (CustomEntity entity in paper.Entities)
            {
                Inside(entity.Span, p + " entity");
            }
        }

        if (digest.Footer is { } footer && Inside(footer.Span, "footer"))
        {
            Expect(footer.Span.Start >= previousEnd, "the footer overlaps the last paper");
        }

        return problems;
    }

    private static void CheckLinks(string text, IEnumerable<Link> links, string what, Func<SourceSpan, string, bool> inside, Action<bool, string> expect)
    {
        foreach (Link link in links)
        {
            if (inside(link.Span, what))
            {
                expect(link.Span.Length > 0 && link.Url.Length > 0, $"{what} {link.Url}: empty span or URL");
            }
        }
    }

    private static bool WithinPaper(SourceSpan span, Paper paper, string what, Action<bool, string> expect)
    {
        bool within = span.Start >= paper.Span.Start && span.End <= paper.Span.End;
        expect(within, $"{what}: span {span} is outside the paper's span {paper.Span}");
        return within;
    }

    /// <summary>Whether a field's prefix or suffix is only decoration: spaces, bullets, bold marks, emoji, quote marks.</summary>
    private static bool IsDecoration(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Fold(string text) =>
        string.Create(text.Length, text, static (destination, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                char c = source[i];
                destination[i] = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            }
        });
}
