using PaperDigest.Text;

namespace PaperDigest.Model;

/// <summary>The digest's footer: references, document information, copyright, "read more" lists.</summary>
/// <param name="Author">The post's author (<c>本文作者</c>), or <see langword="null"/>.</param>
/// <param name="Link">The post's own address (<c>本文链接</c>), or <see langword="null"/>.</param>
/// <param name="License">The copyright or license statement (<c>版权声明</c>), or <see langword="null"/>.</param>
/// <param name="Text">The footer's lines, trimmed and joined with <c>\n</c>.</param>
/// <param name="Span">From the first footer line to the end of the input's content.</param>
public sealed record Footer(string? Author, string? Link, string? License, string Text, SourceSpan Span);
