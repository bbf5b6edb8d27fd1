using System.Text.Encodings.Web;
using System.Text.Json;
using PaperDigest.Model;
using PaperDigest.Text;

namespace PaperDigest.Cli.Output;

/// <summary>
/// Writes entities as a JSON array, one object per entity in text order: <c>kind</c>, <c>text</c> (as written),
/// <c>span</c> and the kind's own fields. Hand-written with <see cref="Utf8JsonWriter"/> (no reflection).
/// </summary>
internal static class EntityJsonWriter
{
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="entities"/>, found in <paramref name="text"/>, to <paramref name="utf8Json"/>.</summary>
    public static void Write(Stream utf8Json, IEnumerable<Entity> entities, string text, bool indented)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, Options(indented));
        Write(writer, entities, text);
    }

    /// <summary>Writes the array to <paramref name="writer"/> and flushes it.</summary>
    public static void Write(Utf8JsonWriter writer, IEnumerable<Entity> entities, string text)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(text);
        writer.WriteStartArray();
        foreach (Entity entity in entities)
        {
            WriteEntity(writer, entity, text);
        }

        writer.WriteEndArray();
        writer.Flush();
    }

    /// <summary>Gets the <c>kind</c> of an entity: <c>arxiv</c>, <c>repository</c>, <c>link</c>, … or a custom kind.</summary>
    public static string KindOf(Entity entity) => entity switch
    {
        ArxivReference => "arxiv",
        Repository => "repository",
        Link => "link",
        Formula => "formula",
        Affiliation => "affiliation",
        ProjectPage => "projectPage",
        CustomEntity custom => custom.Kind,
        _ => JsonNamingPolicy.CamelCase.ConvertName(entity.GetType().Name),
    };

    private static void WriteEntity(Utf8JsonWriter writer, Entity entity, string text)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", KindOf(entity));
        writer.WriteString("text", SpanText(entity.Span, text));
        WriteSpan(writer, entity.Span);
        switch (entity)
        {
            case ArxivReference arxiv:
                writer.WriteString("id", arxiv.Id.ToString());
                WriteNullableNumber(writer, "version", arxiv.Version);
                writer.WriteString("url", arxiv.Url);
                break;
            case Repository repository:
                writer.WriteString("host", repository.Host);
                writer.WriteString("owner", repository.Owner);
                writer.WriteString("name", repository.Name);
                writer.WriteString("url", repository.Url);
                break;
            case Link link:
                writer.WriteString("url", link.Url);
                writer.WriteString("linkKind", JsonNamingPolicy.CamelCase.ConvertName(link.Kind.ToString()));
                writer.WriteString("label", link.Label);
                break;
            case Formula formula:
                writer.WriteString("tex", formula.Tex);
                writer.WriteBoolean("display", formula.Display);
                writer.WriteString("delimiter", JsonNamingPolicy.CamelCase.ConvertName(formula.Delimiter.ToString()));
                break;
            case Affiliation affiliation:
                writer.WriteString("name", affiliation.Name);
                writer.WriteString("canonical", affiliation.Canonical);
                writer.WriteString("country", affiliation.Country);
                break;
            case ProjectPage page:
                writer.WriteString("url", page.Url);
                break;
            case CustomEntity custom:
                writer.WriteString("value", custom.Value);
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter writer, SourceSpan span)
    {
        writer.WriteStartObject("span");
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("length", span.Length);
        writer.WriteNumber("line", span.Line);
        writer.WriteNumber("column", span.Column);
        writer.WriteEndObject();
    }

    private static void WriteNullableNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Gets the text a span covers, or an empty string when the span does not lie inside the text.</summary>
    private static string SpanText(SourceSpan span, string text) =>
        span.Start >= 0 && span.Length >= 0 && span.Start <= text.Length - span.Length
            ? text.Substring(span.Start, span.Length)
            : string.Empty;
}
