using System.Text.Json;

namespace Dateline.Dedup.Evaluation;

/// <summary>Reads the AllSides article-bias corpus (JSON Lines: ID, title, date, topic, source, content_original).</summary>
public static class AllsidesJsonl
{
    public static IEnumerable<SourceArticle> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (reader.ReadLine() is { } line)
        {
            SourceArticle? article = null;
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var id = Get(root, "ID");
                var date = Get(root, "date");
                var topic = Get(root, "topic");
                var body = Get(root, "content_original");
                if (id is not null && date is { Length: 10 } && topic is not null && body is not null)
                {
                    var paragraphs = body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    article = new SourceArticle("allsides-" + id, Get(root, "title") ?? string.Empty, date, Get(root, "source") ?? "unknown", "allsides/" + topic + "/" + date, null, paragraphs);
                }
            }
            catch (JsonException)
            {
                // A broken line is skipped: the generator only needs good articles.
            }

            if (article is not null)
            {
                yield return article;
            }
        }
    }

    private static string? Get(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
