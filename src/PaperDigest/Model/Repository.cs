using PaperDigest.Text;

namespace PaperDigest.Model;

/// <summary>A code repository (GitHub, GitLab, Gitee, Bitbucket, Hugging Face) found in the text.</summary>
/// <param name="Host">The host, such as <c>github.com</c>.</param>
/// <param name="Owner">The owner or group path, as written.</param>
/// <param name="Name">The repository name, as written.</param>
/// <param name="Url">The canonical repository URL.</param>
/// <param name="Span">Where the URL was written.</param>
public sealed record Repository(string Host, string Owner, string Name, string Url, SourceSpan Span) : Entity(Span)
{
    /// <summary>Gets the repository as a value without position.</summary>
    /// <returns>The repository reference.</returns>
    public RepositoryRef ToRef() => RepositoryRef.TryParse(Url, out RepositoryRef parsed) ? parsed : new(Host, Owner, Name);
}
