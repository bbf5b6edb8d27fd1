using PaperDigest.Input;

namespace PaperDigest.Markdown;

/// <summary>
/// Reads Markdown digests: the text is kept character for character (so every span is an offset of the original
/// Markdown), except that code — fenced and indented code blocks, code spans — HTML comments, YAML front matter,
/// <c>&lt;img&gt;</c> tags and image syntax <c>![alt](url)</c> are replaced by spaces of the same length, so their
/// URLs and identifiers are never mined.
/// </summary>
/// <remarks>
/// <para>
/// The parser already understands light Markdown (<c>#</c> headings, <c>**bold**</c>, <c>- </c> bullets,
/// <c>[text](url)</c> links), so nothing else is rewritten. Block structure comes from Markdig (CommonMark); see
/// docs/input-formats.md.
/// </para>
/// <para>Immutable and thread-safe. <see cref="Read"/> never throws for a non-null input.</para>
/// </remarks>
public sealed class MarkdownInputReader : IInputReader
{
    /// <inheritdoc />
    public InputFormat Format => InputFormat.Markdown;

    /// <summary>
    /// Whether <paramref name="input"/> looks like Markdown, from its first 4 KB: front matter, an ATX heading
    /// (<c># Title</c>), a code fence or an inline link <c>[text](http…)</c>; or <c>**bold**</c> and list items together.
    /// Plain text with none of these, and HTML documents, are not Markdown.
    /// </summary>
    /// <param name="input">The input.</param>
    /// <returns><see langword="true"/> when this reader should read it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    public bool CanRead(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return MarkdownSniffer.LooksLikeMarkdown(input);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    public ProjectedText Read(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return MarkdownProjector.Project(input);
    }
}
