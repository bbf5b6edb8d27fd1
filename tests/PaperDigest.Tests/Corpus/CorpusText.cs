using System.Text;

namespace PaperDigest.Tests.Corpus;

/// <summary>The normalizations the accuracy report compares with. They forgive notation, never content.</summary>
internal static class CorpusText
{
    /// <summary>
    /// A title for comparison: full-width ASCII folded (<c>：</c> is <c>:</c>), white space collapsed and trimmed, a final
    /// <c>.</c> or <c>。</c> dropped. Case and wording must match.
    /// </summary>
    public static string? Title(string? title)
    {
        if (title is null)
        {
            return null;
        }

        string collapsed = Collapse(Fold(title));
        return collapsed.TrimEnd('.', '。').TrimEnd();
    }

    /// <summary>TeX for comparison: white space collapsed to single spaces and trimmed.</summary>
    public static string Tex(string tex) => Collapse(tex);

    /// <summary>A repository key: the canonical URL, case-insensitive, without a trailing slash.</summary>
    public static string Repository(string url) => url.Trim().TrimEnd('/').ToUpperInvariant();

    /// <summary>A project-page key: host without <c>www.</c>, path without trailing slash, and query; scheme ignored.</summary>
    public static string Page(string url)
    {
        string text = url.Trim();
        int scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            text = text[(scheme + 3)..];
        }

        int fragment = text.IndexOf('#', StringComparison.Ordinal);
        if (fragment >= 0)
        {
            text = text[..fragment];
        }

        int slash = text.IndexOf('/', StringComparison.Ordinal);
        string host = (slash < 0 ? text : text[..slash]).ToUpperInvariant();
        string rest = slash < 0 ? string.Empty : text[slash..];
        if (host.StartsWith("WWW.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        return host + rest.TrimEnd('/');
    }

    /// <summary>An affiliation key: the canonical name, or the folded written name when there is none.</summary>
    public static string Affiliation(CorpusAffiliation affiliation) =>
        affiliation.Canonical ?? "name:" + AffiliationName(affiliation.Name);

    /// <summary>A written institution name folded for comparison: full width folded, upper case, white space collapsed.</summary>
    public static string AffiliationName(string name) => Collapse(Fold(name)).ToUpperInvariant();

    /// <summary>
    /// Whether one folded name contains the other as whole words (<c>STEKLOV MATHEMATICAL INSTITUTE</c> in
    /// <c>ST. PETERSBURG BRANCH OF THE STEKLOV MATHEMATICAL INSTITUTE</c>; not <c>T LABS</c> in <c>AT&amp;T LABS</c>).
    /// Next to Chinese characters there are no word boundaries to respect.
    /// </summary>
    public static bool NamesOverlap(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        (string shorter, string longer) = a.Length <= b.Length ? (a, b) : (b, a);
        for (int at = longer.IndexOf(shorter, StringComparison.Ordinal); at >= 0; at = longer.IndexOf(shorter, at + 1, StringComparison.Ordinal))
        {
            int end = at + shorter.Length;
            bool startOk = at == 0 || longer[at - 1] == ' ' || IsCjk(longer[at - 1]) || IsCjk(shorter[0]);
            bool endOk = end == longer.Length || longer[end] == ' ' || IsCjk(longer[end]) || IsCjk(shorter[^1]);
            if (startOk && endOk)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF';

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
