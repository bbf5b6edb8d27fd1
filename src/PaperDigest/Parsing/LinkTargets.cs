using PaperDigest.Extraction.Links;
using PaperDigest.Model;

namespace PaperDigest.Parsing;

/// <summary>What a classified link points at: a repository, a project page, or nothing more than the link.</summary>
internal static class LinkTargets
{
    /// <summary>The <see cref="Repository"/> or <see cref="ProjectPage"/> a link stands for, at the link's span; otherwise <see langword="null"/>.</summary>
    /// <remarks>A repository link's URL is parsed as <see cref="RepositoryRef.TryParse(string, out RepositoryRef)"/>
    /// does; the normalized URLs the link extractor writes are read without <see cref="Uri"/>, and a URL that is
    /// already the repository's canonical URL is reused as <see cref="Repository.Url"/>.</remarks>
    public static Entity? For(Link link) => link.Kind switch
    {
        LinkKind.Repository or LinkKind.Model or LinkKind.Dataset => ForRepository(link),
        LinkKind.ProjectPage => new ProjectPage(link.Url, link.Span),
        _ => null,
    };

    private static Repository? ForRepository(Link link)
    {
        if (!RepositoryPath.TryMatch(link.Url, out RepositoryPath match))
        {
            return null;
        }

        RepositoryRef repository = match.ToRepository();
        return new Repository(repository.Host, repository.Owner, repository.Name, match.CreateUrl(withRemainder: false, reuse: link.Url), link.Span);
    }
}
