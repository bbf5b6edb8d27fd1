namespace PaperDigest.Extraction.Formulas;

/// <summary>
/// A diagnostic reported by <see cref="FormulaScanner"/>. Offsets are relative to the scanned text.
/// </summary>
/// <param name="Start">Offset of the offending delimiter or formula.</param>
/// <param name="Length">Length of the offending delimiter or formula.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Message">A human-readable, invariant-culture description.</param>
internal readonly record struct FormulaProblem(int Start, int Length, FormulaProblemKind Kind, string Message);
