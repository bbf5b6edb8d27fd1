using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PaperDigest.Model;

namespace PaperDigest.Serialization;

/// <summary>
/// Writes an <see cref="EquatableArray{T}"/> as a JSON array. Elements go through the serializer's own (source-generated)
/// metadata, so no reflection is needed.
/// </summary>
/// <typeparam name="T">The element type; it must be registered in the serializer context.</typeparam>
internal sealed class EquatableArrayJsonConverter<T> : JsonConverter<EquatableArray<T>>
{
    public override bool HandleNull => true;

    public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of {typeof(T).Name}.");
        }

        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var builder = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            builder.Add(JsonSerializer.Deserialize(ref reader, info)!);
        }

        return builder.DrainToImmutable();
    }

    public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (T item in value)
        {
            JsonSerializer.Serialize(writer, item, info);
        }

        writer.WriteEndArray();
    }
}
