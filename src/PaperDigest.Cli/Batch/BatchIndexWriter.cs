using System.Text.Json;
using PaperDigest.Cli.Output;

namespace PaperDigest.Cli.Batch;

/// <summary>
/// Writes <c>index.json</c>: totals, then one object per input in input order with <c>file</c>, <c>output</c>,
/// <c>status</c> (<c>ok</c> or <c>failed</c>), <c>papers</c>, <c>diagnostics</c> and <c>error</c>.
/// </summary>
internal static class BatchIndexWriter
{
    public static void Write(Stream utf8Json, IReadOnlyList<BatchOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(outcomes);
        using var writer = new Utf8JsonWriter(utf8Json, EntityJsonWriter.Options(indented: true));
        writer.WriteStartObject();
        writer.WriteNumber("total", outcomes.Count);
        writer.WriteNumber("ok", outcomes.Count(o => o.Succeeded));
        writer.WriteNumber("failed", outcomes.Count(o => !o.Succeeded));
        writer.WriteNumber("papers", outcomes.Sum(o => o.Papers ?? 0));
        writer.WriteStartArray("files");
        foreach (BatchOutcome outcome in outcomes)
        {
            writer.WriteStartObject();
            writer.WriteString("file", outcome.Item.Display);
            writer.WriteString("output", outcome.Succeeded ? outcome.Item.Output : null);
            writer.WriteString("status", outcome.Succeeded ? "ok" : "failed");
            WriteCount(writer, "papers", outcome.Papers);
            WriteCount(writer, "diagnostics", outcome.Diagnostics);
            writer.WriteString("error", outcome.Error);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteCount(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } count)
        {
            writer.WriteNumber(name, count);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
