using PaperDigest.Model;

namespace PaperDigest.Tests.Properties.Generation;

/// <summary>What the parser must find for one generated paper.</summary>
public sealed record ExpectedPaper(
    int Number,
    string? Group,
    string? Title,
    string? TitleZh,
    string? ShortName,
    string[] Arxiv,
    (string Owner, string Name)[] Repositories,
    string[] Pages,
    string[] Affiliations,
    FormulaDelimiter[] Formulas,
    string[] SectionLabels);
