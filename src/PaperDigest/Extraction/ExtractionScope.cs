namespace PaperDigest.Extraction;

/// <summary>Which part of a digest an <see cref="ExtractionContext"/> covers.</summary>
public enum ExtractionScope
{
    /// <summary>
    /// One line outside any paper: the digest header (date, sources, title, intro) or the text under a group heading
    /// before its first entry. Entities found here belong to the digest.
    /// </summary>
    Header,

    /// <summary>A paper's heading title or one of its title lines.</summary>
    PaperTitle,

    /// <summary>The value of one labelled field of a paper; <see cref="ExtractionContext.FieldLabel"/> and <see cref="ExtractionContext.FieldKind"/> say which.</summary>
    Field,

    /// <summary>A run of a paper's prose lines and sub-section headings (may span several lines).</summary>
    Body,

    /// <summary>The digest footer. Entities found here belong to the digest, never to the last paper.</summary>
    Footer,
}
