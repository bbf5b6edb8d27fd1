using PaperDigest.Extraction.Formulas;
using PaperDigest.Model;

namespace PaperDigest.Extraction;

/// <summary>
/// Finds LaTeX formulas in paper titles, fields and prose: <c>\( \)</c>, <c>\[ \]</c>, <c>$ $</c>, <c>$$ $$</c> and
/// <c>\begin{equation|align|gather|multline…}</c>. Currency (<c>$5</c>, <c>US$ 10</c>) is not math; unterminated
/// delimiters, unbalanced braces and unpaired <c>\left</c>/<c>\right</c> become diagnostics.
/// </summary>
/// <remarks>Stateless and thread-safe. The header and footer are not searched.</remarks>
public sealed class FormulaExtractor : IEntityExtractor
{
    private const int MaxKeptCapacity = 1024;

    [ThreadStatic]
    private static (List<FormulaMatch> Formulas, List<FormulaProblem> Problems)? t_lists;

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Scope is ExtractionScope.Header or ExtractionScope.Footer)
        {
            return;
        }

        ReadOnlySpan<char> text = context.Text;
        if (text.IndexOfAny('\\', '$') < 0)
        {
            return;
        }

        // The working lists are kept per thread: a call allocates only the formulas it reports.
        (List<FormulaMatch> formulas, List<FormulaProblem> problems) = t_lists ?? ([], []);
        t_lists = null;
        formulas.Clear();
        problems.Clear();
        FormulaScanner.Scan(text, formulas, problems);
        foreach (FormulaMatch match in formulas)
        {
            context.Report(new Formula(
                text.Slice(match.TexStart, match.TexLength).ToString(),
                match.Display,
                match.Delimiter,
                context.GetSpan(context.Start + match.Start, match.Length)));
        }

        foreach (FormulaProblem problem in problems)
        {
            string code = problem.Kind switch
            {
                FormulaProblemKind.Unterminated => DiagnosticCodes.UnterminatedFormula,
                FormulaProblemKind.UnbalancedBraces => DiagnosticCodes.UnbalancedBraces,
                _ => DiagnosticCodes.UnpairedLeftRight,
            };
            context.ReportDiagnostic(DiagnosticSeverity.Warning, code, problem.Message, context.Start + problem.Start, problem.Length);
        }

        // Lists that grew past this are not kept, so one huge input does not pin its buffers to the thread.
        if (formulas.Capacity <= MaxKeptCapacity && problems.Capacity <= MaxKeptCapacity)
        {
            t_lists = (formulas, problems);
        }
    }
}
