using PaperDigest.Model;

namespace PaperDigest.Tests.Properties.Generation;

/// <summary>A formula in prose: its TeX and delimiter.</summary>
public sealed record FormulaSpec(string Tex, FormulaDelimiter Delimiter);
