using System.Text.Json;
using System.Text.Json.Serialization;
using PaperDigest.Model;

namespace PaperDigest.Serialization;

/// <summary>Writes an <see cref="ArxivId"/> as its string with version (<c>"2404.08634v2"</c>) and reads it back.</summary>
internal sealed class ArxivIdJsonConverter : JsonConverter<ArxivId>
{
    public override ArxivId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? text = reader.GetString();
        return ArxivId.TryParse(text, out ArxivId id) ? id : throw new JsonException($"'{text}' is not an arXiv identifier.");
    }

    public override void Write(Utf8JsonWriter writer, ArxivId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("V", null));
}
