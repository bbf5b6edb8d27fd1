using PaperDigest.Text;

namespace PaperDigest.Model;

/// <summary>A LaTeX formula.</summary>
/// <param name="Tex">The TeX inside the delimiters (for an environment, the whole <c>\begin…\end</c>).</param>
/// <param name="Display">Whether it is display math (<c>\[ \]</c>, <c>$$ $$</c>, environments) rather than inline.</param>
/// <param name="Delimiter">Which delimiters enclose it.</param>
/// <param name="Span">Where it was written, delimiters included.</param>
public sealed record Formula(string Tex, bool Display, FormulaDelimiter Delimiter, SourceSpan Span) : Entity(Span);
