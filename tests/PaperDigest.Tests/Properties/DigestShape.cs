using System.Text.Json.Nodes;
using PaperDigest.Model;
using PaperDigest.Serialization;

namespace PaperDigest.Tests.Properties;

/// <summary>A digest's content without positions: its JSON with every span removed, for metamorphic comparisons.</summary>
public static class DigestShape
{
    private static readonly HashSet<string> Positions = ["span", "headingSpan"];

    /// <summary>The papers (and their entities) without spans; <paramref name="ignore"/> names more properties to drop.</summary>
    public static string Papers(Digest digest, params string[] ignore) => Of(digest, "papers", ignore);

    /// <summary>The header (title, date, sources, groups) without spans.</summary>
    public static string Header(Digest digest) =>
        string.Join("\n", new[] { "title", "publishedAt", "sources", "groups" }.Select(p => Of(digest, p)));

    private static string Of(Digest digest, string property, params string[] ignore)
    {
        JsonNode root = JsonNode.Parse(DigestJson.Serialize(digest))!;
        JsonNode? node = root[property];
        Strip(node, [.. Positions, .. ignore]);
        return node?.ToJsonString() ?? "null";
    }

    private static void Strip(JsonNode? node, HashSet<string> names)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (string name in obj.Select(p => p.Key).Where(names.Contains).ToList())
                {
                    obj.Remove(name);
                }

                foreach (KeyValuePair<string, JsonNode?> property in obj)
                {
                    Strip(property.Value, names);
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    Strip(item, names);
                }

                break;
        }
    }
}
