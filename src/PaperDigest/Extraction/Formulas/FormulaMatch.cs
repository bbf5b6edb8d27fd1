using PaperDigest.Model;

namespace PaperDigest.Extraction.Formulas;

/// <summary>
/// One formula found by <see cref="FormulaScanner"/>. Offsets are relative to the scanned text.
/// </summary>
/// <param name="Start">Offset of the opening delimiter.</param>
/// <param name="Length">Length of the formula including both delimiters.</param>
/// <param name="TexStart">
/// Offset of the TeX source. For <see cref="FormulaDelimiter.Environment"/> the whole
/// <c>\begin{env}…\end{env}</c> text is the TeX, so it equals <paramref name="Start"/>.
/// </param>
/// <param name="TexLength">Length of the TeX source.</param>
/// <param name="Delimiter">The delimiter kind.</param>
/// <param name="Display">Whether the formula is display math (as opposed to inline math).</param>
internal readonly record struct FormulaMatch(
    int Start,
    int Length,
    int TexStart,
    int TexLength,
    FormulaDelimiter Delimiter,
    bool Display);
