namespace PaperDigest.Input;

/// <summary>The format of a digest's input text.</summary>
public enum InputFormat
{
    /// <summary>Detect the format from the content: the first registered <see cref="IInputReader"/> that recognises it, else plain text.</summary>
    Auto,

    /// <summary>Plain text, including light Markdown (headings, bold, bullets, links), read as it is.</summary>
    Text,

    /// <summary>Markdown, read by the reader that <c>UseMarkdown()</c> (package PaperDigest.Markdown) registers.</summary>
    Markdown,

    /// <summary>HTML (saved WeChat articles, blog pages), read by the reader that <c>UseHtml()</c> (package PaperDigest.Html) registers.</summary>
    Html,
}
