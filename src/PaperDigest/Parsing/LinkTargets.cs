using PaperDigest.Model;

namespace PaperDigest.Parsing;

/// <summary>What a classified link points at: a repository, a project page, or nothing more than the link.</summary>
internal static class LinkTargets
{
    /// <summary>The <see cref="Repository"/> or <see cref="ProjectPage"/> a link stands for, at the link's span; otherwise <see langword="null"/>.</summary>
    public static Entity? For(Link link) => link.Kind switch
    {
        LinkKind.Repository or LinkKind.Model or LinkKind.Dataset when RepositoryRef.TryParse(link.Url, out RepositoryRef repository) =>
            new Repository(repository.Host, repository.Owner, repository.Name, repository.Url, link.Span),
        LinkKind.ProjectPage => new ProjectPage(link.Url, link.Span),
        _ => null,
    };
}
