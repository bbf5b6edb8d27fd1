using System.Collections.Frozen;

namespace PaperDigest.Html;

/// <summary>How the reader treats each HTML element (names are compared case-insensitively).</summary>
internal static class HtmlElements
{
    /// <summary>Elements that start and end a line.</summary>
    internal static readonly FrozenSet<string> Blocks = new[]
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "address", "blockquote", "pre",
        "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "thead", "tbody", "tfoot",
        "caption", "figure", "figcaption", "hr", "details", "summary", "form", "fieldset", "legend", "center", "listing",
        "plaintext", "body", "html", "hgroup", "menu",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements whose content is never read: scripts and styles, embedded media, form controls, images, site navigation.</summary>
    internal static readonly FrozenSet<string> Dropped = new[]
    {
        "script", "style", "noscript", "template", "head", "title", "svg", "canvas", "iframe", "object", "embed",
        "video", "audio", "select", "textarea", "button", "datalist", "img", "picture", "source", "input", "map",
        "noembed", "noframes", "nav",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements whose white space is kept as written.</summary>
    internal static readonly FrozenSet<string> Preformatted = new[] { "pre", "listing", "plaintext" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Table cells: separated from the previous cell of their row by a space.</summary>
    internal static readonly FrozenSet<string> Cells = new[] { "td", "th" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Class names of rendered formula output whose TeX source the reader reads instead.</summary>
    internal static readonly FrozenSet<string> RenderedMath = new[]
    {
        "katex-html", "MathJax", "MathJax_Preview", "MathJax_Display", "MathJax_SVG", "MathJax_SVG_Display", "MathJax_CHTML",
    }.ToFrozenSet(StringComparer.Ordinal);
}
