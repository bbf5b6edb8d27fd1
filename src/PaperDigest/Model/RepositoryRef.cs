using System.Text.Json.Serialization;
using PaperDigest.Extraction.Links;

namespace PaperDigest.Model;

/// <summary>
/// A reference to a code repository (GitHub, GitLab, Gitee, Bitbucket) or a Hugging Face repository (model, data set
/// or Space).
/// </summary>
/// <remarks>
/// <para>
/// Equality ignores case on <see cref="Host"/>, <see cref="Owner"/> and <see cref="Name"/> (code hosts treat these
/// names case-insensitively) and compares <see cref="Kind"/>; the properties keep the case as written.
/// </para>
/// <para>
/// Not repositories: user and organisation profiles, gists, topic and other reserved pages, and
/// <c>*.github.io</c> sites.
/// </para>
/// <para>
/// The constructor rejects empty parts; only <see langword="default"/> (what a failed <c>TryParse</c> returns) has
/// <see langword="null"/> parts, an empty <see cref="Url"/> and <see cref="LinkKind.Other"/> as <see cref="Kind"/>.
/// </para>
/// </remarks>
/// <param name="Host">The host name, for example <c>github.com</c>, <c>gitlab.com</c> or <c>huggingface.co</c>.</param>
/// <param name="Owner">The owner (user or organisation); for GitLab the full group path such as
/// <c>group/subgroup</c>.</param>
/// <param name="Name">The repository name, without a <c>.git</c> suffix.</param>
[method: JsonConstructor]
public readonly record struct RepositoryRef(string Host, string Owner, string Name)
{
    private const string HuggingFaceHost = "huggingface.co";

    /// <summary>Gets the host name, for example <c>github.com</c>.</summary>
    public string Host { get; } = RequireText(Host, nameof(Host));

    /// <summary>Gets the owner (user or organisation; for GitLab the full group path).</summary>
    public string Owner { get; } = RequireText(Owner, nameof(Owner));

    /// <summary>Gets the repository name.</summary>
    public string Name { get; } = RequireText(Name, nameof(Name));

    /// <summary>
    /// Gets what the repository holds: <see cref="LinkKind.Repository"/> for code repositories and Hugging Face
    /// Spaces, <see cref="LinkKind.Model"/> or <see cref="LinkKind.Dataset"/> for Hugging Face models and data sets.
    /// Defaults to <see cref="LinkKind.Model"/> on <c>huggingface.co</c> and <see cref="LinkKind.Repository"/>
    /// elsewhere.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to anything other than
    /// <see cref="LinkKind.Repository"/>, or to <see cref="LinkKind.Model"/> or <see cref="LinkKind.Dataset"/> on
    /// <c>huggingface.co</c>.</exception>
    public LinkKind Kind
    {
        get;
        init => field = ValidateKind(this.Host, value);
    } = DefaultKind(Host);

    /// <summary>
    /// Gets the canonical URL: <c>https://github.com/Owner/Name</c>, without a trailing slash; Hugging Face data sets
    /// and Spaces keep their <c>datasets/</c> or <c>spaces/</c> prefix.
    /// </summary>
    public string Url =>
        Host is null ? string.Empty : string.Concat("https://", Host, "/", PathPrefix(Host, Kind), Owner, "/", Name);

    /// <summary>Parses a repository URL such as <c>https://github.com/owner/repo/tree/main</c>.</summary>
    /// <param name="url">The URL, with or without a scheme (<c>github.com/owner/repo</c>).</param>
    /// <param name="result">The repository, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="url"/> points into a repository.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is <see langword="null"/>.</exception>
    public static bool TryParse(string url, out RepositoryRef result)
    {
        ArgumentNullException.ThrowIfNull(url);
        result = default;
        if (!RepositoryPath.TryMatch(url, out RepositoryPath match))
        {
            return false;
        }

        result = match.ToRepository();
        return true;
    }

    /// <summary>Parses a repository URL such as <c>https://github.com/owner/repo/tree/main</c>.</summary>
    /// <param name="url">The URL; relative URIs and schemes other than <c>http</c> and <c>https</c> are not
    /// repositories.</param>
    /// <param name="result">The repository, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="url"/> points into a repository.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is <see langword="null"/>.</exception>
    public static bool TryParse(Uri url, out RepositoryRef result)
    {
        ArgumentNullException.ThrowIfNull(url);
        return TryParse(url, out result, out _);
    }

    /// <inheritdoc/>
    public bool Equals(RepositoryRef other) =>
        string.Equals(Host, other.Host, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Owner, other.Owner, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase)
        && Kind == other.Kind;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        IgnoreCaseHash(Host),
        IgnoreCaseHash(Owner),
        IgnoreCaseHash(Name),
        Kind);

    /// <summary>Returns <see cref="Url"/>.</summary>
    /// <returns>The canonical URL.</returns>
    public override string ToString() => Url;

    /// <summary>Parses a repository URL and also returns the rest of its path after the repository root.</summary>
    /// <param name="url">The URL.</param>
    /// <param name="result">The repository.</param>
    /// <param name="remainder">The escaped path segments after the repository root, each preceded by <c>/</c>
    /// (for example <c>/tree/main/src</c>); empty when the URL is the repository root.</param>
    /// <returns><see langword="true"/> when <paramref name="url"/> points into a repository.</returns>
    internal static bool TryParse(Uri url, out RepositoryRef result, out string remainder)
    {
        result = default;
        remainder = string.Empty;
        if (!RepositoryPath.TryMatch(url, out RepositoryPath match))
        {
            return false;
        }

        result = match.ToRepository();
        remainder = match.GetRemainder();
        return true;
    }

    private static int IgnoreCaseHash(string? value) =>
        value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(value);

    private static string RequireText(string value, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameterName);
        return value;
    }

    private static bool IsHuggingFace(string? host) =>
        string.Equals(host, HuggingFaceHost, StringComparison.OrdinalIgnoreCase);

    private static LinkKind DefaultKind(string? host) => IsHuggingFace(host) ? LinkKind.Model : LinkKind.Repository;

    private static LinkKind ValidateKind(string host, LinkKind kind) =>
        kind == LinkKind.Repository || (kind is LinkKind.Model or LinkKind.Dataset && IsHuggingFace(host))
            ? kind
            : throw new ArgumentOutOfRangeException(
                nameof(kind), kind, "A repository is a Repository, or a Model or Dataset on huggingface.co.");

    private static string PathPrefix(string host, LinkKind kind) =>
        !IsHuggingFace(host) ? string.Empty : kind switch
        {
            LinkKind.Dataset => "datasets/",
            LinkKind.Repository => "spaces/",
            _ => string.Empty,
        };
}
