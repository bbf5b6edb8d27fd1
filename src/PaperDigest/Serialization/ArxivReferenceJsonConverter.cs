using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PaperDigest.Model;
using PaperDigest.Text;

namespace PaperDigest.Serialization;

/// <summary>
/// Writes an <see cref="ArxivReference"/> as <c>{"id", "version", "url", "span"}</c> — the canonical ID without version,
/// the version apart — and reads that shape back into the same value.
/// </summary>
internal sealed class ArxivReferenceJsonConverter : JsonConverter<ArxivReference>
{
    public override ArxivReference Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected an arXiv reference object.");
        }

        string? id = null;
        int? version = null;
        SourceSpan span = default;
        var spanInfo = (JsonTypeInfo<SourceSpan>)options.GetTypeInfo(typeof(SourceSpan));
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string? name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "id":
                    id = reader.GetString();
                    break;
                case "version":
                    version = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32();
                    break;
                case "span":
                    span = JsonSerializer.Deserialize(ref reader, spanInfo);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (!ArxivId.TryParse(id, out ArxivId parsed))
        {
            throw new JsonException($"'{id}' is not an arXiv identifier.");
        }

        return new ArxivReference(version is int v ? parsed.WithVersion(v) : parsed, span);
    }

    public override void Write(Utf8JsonWriter writer, ArxivReference value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Id.ToString());
        if (value.Version is int version)
        {
            writer.WriteNumber("version", version);
        }
        else
        {
            writer.WriteNull("version");
        }

        writer.WriteString("url", value.Url);
        writer.WritePropertyName("span");
        JsonSerializer.Serialize(writer, value.Span, (JsonTypeInfo<SourceSpan>)options.GetTypeInfo(typeof(SourceSpan)));
        writer.WriteEndObject();
    }
}
