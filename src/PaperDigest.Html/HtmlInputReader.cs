using PaperDigest.Input;

namespace PaperDigest.Html;

/// <summary>
/// Reads HTML digests — saved WeChat articles (<c>div#js_content</c>), blog pages, newsletter e-mails — into the text the
/// digest parser reads, keeping every character's place in the original HTML so that every span points into it.
/// </summary>
/// <remarks>
/// <para>
/// The page is parsed with AngleSharp (the HTML5 algorithm, so unclosed and misnested tags are repaired like a browser
/// does) and its DOM read in document order: block elements end a line, inline elements join (a URL split over two
/// <c>&lt;span&gt;</c>s stays whole), white space collapses, character references are decoded,
/// <c>&lt;a href="URL"&gt;text&lt;/a&gt;</c> becomes <c>[text](URL)</c>, images, scripts, styles and forms are dropped, and
/// MathJax (<c>&lt;script type="math/tex"&gt;</c>) and KaTeX (<c>&lt;annotation encoding="application/x-tex"&gt;</c>) formulas
/// become <c>\( … \)</c> / <c>\[ … \]</c>. See docs/input-formats.md for every rule and how spans map.
/// </para>
/// <para>Immutable and thread-safe. <see cref="Read"/> never throws for a non-null input.</para>
/// </remarks>
public sealed class HtmlInputReader : IInputReader
{
    /// <inheritdoc />
    public InputFormat Format => InputFormat.Html;

    /// <summary>
    /// Whether <paramref name="input"/> looks like HTML: it starts like a document (<c>&lt;!DOCTYPE html</c>,
    /// <c>&lt;html</c>…) or has block-level markup (<c>&lt;p&gt;</c>, <c>&lt;div</c>, <c>&lt;section</c>… with at least one end
    /// tag) in its first 2 KB and no Markdown headings or code fences. An inline tag in Markdown (<c>&lt;a name="x"&gt;</c>)
    /// is not enough.
    /// </summary>
    /// <param name="input">The input.</param>
    /// <returns><see langword="true"/> when this reader should read it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    public bool CanRead(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return HtmlSniffer.LooksLikeHtml(input);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    public ProjectedText Read(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return HtmlProjector.Project(input);
    }
}
