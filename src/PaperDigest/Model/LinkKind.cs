using System.Text.Json.Serialization;

namespace PaperDigest.Model;

/// <summary>
/// What a link in a digest points to, decided from the URL alone (never from the label written next to it).
/// </summary>
public enum LinkKind
{
    /// <summary>
    /// A link that is none of the other kinds: social media, news and blog platforms, short links that cannot be
    /// resolved offline (for example <c>t.co</c>, <c>git.io</c>, <c>bit.ly</c>), profiles and listing pages of code or
    /// model hosts, IP addresses and hosts without a dot.
    /// </summary>
    [JsonStringEnumMemberName("other")]
    Other,

    /// <summary>
    /// An arXiv paper page: <c>arxiv.org/abs/…</c>, <c>/pdf/…</c>, <c>/html/…</c>, <c>/format/…</c> (also on
    /// <c>export.arxiv.org</c>), <c>alphaxiv.org/abs/…</c> and <c>huggingface.co/papers/…</c>.
    /// </summary>
    [JsonStringEnumMemberName("arxiv")]
    Arxiv,

    /// <summary>
    /// A source-code repository (GitHub, GitLab, Gitee, Bitbucket) or a Hugging Face Space.
    /// </summary>
    [JsonStringEnumMemberName("repository")]
    Repository,

    /// <summary>
    /// A project or lab page: <c>*.github.io</c> sites, personal and university pages, and any other web page that
    /// is not recognised as one of the other kinds.
    /// </summary>
    [JsonStringEnumMemberName("projectPage")]
    ProjectPage,

    /// <summary>
    /// A data set page, for example <c>huggingface.co/datasets/owner/name</c>.
    /// </summary>
    [JsonStringEnumMemberName("dataset")]
    Dataset,

    /// <summary>
    /// A model page, for example <c>huggingface.co/owner/model</c>.
    /// </summary>
    [JsonStringEnumMemberName("model")]
    Model,

    /// <summary>
    /// A paper outside arXiv: OpenReview, ACL Anthology, DOI links, conference proceedings, publisher pages and
    /// paper indexes such as Papers with Code or Semantic Scholar.
    /// </summary>
    [JsonStringEnumMemberName("paper")]
    Paper,
}
