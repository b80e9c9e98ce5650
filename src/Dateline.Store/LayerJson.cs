using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Store;

/// <summary>
/// Compact JSON for the parts of a document a store keeps as one value: the structure layer, the container
/// metadata, stage problems and small string/int lists. Spans are <c>[start, end]</c> pairs.
/// </summary>
internal static class LayerJson
{
    public static string Structure(ArticleStructure structure)
    {
        return Write(w =>
        {
            w.WriteStartObject();
            WriteSpan(w, "headline", structure.Headline);
            WriteSpan(w, "byline", structure.Byline);
            WriteStrings(w, "authors", structure.Authors);
            if (structure.Agency is { } agency)
            {
                w.WriteString("agency", agency);
            }

            WriteSpan(w, "timestamp", structure.Timestamp);
            if (structure.Published is { } published)
            {
                w.WriteString("published", published.ToString("o", CultureInfo.InvariantCulture));
            }

            if (structure.Dateline is { } dateline)
            {
                w.WriteStartObject("dateline");
                WriteSpan(w, "span", dateline.Span);
                w.WriteString("place", dateline.Place);
                if (dateline.Region is { } region)
                {
                    w.WriteString("region", region);
                }

                if (dateline.Country is { } country)
                {
                    w.WriteString("country", country);
                }

                w.WriteEndObject();
            }

            WriteSpans(w, "captions", structure.Captions);
            w.WriteStartArray("duplicates");
            foreach (var duplicate in structure.Duplicates)
            {
                w.WriteStartArray();
                w.WriteNumberValue(duplicate.Span.Start);
                w.WriteNumberValue(duplicate.Span.End);
                w.WriteNumberValue(duplicate.Of.Start);
                w.WriteNumberValue(duplicate.Of.End);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            WriteSpans(w, "paragraphs", structure.Paragraphs);
            if (!structure.Furniture.IsDefaultOrEmpty)
            {
                WriteSpans(w, "furniture", structure.Furniture);
            }

            w.WriteEndObject();
        });
    }

    public static ArticleStructure ReadStructure(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        DatelineInfo? dateline = null;
        if (root.TryGetProperty("dateline", out var d))
        {
            dateline = new DatelineInfo(ReadSpan(d, "span") ?? default, d.GetProperty("place").GetString()!, ReadString(d, "region"), ReadString(d, "country"));
        }

        return new ArticleStructure
        {
            Headline = ReadSpan(root, "headline"),
            Byline = ReadSpan(root, "byline"),
            Authors = ReadStrings(root, "authors"),
            Agency = ReadString(root, "agency"),
            Timestamp = ReadSpan(root, "timestamp"),
            Published = ReadString(root, "published") is { } p ? DateTime.Parse(p, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null,
            Dateline = dateline,
            Captions = ReadSpans(root, "captions"),
            Duplicates = root.TryGetProperty("duplicates", out var dups)
                ? [.. dups.EnumerateArray().Select(a => new DuplicateBlock(new TextSpan(a[0].GetInt32(), a[1].GetInt32()), new TextSpan(a[2].GetInt32(), a[3].GetInt32())))]
                : [],
            Paragraphs = ReadSpans(root, "paragraphs"),
            Furniture = ReadSpans(root, "furniture"),
        };
    }

    public static string Metadata(DocumentMetadata metadata)
    {
        return Write(w =>
        {
            w.WriteStartObject();
            if (metadata.Date is { } date)
            {
                w.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (metadata.Published is { } published)
            {
                w.WriteString("published", published.ToString("o", CultureInfo.InvariantCulture));
            }

            WriteOptional(w, "url", metadata.Url);
            WriteOptional(w, "title", metadata.Title);
            WriteStrings(w, "authors", metadata.Authors);
            WriteOptional(w, "publisher", metadata.Publisher);
            WriteSpan(w, "header", metadata.Header);
            w.WriteEndObject();
        });
    }

    public static DocumentMetadata ReadMetadata(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new DocumentMetadata
        {
            Date = ReadString(root, "date") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Published = ReadString(root, "published") is { } p ? DateTimeOffset.Parse(p, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null,
            Url = ReadString(root, "url"),
            Title = ReadString(root, "title"),
            Authors = ReadStrings(root, "authors"),
            Publisher = ReadString(root, "publisher"),
            Header = ReadSpan(root, "header"),
        };
    }

    public static string? Problems(ImmutableArray<StageProblem> problems)
    {
        if (problems.IsEmpty)
        {
            return null;
        }

        return Write(w =>
        {
            w.WriteStartArray();
            foreach (var problem in problems)
            {
                w.WriteStartObject();
                w.WriteString("stage", problem.Stage);
                w.WriteString("message", problem.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    public static ImmutableArray<StageProblem> ReadProblems(string? json)
    {
        if (json is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(p => new StageProblem(p.GetProperty("stage").GetString()!, p.GetProperty("message").GetString()!))];
    }

    public static string Strings(IEnumerable<string> values) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    });

    public static ImmutableArray<string> ReadStrings(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => e.GetString()!)];
    }

    public static string Ints(IEnumerable<int> values) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var value in values)
        {
            w.WriteNumberValue(value);
        }

        w.WriteEndArray();
    });

    public static ImmutableArray<int> ReadInts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => e.GetInt32())];
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteSpan(Utf8JsonWriter w, string name, TextSpan? span)
    {
        if (span is { } s)
        {
            w.WriteStartArray(name);
            w.WriteNumberValue(s.Start);
            w.WriteNumberValue(s.End);
            w.WriteEndArray();
        }
    }

    private static void WriteSpans(Utf8JsonWriter w, string name, ImmutableArray<TextSpan> spans)
    {
        w.WriteStartArray(name);
        foreach (var s in spans)
        {
            w.WriteStartArray();
            w.WriteNumberValue(s.Start);
            w.WriteNumberValue(s.End);
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static TextSpan? ReadSpan(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? new TextSpan(a[0].GetInt32(), a[1].GetInt32()) : null;

    private static ImmutableArray<TextSpan> ReadSpans(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) ? [.. a.EnumerateArray().Select(s => new TextSpan(s[0].GetInt32(), s[1].GetInt32()))] : [];

    private static string? ReadString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static ImmutableArray<string> ReadStrings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) ? [.. a.EnumerateArray().Select(s => s.GetString()!)] : [];
}
