using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using PaperDigest.Input;

namespace PaperDigest.Markdown;

/// <summary>
/// Projects Markdown one character for one: the original text with the parts that must never be mined — YAML front
/// matter, fenced and indented code blocks, code spans, HTML comments, <c>&lt;img&gt;</c> tags and image syntax —
/// replaced by spaces of the same length (line breaks kept). Every offset of the projection is the same offset of the input.
/// </summary>
/// <remarks>
/// Markdig (CommonMark) finds the blocks: front matter, code blocks, HTML blocks, and the paragraphs and headings whose
/// inline text <see cref="InlineBlanker"/> then scans. Markdig's own inline parsers are switched off (they are
/// super-linear on some inputs; see <see cref="InlineBlanker"/>). Markdig refuses documents nested too deeply; such an
/// input is scanned as one run of inline text instead.
/// </remarks>
internal static class MarkdownProjector
{
    private static readonly MarkdownPipeline Pipeline = CreatePipeline();

    /// <summary>Projects a Markdown input.</summary>
    /// <param name="input">The Markdown.</param>
    /// <returns>The projection, mapped one-for-one onto <paramref name="input"/>.</returns>
    internal static ProjectedText Project(string input)
    {
        char[] output = input.ToCharArray();

        // Markdig does not look past a BOM for front matter: parse what follows it and shift the offsets.
        int offset = input.Length > 0 && input[0] == '\uFEFF' ? 1 : 0;
        string body = offset == 0 ? input : input[offset..];
        MarkdownDocument? document;
        try
        {
            document = Markdig.Markdown.Parse(body, Pipeline);
        }
#pragma warning disable CA1031 // Markdig throws on pathological nesting; the reader must not throw, so fall back to an inline scan.
        catch (Exception)
#pragma warning restore CA1031
        {
            document = null;
        }

        if (document is null)
        {
            InlineBlanker.Blank(input, output, offset, input.Length, markdown: true);
        }
        else
        {
            BlankBlocks(document, input, output, offset);
        }

        return new ProjectedTextBuilder(input).AppendCopied(output, 0).Build();
    }

    private static void BlankBlocks(MarkdownDocument document, string input, char[] output, int offset)
    {
        var stack = new Stack<Block>();
        stack.Push(document);
        while (stack.TryPop(out Block? block))
        {
            switch (block)
            {
                case YamlFrontMatterBlock or CodeBlock:
                    if (TryGetRange(block, input.Length, offset, out int start, out int end))
                    {
                        BlankRange(output, start, end);
                    }

                    break;
                case HtmlBlock html:
                    if (TryGetRange(html, input.Length, offset, out start, out end))
                    {
                        if (html.Type == HtmlBlockType.Comment && input.AsSpan(start, end - start).IndexOf("-->", StringComparison.Ordinal) < 0)
                        {
                            // An unclosed comment hides the rest of the block.
                            BlankRange(output, start, end);
                        }
                        else
                        {
                            InlineBlanker.Blank(input, output, start, end, markdown: false);
                        }
                    }

                    break;
                case ParagraphBlock or HeadingBlock:
                    if (TryGetRange(block, input.Length, offset, out start, out end))
                    {
                        InlineBlanker.Blank(input, output, start, end, markdown: true);
                    }

                    break;
                case ContainerBlock container:
                    for (int i = container.Count - 1; i >= 0; i--)
                    {
                        stack.Push(container[i]);
                    }

                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>Gets a block's range in the input (Markdig's spans are inclusive and relative to the parsed text).</summary>
    private static bool TryGetRange(Block block, int inputLength, int offset, out int start, out int end)
    {
        start = block.Span.Start + offset;
        end = Math.Min(inputLength, block.Span.End + 1 + offset);
        return block.Span.Start >= 0 && start < end;
    }

    private static void BlankRange(char[] output, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (output[i] is not ('\r' or '\n'))
            {
                output[i] = ' ';
            }
        }
    }

    private static MarkdownPipeline CreatePipeline()
    {
        MarkdownPipelineBuilder builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseYamlFrontMatter();
        builder.InlineParsers.Clear();
        return builder.Build();
    }
}
