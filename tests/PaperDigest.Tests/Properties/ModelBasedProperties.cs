using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PaperDigest.Model;
using PaperDigest.Tests.Properties.Generation;

namespace PaperDigest.Tests.Properties;

/// <summary>
/// The main correctness property: a generated digest structure (<see cref="DigestSpec"/>), written by
/// <see cref="DigestRenderer"/> in the conventions of real digests, parses back to that structure: paper count and
/// numbers, groups, titles, arXiv IDs, repositories, project pages, affiliations' canonical names, formulas and
/// sub-section labels, header date, sources and title. A failure shrinks to a small digest, shown as text. The number
/// of tests comes from <see cref="PaperDigestPropertiesAttribute"/> (<c>PAPERDIGEST_PROPERTY_MAXTEST</c> for nightly runs).
/// </summary>
[PaperDigestProperties(MaxTest = 1000)]
public class ModelBasedProperties
{
    [Property]
    public Property Parsing_a_rendered_digest_gives_back_its_structure(DigestSpec spec)
    {
        RenderedDigest rendered = DigestRenderer.Render(spec);
        Digest digest = DigestParser.Default.Parse(rendered.Text);
        List<string> differences = DigestComparer.Compare(digest, rendered.Expected);
        differences.AddRange(digest.Diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Info)
            .Select(d => $"unexpected {d.Severity} {d.Code} at {d.Span}: {d.Message}"));
        return (differences.Count == 0).Label(string.Join(Environment.NewLine, differences));
    }
}
