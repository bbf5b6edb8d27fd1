using PaperDigest.Model;

namespace PaperDigest.Sections;

/// <summary>What one look-up in the <see cref="KeywordIndex"/> found: the tables the key is in, and its field kind.</summary>
/// <param name="Roles">The tables the key belongs to.</param>
/// <param name="FieldKind">The field kind, when <paramref name="Roles"/> has <see cref="KeywordRoles.Field"/>.</param>
internal readonly record struct KeywordMatch(KeywordRoles Roles, FieldKind FieldKind)
{
    /// <summary>Whether the key is in the table <paramref name="role"/>.</summary>
    public bool Is(KeywordRoles role) => (Roles & role) != 0;
}
