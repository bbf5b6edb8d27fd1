using System.Text.Encodings.Web;
using System.Text.Json;
using PaperDigest.Model;

namespace PaperDigest.Serialization;

/// <summary>
/// Serializes a <see cref="Digest"/> to the documented JSON contract (docs/json.md) and back. Uses System.Text.Json
/// source generation: no reflection, safe for trimming and native AOT.
/// </summary>
/// <remarks>Thread-safe. Non-ASCII text (Chinese titles) is written as is, not as <c>\u</c> escapes.</remarks>
public static class DigestJson
{
    private static readonly PaperDigestJsonContext Indented = Create(indented: true);
    private static readonly PaperDigestJsonContext Compact = Create(indented: false);

    /// <summary>Serializes <paramref name="digest"/> as indented JSON.</summary>
    /// <param name="digest">The digest.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="digest"/> is <see langword="null"/>.</exception>
    public static string Serialize(Digest digest) => Serialize(digest, indented: true);

    /// <summary>Serializes <paramref name="digest"/>.</summary>
    /// <param name="digest">The digest.</param>
    /// <param name="indented">Whether to indent (otherwise one line).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="digest"/> is <see langword="null"/>.</exception>
    public static string Serialize(Digest digest, bool indented)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return JsonSerializer.Serialize(digest, (indented ? Indented : Compact).Digest);
    }

    /// <summary>Writes <paramref name="digest"/> as UTF-8 JSON to <paramref name="utf8Json"/>.</summary>
    /// <param name="utf8Json">The destination stream (left open).</param>
    /// <param name="digest">The digest.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Serialize(Stream utf8Json, Digest digest, bool indented)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(digest);
        JsonSerializer.Serialize(utf8Json, digest, (indented ? Indented : Compact).Digest);
    }

    /// <summary>Reads a digest from JSON written by <see cref="Serialize(Digest)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The digest.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The text is not a digest in the documented shape.</exception>
    public static Digest Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, Compact.Digest) ?? throw new JsonException("The JSON is null, not a digest.");
    }

    /// <summary>Gets serializer options bound to the library's source-generated metadata, for serializing single model elements.</summary>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>Read-only options; do not modify them.</returns>
    public static JsonSerializerOptions GetOptions(bool indented) => (indented ? Indented : Compact).Options;

    private static PaperDigestJsonContext Create(bool indented)
    {
        var options = new JsonSerializerOptions(PaperDigestJsonContext.Default.Options)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        var context = new PaperDigestJsonContext(options);
        options.MakeReadOnly();
        return context;
    }
}
