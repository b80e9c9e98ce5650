using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Dateline.Core;

namespace Dateline.Text.Quotes.Evaluation;

/// <summary>
/// Reads gold quotations as JSON Lines, one article a line:
/// <c>{"id","text","date"?,"quotes":[{"start","end","speaker","speakerStart"?,"speakerEnd"?}]}</c>.
/// </summary>
public static class JsonLinesGoldReader
{
    public static IEnumerable<GoldArticle> Read(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            GoldArticle article;
            try
            {
                article = Parse(line, number);
            }
            catch (JsonException ex)
            {
                throw new GoldFormatException($"{path}:{number}: not valid JSON ({ex.Message})", ex);
            }
            catch (GoldFormatException ex)
            {
                throw new GoldFormatException($"{path}:{number}: {ex.Message}", ex);
            }

            yield return article;
        }
    }

    private static GoldArticle Parse(string line, int number)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new GoldFormatException("expected an object");
        }

        var text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : throw new GoldFormatException("missing \"text\"");
        var id = root.TryGetProperty("id", out var i) ? (i.ValueKind == JsonValueKind.String ? i.GetString()! : i.GetRawText()) : number.ToString(CultureInfo.InvariantCulture);
        DateOnly? date = null;
        if (root.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(d.GetString()!.AsSpan(0, Math.Min(10, d.GetString()!.Length)), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
        }

        var quotes = ImmutableArray.CreateBuilder<GoldQuote>();
        if (root.TryGetProperty("quotes", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var quote in list.EnumerateArray())
            {
                var start = Int(quote, "start") ?? throw new GoldFormatException("a quote lacks \"start\"");
                var end = Int(quote, "end") ?? throw new GoldFormatException("a quote lacks \"end\"");
                if (start < 0 || end < start || end > text.Length)
                {
                    throw new GoldFormatException($"quote span {start}-{end} is outside the text ({text.Length} characters)");
                }

                TextSpan? source = null;
                if (Int(quote, "speakerStart") is { } ss && Int(quote, "speakerEnd") is { } se && ss >= 0 && se >= ss && se <= text.Length)
                {
                    source = new TextSpan(ss, se);
                }

                var speaker = quote.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                quotes.Add(new GoldQuote(new TextSpan(start, end), source, speaker));
            }
        }

        return new GoldArticle(id, text, date, quotes.ToImmutable());
    }

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : null;
}
