using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PaperDigest.Model;
using PaperDigest.Serialization;

namespace PaperDigest.Tests.Properties;

[Properties(Arbitrary = [typeof(TextFragments)], MaxTest = 200)]
public class ParserProperties
{
    [Property]
    public Property Parse_is_total_and_every_span_lies_inside_the_input(string text)
    {
        text ??= string.Empty;
        Digest digest = DigestParser.Default.Parse(text);
        bool Inside(PaperDigest.Text.SourceSpan span) => span.Start >= 0 && span.Length >= 0 && span.End <= text.Length;
        bool ok = digest.Diagnostics.All(d => Inside(d.Span))
            && digest.Papers.All(p => Inside(p.Span)
                && p.Arxiv.All(a => Inside(a.Span) && text.Substring(a.Span.Start, a.Span.Length).Contains(a.Id.Number, StringComparison.Ordinal))
                && p.Formulas.All(f => Inside(f.Span))
                && p.Links.All(l => Inside(l.Span))
                && p.Sections.All(s => Inside(s.Span)));
        return ok.Label("spans inside the input");
    }

    /// <summary>JSON is UTF-8: a lone surrogate cannot be written (it becomes U+FFFD), so inputs are made well-formed first.</summary>
    [Property]
    public bool Json_round_trips(string text)
    {
        string wellFormed = System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(text ?? string.Empty));
        Digest digest = DigestParser.Default.Parse(wellFormed);
        return DigestJson.Deserialize(DigestJson.Serialize(digest, indented: false)) == digest;
    }
}
