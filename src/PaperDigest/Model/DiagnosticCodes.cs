namespace PaperDigest.Model;

/// <summary>The stable codes of the diagnostics the built-in parser and extractors report.</summary>
public static class DiagnosticCodes
{
    /// <summary>The input has text but no numbered paper entries were found.</summary>
    public const string NoPapers = "PD0001";

    /// <summary>A labelled field has an empty value (for example <c>Official Code:</c> with nothing after it).</summary>
    public const string EmptyField = "PD0002";

    /// <summary>A numbered line looks like a paper heading but its number does not continue the sequence.</summary>
    public const string OutOfSequenceNumber = "PD0003";

    /// <summary>The input contains NUL or other control characters (it may be binary).</summary>
    public const string ControlCharacters = "PD0004";

    /// <summary>The input reader for the requested format (HTML, Markdown) failed; the input was read as plain text.</summary>
    public const string ReaderFailed = "PD0005";

    /// <summary>An arXiv link or <c>arXiv:</c> reference holds an identifier that is not valid.</summary>
    public const string InvalidArxivId = "PD0101";

    /// <summary>A formula delimiter has no closing delimiter; the text stays text.</summary>
    public const string UnterminatedFormula = "PD0201";

    /// <summary>A formula's braces do not balance.</summary>
    public const string UnbalancedBraces = "PD0202";

    /// <summary>A formula's <c>\left</c> and <c>\right</c> do not pair up.</summary>
    public const string UnpairedLeftRight = "PD0203";

    /// <summary>A custom extractor threw an exception; its results for that block were dropped.</summary>
    public const string ExtractorFailed = "PD0900";
}
