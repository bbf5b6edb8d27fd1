using PaperDigest.Html;

// Extension methods live in the namespace of the type they extend, so `using PaperDigest;` is all a caller needs.
namespace PaperDigest;

/// <summary>Registers the HTML input reader on a <see cref="DigestParserBuilder"/>.</summary>
public static class HtmlDigestParserBuilderExtensions
{
    /// <summary>
    /// Lets the parser read HTML (saved WeChat articles, blog pages): with <see cref="Input.InputFormat.Auto"/> the
    /// <see cref="HtmlInputReader"/> reads inputs that look like HTML, with <see cref="Input.InputFormat.Html"/> it reads
    /// every input.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static DigestParserBuilder UseHtml(this DigestParserBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddInputReader(new HtmlInputReader());
    }
}
