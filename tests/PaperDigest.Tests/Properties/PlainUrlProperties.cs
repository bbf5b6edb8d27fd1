using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PaperDigest.Tests.Extraction.Links;

namespace PaperDigest.Tests.Properties;

/// <summary>
/// Reading a URL without <see cref="Uri"/> (<see cref="PaperDigest.Extraction.Links.PlainUrl"/>) agrees with the
/// <see cref="Uri"/> path on every candidate: the same accept decision and, for a plain URL, the same normalized URL
/// and kind. The number of tests comes from <see cref="PaperDigestPropertiesAttribute"/>.
/// </summary>
[PaperDigestProperties(MaxTest = 2000)]
public class PlainUrlProperties
{
    [Property]
    public Property Plain_reading_agrees_with_Uri_on_url_candidates(UrlCandidate url) => Agrees(url.Text);

    [Property]
    public Property Plain_reading_agrees_with_Uri_on_web_urls(WebUrl url) => Agrees(url.Text);

    [Property(MaxTest = 500)]
    public Property Plain_reading_agrees_with_Uri_on_url_text(UrlText text) => Agrees(text.Value);

    [Property(MaxTest = 500)]
    public Property Plain_reading_agrees_with_Uri_on_printable_ascii(NonNull<string> text) =>
        Agrees("https://" + new string(text.Get.Select(c => (char)(' ' + (c % 95))).ToArray()));

    private static Property Agrees(string url)
    {
        string? difference = PlainUrlEquivalence.FindDifference(url);
        return (difference is null).Label(difference ?? string.Empty);
    }
}
