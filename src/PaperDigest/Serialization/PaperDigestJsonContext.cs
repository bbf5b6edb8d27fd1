using System.Text.Json.Serialization;
using PaperDigest.Model;
using PaperDigest.Text;

namespace PaperDigest.Serialization;

/// <summary>The source-generated serializer metadata of the public JSON contract (see docs/json.md).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(ArxivIdJsonConverter)])]
[JsonSerializable(typeof(Digest))]
[JsonSerializable(typeof(Paper))]
[JsonSerializable(typeof(SourceSpan))]
[JsonSerializable(typeof(ArxivId))]
[JsonSerializable(typeof(ArxivReference))]
[JsonSerializable(typeof(Repository))]
[JsonSerializable(typeof(ProjectPage))]
[JsonSerializable(typeof(Link))]
[JsonSerializable(typeof(Affiliation))]
[JsonSerializable(typeof(Formula))]
[JsonSerializable(typeof(Section))]
[JsonSerializable(typeof(Field))]
[JsonSerializable(typeof(CustomEntity))]
[JsonSerializable(typeof(DigestSource))]
[JsonSerializable(typeof(PaperGroup))]
[JsonSerializable(typeof(Footer))]
[JsonSerializable(typeof(Diagnostic))]
internal sealed partial class PaperDigestJsonContext : JsonSerializerContext;
