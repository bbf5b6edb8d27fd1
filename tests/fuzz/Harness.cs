using System.Runtime.InteropServices;
using System.Text;
using PaperDigest.Model;
using PaperDigest.Serialization;
using PaperDigest.Text;

namespace PaperDigest.Fuzz;

/// <summary>
/// One fuzzing iteration: decode the bytes, parse, and throw when the result breaks an invariant, so that afl-fuzz
/// records the input as a crash. A built-in extractor that threw shows up as a PD0900 diagnostic (the parser catches
/// it); that is a crash too.
/// </summary>
internal static class Harness
{
    /// <summary>
    /// UTF-8 (invalid bytes become U+FFFD), or, after a UTF-16LE byte-order mark, raw UTF-16 code units, so the
    /// fuzzer also reaches lone surrogates.
    /// </summary>
    public static string Decode(byte[] data)
    {
        if (data.Length >= 2 && data[0] == 0xFF && data[1] == 0xFE)
        {
            ReadOnlySpan<byte> units = data.AsSpan(2, (data.Length - 2) & ~1);
            return new string(MemoryMarshal.Cast<byte, char>(units));
        }

        return Encoding.UTF8.GetString(data);
    }

    public static void Check(string text)
    {
        Digest digest = DigestParser.Default.Parse(text, "fuzz");
        var source = new SourceText(text);
        foreach (Diagnostic diagnostic in digest.Diagnostics)
        {
            if (diagnostic.Code == DiagnosticCodes.ExtractorFailed)
            {
                throw new InvalidOperationException("A built-in extractor threw: " + diagnostic.Message);
            }

            CheckSpan(source, diagnostic.Span, "diagnostic " + diagnostic.Code);
        }

        foreach (Paper paper in digest.Papers)
        {
            CheckSpan(source, paper.Span, "paper");
            CheckSpan(source, paper.HeadingSpan, "heading");
            if (paper.Number < 1 || !text.AsSpan(paper.Span.Start, paper.Span.Length).Contains(paper.NumberText, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Paper {paper.Number} '{paper.NumberText}' does not match its span.");
            }

            foreach (ArxivReference arxiv in paper.Arxiv)
            {
                CheckSpan(source, arxiv.Span, "arXiv");
                if (!Folded(arxiv.Span.GetText(text)).Contains(arxiv.Id.Number, StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException($"arXiv {arxiv.Id} is not in its span '{arxiv.Span.GetText(text)}'.");
                }
            }

            foreach (Entity entity in paper.Repositories.Cast<Entity>().Concat(paper.ProjectPages).Concat(paper.Links)
                         .Concat(paper.Affiliations).Concat(paper.Formulas).Concat(paper.Entities))
            {
                CheckSpan(source, entity.Span, entity.GetType().Name);
            }

            foreach (Field field in paper.Fields)
            {
                CheckSpan(source, field.Span, "field");
            }

            foreach (Section section in paper.Sections)
            {
                CheckSpan(source, section.Span, "section");
            }
        }

        foreach (Link link in digest.Links)
        {
            CheckSpan(source, link.Span, "digest link");
        }

        if (digest.Footer is { } footer)
        {
            CheckSpan(source, footer.Span, "footer");
        }

        if (digest.Intro is { } intro)
        {
            CheckSpan(source, intro.Span, "intro");
        }

        // JSON carries UTF-8, which cannot hold a lone surrogate: round-trip only well-formed text.
        if (!HasLoneSurrogate(text) && DigestJson.Deserialize(DigestJson.Serialize(digest, indented: false)) != digest)
        {
            throw new InvalidOperationException("The digest does not survive a JSON round trip.");
        }
    }

    private static void CheckSpan(SourceText source, SourceSpan span, string what)
    {
        if (span.Start < 0 || span.Length < 0 || span.End > source.Length || source.GetSpan(span.Start, span.Length) != span)
        {
            throw new InvalidOperationException($"The {what} span {span} is outside the input of {source.Length} chars or misplaced.");
        }
    }

    private static string Folded(string text) =>
        string.Create(text.Length, text, static (destination, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                char c = source[i];
                destination[i] = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            }
        });

    private static bool HasLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
