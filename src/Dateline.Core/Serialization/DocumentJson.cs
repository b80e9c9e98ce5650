using System.Globalization;
using System.Text.Json;
using Dateline.Core.Annotations;

namespace Dateline.Core.Serialization;

/// <summary>
/// Writes a document and its layers as the JSON object of <c>dateline analyze --json</c> (camelCase,
/// UTF-16 offsets into <see cref="Document.Text"/>, so <c>text == original.Substring(start, end - start)</c>).
/// The HTTP API returns the same shape.
/// </summary>
public static class DocumentJson
{
    public static void Write(Utf8JsonWriter writer, Document document) => Write(writer, document, includeText: false);

    /// <summary>
    /// Writes the document; with <paramref name="includeText"/> the object also holds <c>text</c>, the full
    /// text every offset points into (the web API's article answer, which the UI highlights).
    /// </summary>
    public static void Write(Utf8JsonWriter writer, Document document, bool includeText)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var structure = document.Get(Layers.Structure);
        writer.WriteStartObject();
        writer.WriteString("id", document.Id);
        if (includeText)
        {
            writer.WriteString("text", text);
        }

        writer.WriteStartObject("source");
        writer.WriteString("path", document.Source.Path);
        writer.WriteString("format", document.Source.Format);
        writer.WriteNumber("record", document.Source.Record);
        if (document.Source.Line > 0)
        {
            writer.WriteNumber("line", document.Source.Line);
        }

        if (document.Metadata.Url is { } url)
        {
            writer.WriteString("url", url);
        }

        writer.WriteEndObject();

        var date = ArticleFacts.Date(document);
        WriteNullable(writer, "date", date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteNullable(writer, "published", ArticleFacts.Published(document));
        WriteNullable(writer, "headline", ArticleFacts.Headline(document));
        writer.WriteStartArray("authors");
        foreach (var author in ArticleFacts.Authors(document))
        {
            writer.WriteStringValue(author);
        }

        writer.WriteEndArray();
        WriteNullable(writer, "agency", structure?.Agency ?? document.Metadata.Publisher);

        if (structure?.Dateline is { } dateline)
        {
            writer.WriteStartObject("dateline");
            writer.WriteString("text", dateline.Span.GetText(text));
            writer.WriteString("place", dateline.Place);
            WriteNullable(writer, "region", dateline.Region);
            WriteNullable(writer, "country", dateline.Country);
            writer.WriteNumber("start", dateline.Span.Start);
            writer.WriteNumber("end", dateline.Span.End);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("dateline");
        }

        writer.WriteStartArray("captions");
        foreach (var caption in structure?.Captions ?? [])
        {
            WriteSpan(writer, text, caption);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("duplicates");
        foreach (var duplicate in structure?.Duplicates ?? [])
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", duplicate.Span.Start);
            writer.WriteNumber("end", duplicate.Span.End);
            writer.WriteStartObject("of");
            writer.WriteNumber("start", duplicate.Of.Start);
            writer.WriteNumber("end", duplicate.Of.End);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("paragraphs");
        foreach (var paragraph in structure?.Paragraphs ?? [])
        {
            WriteSpan(writer, text, paragraph);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("furniture");
        foreach (var furniture in structure?.Furniture ?? [])
        {
            WriteSpan(writer, text, furniture);
        }

        writer.WriteEndArray();

        if (document.Has(Layers.Mentions))
        {
            WriteMentions(writer, document);
        }

        if (document.Has(Layers.Entities))
        {
            WriteEntities(writer, document);
        }

        if (document.Has(Layers.Quotes))
        {
            WriteQuotes(writer, document);
        }

        if (document.Has(Layers.Times))
        {
            WriteTimes(writer, document);
        }

        if (!document.Problems.IsEmpty)
        {
            writer.WriteStartArray("problems");
            foreach (var problem in document.Problems)
            {
                writer.WriteStartObject();
                writer.WriteString("stage", problem.Stage);
                writer.WriteString("message", problem.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteMentions(Utf8JsonWriter writer, Document document)
    {
        writer.WriteStartArray("mentions");
        foreach (var mention in document.Get(Layers.Mentions))
        {
            writer.WriteStartObject();
            writer.WriteString("text", document.GetText(mention.Span));
            writer.WriteString("label", mention.Label.ToString());
            writer.WriteNumber("start", mention.Span.Start);
            writer.WriteNumber("end", mention.Span.End);
            writer.WriteNumber("confidence", Math.Round(mention.Confidence, 3));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteEntities(Utf8JsonWriter writer, Document document)
    {
        writer.WriteStartArray("entities");
        foreach (var entity in document.Get(Layers.Entities))
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", entity.Id);
            writer.WriteString("label", entity.Label.ToString());
            writer.WriteString("name", entity.Name);
            WriteStrings(writer, "aliases", entity.Aliases);
            WriteStrings(writer, "titles", entity.Titles);
            writer.WriteStartArray("mentions");
            foreach (var index in entity.Mentions)
            {
                writer.WriteNumberValue(index);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter writer, Document document)
    {
        writer.WriteStartArray("quotes");
        foreach (var quote in document.Get(Layers.Quotes))
        {
            writer.WriteStartObject();
            writer.WriteString("kind", quote.Kind.ToString().ToLowerInvariant());
            writer.WriteString("text", document.GetText(quote.Content));
            writer.WriteNumber("start", quote.Content.Start);
            writer.WriteNumber("end", quote.Content.End);
            if (quote.Cue is { } cue)
            {
                WriteSpanObject(writer, "cue", document.Text, cue);
            }
            else
            {
                writer.WriteNull("cue");
            }

            if (quote.Speaker is { } speaker)
            {
                writer.WriteStartObject("speaker");
                writer.WriteString("text", document.GetText(speaker.Span));
                writer.WriteNumber("start", speaker.Span.Start);
                writer.WriteNumber("end", speaker.Span.End);
                if (speaker.Entity is { } entity)
                {
                    writer.WriteNumber("entity", entity);
                }
                else
                {
                    writer.WriteNull("entity");
                }

                WriteNullable(writer, "name", speaker.Name);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("speaker");
            }

            WriteNullable(writer, "time", quote.Time);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteTimes(Utf8JsonWriter writer, Document document)
    {
        writer.WriteStartArray("times");
        foreach (var time in document.Get(Layers.Times))
        {
            writer.WriteStartObject();
            writer.WriteString("text", document.GetText(time.Span));
            writer.WriteNumber("start", time.Span.Start);
            writer.WriteNumber("end", time.Span.End);
            writer.WriteString("type", time.Type.ToString().ToUpperInvariant());
            writer.WriteString("value", time.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter writer, string text, TextSpan span)
    {
        writer.WriteStartObject();
        writer.WriteString("text", span.GetText(text));
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteEndObject();
    }

    private static void WriteSpanObject(Utf8JsonWriter writer, string name, string text, TextSpan span)
    {
        writer.WritePropertyName(name);
        WriteSpan(writer, text, span);
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
