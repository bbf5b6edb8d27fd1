using PaperDigest.Markdown;

// Extension methods live in the namespace of the type they extend, so `using PaperDigest;` is all a caller needs.
namespace PaperDigest;

/// <summary>Registers the Markdown input reader on a <see cref="DigestParserBuilder"/>.</summary>
public static class MarkdownDigestParserBuilderExtensions
{
    /// <summary>
    /// Lets the parser read Markdown with code, images, comments and front matter hidden from the extractors: with
    /// <see cref="Input.InputFormat.Auto"/> the <see cref="MarkdownInputReader"/> reads inputs that look like Markdown,
    /// with <see cref="Input.InputFormat.Markdown"/> it reads every input.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static DigestParserBuilder UseMarkdown(this DigestParserBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddInputReader(new MarkdownInputReader());
    }
}
