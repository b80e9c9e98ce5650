using System.Globalization;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Core.Serialization;

namespace Dateline.Cli;

/// <summary>The readable view of an analyzed document, for people at a terminal.</summary>
internal static class DocumentView
{
    public static void Write(TextWriter output, Document document)
    {
        var structure = document.Get(Layers.Structure);
        var rule = new string('=', 72);
        output.WriteLine(rule);
        output.WriteLine($"{document.Source.Path} #{document.Source.Record + 1}  (id {document.Id}, {document.Source.Format})");
        output.WriteLine(rule);
        Field(output, "Headline", ArticleFacts.Headline(document));
        var authors = ArticleFacts.Authors(document);
        var agency = structure?.Agency ?? document.Metadata.Publisher;
        Field(output, "Byline", authors.Count == 0 && agency is null ? null : string.Join(", ", authors) + (agency is null ? string.Empty : (authors.Count > 0 ? " / " : string.Empty) + agency));
        Field(output, "Date", ArticleFacts.Date(document)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(output, "Published", ArticleFacts.Published(document));
        if (structure?.Dateline is { } dateline)
        {
            var where = string.Join(", ", new[] { dateline.Place, dateline.Region, dateline.Country }.Where(p => p is not null));
            Field(output, "Dateline", $"{document.GetText(dateline.Span)}  ->  {where}");
        }

        foreach (var caption in structure?.Captions ?? [])
        {
            Field(output, "Caption", Shorten(document.GetText(caption), 160));
        }

        var duplicates = structure?.Duplicates.Length ?? 0;
        if (duplicates > 0)
        {
            Field(output, "Repeats", $"{duplicates} repeated block(s) set aside");
        }

        var furniture = structure?.Furniture.Length ?? 0;
        if (furniture > 0)
        {
            Field(output, "Furniture", $"{furniture} line(s) of page furniture set aside");
        }

        output.WriteLine();
        foreach (var paragraph in structure?.Paragraphs ?? [])
        {
            output.WriteLine(Wrap(document.GetText(paragraph), 100));
            output.WriteLine();
        }

        WriteMentions(output, document);
        WriteQuotes(output, document);
        WriteTimes(output, document);
        foreach (var problem in document.Problems)
        {
            output.WriteLine($"  ! {problem.Stage}: {problem.Message}");
        }
    }

    private static void WriteMentions(TextWriter output, Document document)
    {
        var entities = document.Get(Layers.Entities);
        var mentions = document.Get(Layers.Mentions);
        if (!entities.IsEmpty)
        {
            output.WriteLine("Entities:");
            foreach (var entity in entities)
            {
                var extra = entity.Titles.IsEmpty ? string.Empty : $" ({string.Join("; ", entity.Titles)})";
                var aliases = entity.Aliases.Where(a => a != entity.Name).ToArray();
                output.WriteLine($"  {entity.Label,-4} {entity.Name}{extra}{(aliases.Length > 0 ? "  aka " + string.Join(", ", aliases) : string.Empty)}  [{entity.Mentions.Length}x]");
            }

            output.WriteLine();
        }
        else if (!mentions.IsEmpty)
        {
            output.WriteLine("Mentions:");
            foreach (var group in mentions.GroupBy(m => (m.Label, Text: document.GetText(m.Span))))
            {
                output.WriteLine($"  {group.Key.Label,-4} {group.Key.Text}  [{group.Count()}x]");
            }

            output.WriteLine();
        }
    }

    private static void WriteQuotes(TextWriter output, Document document)
    {
        var quotes = document.Get(Layers.Quotes);
        if (quotes.IsEmpty)
        {
            return;
        }

        var entities = document.Get(Layers.Entities);
        output.WriteLine("Quotes:");
        foreach (var quote in quotes)
        {
            var speaker = quote.Speaker?.Name ?? (quote.Speaker is { } s ? document.GetText(s.Span) : "(unknown)");
            var entity = quote.Speaker?.Entity is { } id ? entities.FirstOrDefault(e => e.Id == id) : null;
            var title = entity is { Titles.IsEmpty: false } ? $" ({entity.Titles[0]})" : string.Empty;
            var when = quote.Time is null ? string.Empty : $"  [{quote.Time}]";
            output.WriteLine($"  {speaker}{title}: \"{Shorten(document.GetText(quote.Content), 200)}\"  <{quote.Kind.ToString().ToLowerInvariant()}>{when}");
        }

        output.WriteLine();
    }

    private static void WriteTimes(TextWriter output, Document document)
    {
        var times = document.Get(Layers.Times);
        if (times.IsEmpty)
        {
            return;
        }

        output.WriteLine("Times:");
        foreach (var time in times)
        {
            output.WriteLine($"  {document.GetText(time.Span)}  ->  {time.Value} ({time.Type.ToString().ToUpperInvariant()})");
        }

        output.WriteLine();
    }

    private static void Field(TextWriter output, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            output.WriteLine($"{name,-10} {value}");
        }
    }

    private static string Shorten(string text, int max)
    {
        text = text.ReplaceLineEndings(" ").Trim();
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
    }

    private static string Wrap(string text, int width)
    {
        var words = text.ReplaceLineEndings(" ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var word in words)
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return string.Join(Environment.NewLine, lines);
    }
}
