namespace PaperDigest.Tests.Properties.Generation;

/// <summary>
/// A labelled sub-section: <see cref="Form"/> 0 inline (<c>动机:text</c>), 1 standalone label line, 2 bold label
/// (<c>**方法**:text</c>); its sentences (each ends with sentence punctuation) and the formulas written in it.
/// </summary>
public sealed record SectionSpec(string Label, int Form, string[] Sentences, FormulaSpec[] Formulas);
