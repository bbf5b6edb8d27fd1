namespace PaperDigest;

/// <summary>One <c>AddPaperDigest</c> call's changes to the builder, kept in the container until the parser is built.</summary>
internal sealed record PaperDigestConfiguration(Action<DigestParserBuilder> Configure);
