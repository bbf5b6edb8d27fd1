using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PaperDigest.Model;
using PaperDigest.Tests.Properties.Generation;

namespace PaperDigest.Tests.Properties;

/// <summary>
/// Totality: <c>Parse</c> never throws (and no built-in extractor fails) for any string, and every span lies inside
/// the input and points at matching text (<see cref="SpanChecks"/>). The number of tests comes from
/// <see cref="PaperDigestPropertiesAttribute"/> (environment variable <c>PAPERDIGEST_PROPERTY_MAXTEST</c> for nightly runs).
/// </summary>
[PaperDigestProperties(MaxTest = 300)]
public class ParserProperties
{
    [Property]
    public Property Parse_is_total_and_every_span_points_at_matching_text(string text)
    {
        text ??= string.Empty;
        List<string> problems = SpanChecks.Problems(text, DigestParser.Default.Parse(text));
        return (problems.Count == 0).Label(string.Join(Environment.NewLine, problems));
    }

    [Property]
    public Property Parse_is_total_on_arbitrary_utf16(Utf16Text units)
    {
        string text = units.Value;
        List<string> problems = SpanChecks.Problems(text, DigestParser.Default.Parse(text));
        return (problems.Count == 0).Label(string.Join(Environment.NewLine, problems));
    }

    /// <summary>Realistic digests reach the deeper paths (fields, sections, entities); their spans must hold too.</summary>
    [Property]
    public Property Spans_of_generated_digests_point_at_matching_text(DigestSpec spec)
    {
        string text = DigestRenderer.Render(spec).Text;
        List<string> problems = SpanChecks.Problems(text, DigestParser.Default.Parse(text));
        return (problems.Count == 0).Label(string.Join(Environment.NewLine, problems));
    }

    /// <summary>Glue messy text into a realistic digest: the parser must stay total around real structure.</summary>
    [Property]
    public Property Messy_text_inside_a_digest_keeps_every_invariant(DigestSpec spec, string noise, int where)
    {
        RenderedDigest rendered = DigestRenderer.Render(spec);
        var lines = rendered.Lines.Select(l => l.Text).ToList();
        lines.Insert(Math.Abs(where % (lines.Count + 1)), noise ?? string.Empty);
        string text = rendered.Join(lines);
        Digest digest = DigestParser.Default.Parse(text);
        List<string> problems = SpanChecks.Problems(text, digest);
        return (problems.Count == 0).Label(string.Join(Environment.NewLine, problems));
    }
}
