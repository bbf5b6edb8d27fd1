using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PaperDigest.Extraction.Links;
using PaperDigest.Model;
using PaperDigest.Serialization;
using PaperDigest.Tests.Properties.Generation;

namespace PaperDigest.Tests.Properties;

/// <summary>
/// Round trips: arXiv identifiers of both schemes format back to what was parsed (and near misses are rejected);
/// repository URLs parse back to the repository; URL normalization is idempotent; digests survive JSON. The number
/// of tests comes from <see cref="PaperDigestPropertiesAttribute"/> (<c>PAPERDIGEST_PROPERTY_MAXTEST</c> for nightly runs).
/// </summary>
[PaperDigestProperties(MaxTest = 300)]
public class RoundTripProperties
{
    [Property]
    public Property ArxivId_formats_back_to_what_was_parsed(ValidArxivId written)
    {
        bool parsed = ArxivId.TryParse(written.Text, out ArxivId id);
        return (parsed
                && id.ToString("V", CultureInfo.InvariantCulture) == written.Text
                && id.ToString() == written.Canonical
                && id.WithoutVersion().ToString() == written.Canonical
                && id.Version == written.Version
                && id.IsOldStyle == written.Canonical.Contains('/', StringComparison.Ordinal)
                && ArxivId.Parse(id.ToString("V", CultureInfo.InvariantCulture)) == id)
            .Label($"parsed: {parsed}, formatted: {id.ToString("V", CultureInfo.InvariantCulture)}");
    }

    [Property]
    public bool ArxivId_accepts_the_arxiv_prefix_and_full_width_forms(ValidArxivId written)
    {
        ArxivId id = ArxivId.Parse(written.Text);
        string fullWidth = string.Concat(written.Text.Select(c => c is > ' ' and < '\u007F' ? (char)(c + 0xFEE0) : c));
        return ArxivId.TryParse("arXiv:" + written.Text, out ArxivId prefixed) && prefixed == id
            && ArxivId.TryParse("ARXIV: " + written.Text, out ArxivId spaced) && spaced == id
            && ArxivId.TryParse(fullWidth, out ArxivId folded) && folded == id;
    }

    [Property]
    public Property Invalid_arxiv_ids_are_rejected(InvalidArxivId written)
    {
        bool accepted = ArxivId.TryParse(written.Text, out ArxivId id);
        return (!accepted).Label($"accepted as {id.ToString("V", CultureInfo.InvariantCulture)}");
    }

    [Property]
    public Property ArxivIds_order_chronologically(ValidArxivId a, ValidArxivId b)
    {
        ArxivId x = ArxivId.Parse(a.Text), y = ArxivId.Parse(b.Text);
        int byDate = ((x.Year * 100) + x.Month).CompareTo((y.Year * 100) + y.Month);
        int compared = Math.Sign(x.CompareTo(y));
        return (Math.Sign(y.CompareTo(x)) == -compared && (compared == 0) == (x == y) && (byDate == 0 || compared == byDate))
            .Label($"{x.ToString("V", CultureInfo.InvariantCulture)} vs {y.ToString("V", CultureInfo.InvariantCulture)}: {compared}");
    }

    [Property]
    public Property Repository_urls_parse_back_to_the_repository(RepositoryRef repository)
    {
        bool parsed = RepositoryRef.TryParse(repository.Url, out RepositoryRef back);
        return (parsed && back == repository && back.Kind == repository.Kind && back.Url == repository.Url
                && back.Owner == repository.Owner && back.Name == repository.Name && back.Host == repository.Host)
            .Label($"{repository.Url} parsed as {back.Url} ({back.Kind})");
    }

    /// <summary>Deep links, a <c>.git</c> suffix, <c>http</c>, <c>www.</c>, no scheme and a trailing slash still name the repository.</summary>
    [Property]
    public Property Repository_url_variants_name_the_same_repository(RepositoryRef repository)
    {
        string url = repository.Url;
        string bare = url["https://".Length..];
        var variants = new List<string> { url + "/", url + "/tree/main/src", "http://" + bare, "https://www." + bare, bare, url + "?tab=readme" };
        if (repository.Host != "huggingface.co")
        {
            variants.Add(url + ".git");
        }

        var wrong = variants.Where(v => !RepositoryRef.TryParse(v, out RepositoryRef back) || back != repository || back.Url != url).ToList();
        return (wrong.Count == 0).Label("not " + url + ": " + string.Join(", ", wrong));
    }

    [Property]
    public Property Normalizing_a_repository_url_keeps_it(RepositoryRef repository) =>
        (LinkClassifier.Normalize(repository.Url) == repository.Url
            && LinkClassifier.Normalize(repository.Url + "/tree/main") == repository.Url + "/tree/main"
            && LinkClassifier.Classify(repository.Url) == repository.Kind)
        .Label(LinkClassifier.Normalize(repository.Url) + " " + LinkClassifier.Classify(repository.Url));

    [Property]
    public Property Normalize_is_idempotent_and_keeps_the_kind(WebUrl url)
    {
        string once = LinkClassifier.Normalize(url.Text);
        string twice = LinkClassifier.Normalize(once);
        LinkKind before = LinkClassifier.Classify(url.Text), after = LinkClassifier.Classify(once);
        return (once == twice && before == after).Label($"{url.Text} → {once} → {twice}; {before} → {after}");
    }

    [Property]
    public Property Normalize_is_idempotent_on_any_text(string text)
    {
        text ??= string.Empty;
        string once = LinkClassifier.Normalize(text);
        return (LinkClassifier.Normalize(once) == once).Label(once);
    }

    /// <summary>JSON is UTF-8: a lone surrogate cannot be written (it becomes U+FFFD), so inputs are made well-formed first.</summary>
    [Property]
    public Property Json_round_trips(string text)
    {
        string wellFormed = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text ?? string.Empty));
        Digest digest = DigestParser.Default.Parse(wellFormed);
        return (DigestJson.Deserialize(DigestJson.Serialize(digest, indented: false)) == digest).Label("JSON changed the digest");
    }

    [Property]
    public Property Json_round_trips_generated_digests(DigestSpec spec)
    {
        Digest digest = DigestParser.Default.Parse(DigestRenderer.Render(spec).Text, "generated.txt");
        return (DigestJson.Deserialize(DigestJson.Serialize(digest)) == digest).Label("JSON changed the digest");
    }
}
