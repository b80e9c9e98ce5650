using System.Globalization;
using System.Text.Json;

namespace Dateline.Ingest.Fields;

/// <summary>Reads the <see cref="RecordField"/>s of one JSON object: detected names in one pass over its properties, then the fields a user named, by name or dotted path.</summary>
internal static class JsonRecordFields
{
    private static readonly int FieldCount = Enum.GetValues<RecordField>().Length;

    public static RecordValues Read(JsonElement root, FieldMap map)
    {
        var values = new RecordValues();
        Span<int> ranks = stackalloc int[FieldCount];
        ranks.Fill(int.MaxValue);
        Span<int> found = stackalloc int[FieldCount];
        found.Fill(-1);
        var properties = new List<JsonProperty>();
        var index = 0;
        foreach (var property in root.EnumerateObject())
        {
            properties.Add(property);
            if (map.Detected.TryGetValue(property.Name, out var hit) && hit.Rank < ranks[(int)hit.Field] && IsUsable(property.Value))
            {
                ranks[(int)hit.Field] = hit.Rank;
                found[(int)hit.Field] = index;
            }
            else if (property.NameEquals("html") && property.Value.ValueKind == JsonValueKind.String)
            {
                values.Html = property.Value.GetString();
            }

            index++;
        }

        for (var field = 0; field < FieldCount; field++)
        {
            if (found[field] >= 0)
            {
                Apply(values, (RecordField)field, properties[found[field]].Value);
            }
        }

        foreach (var (field, path) in map.Overrides)
        {
            if (Resolve(root, path) is { } value)
            {
                Apply(values, field, value);
            }
        }

        return values;
    }

    /// <summary>The top-level field names of an object, for a report.</summary>
    public static IEnumerable<string> Names(JsonElement root) => root.EnumerateObject().Select(p => p.Name);

    /// <summary>Finds a field by its whole name, else by a dotted path through objects (and array indexes).</summary>
    internal static JsonElement? Resolve(JsonElement root, string path)
    {
        if (root.TryGetProperty(path, out var whole))
        {
            return whole;
        }

        var current = root;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind == JsonValueKind.Object && (current.TryGetProperty(part, out var next) || TryGetIgnoringCase(current, part, out next)))
            {
                current = next;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < current.GetArrayLength())
            {
                current = current[i];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    private static bool TryGetIgnoringCase(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static bool IsUsable(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { } s && !string.IsNullOrWhiteSpace(s),
        JsonValueKind.Array => value.GetArrayLength() > 0,
        JsonValueKind.Number or JsonValueKind.Object => true,
        _ => false,
    };

    private static void Apply(RecordValues values, RecordField field, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                values.Set(field, value.GetString()!);
                break;
            case JsonValueKind.Number when field == RecordField.Date:
                values.DateNumber = value.GetDouble();
                break;
            case JsonValueKind.Number when field == RecordField.Id:
                values.Id = value.GetRawText();
                break;
            case JsonValueKind.Array when field == RecordField.Authors:
                foreach (var item in value.EnumerateArray())
                {
                    if (NameOf(item) is { } name)
                    {
                        AuthorNames.Add(name, values.Authors);
                    }
                }

                break;
            case JsonValueKind.Object when field is RecordField.Authors or RecordField.Publisher:
                if (NameOf(value) is { } named)
                {
                    values.Set(field, named);
                }

                break;
            case JsonValueKind.Object when field == RecordField.Date && value.TryGetProperty("$date", out var mongo):
                Apply(values, field, mongo);
                break;
        }
    }

    /// <summary>A name given as a string or as an object's <c>name</c> (schema.org, NewsAPI).</summary>
    private static string? NameOf(JsonElement item) => item.ValueKind switch
    {
        JsonValueKind.String => item.GetString(),
        JsonValueKind.Object when item.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => name.GetString(),
        _ => null,
    };
}
