using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dateline.Dedup;
using Spectre.Console;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline dupes [--db FILE] [--min-size N] [--json]</c>: the stories with several copies in a store.</summary>
internal sealed class DupesCommand : ICliCommand
{
    public string? Parent => null;

    public Command Create()
    {
        var minSize = new Option<int>("--min-size") { Description = "Only stories with at least this many copies.", DefaultValueFactory = _ => 2 };
        var limit = StoreOptions.Limit(50);
        var json = StoreOptions.Json();
        var db = StoreOptions.Database();
        var command = new Command("dupes", "List copies of one story (syndicated, cut, extended or re-headlined articles): outlets, dates, sizes and what each copy changed.");
        foreach (var option in new Option[] { minSize, limit, json, db })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var size = Math.Max(1, parse.GetValue(minSize));
            var max = Math.Max(0, parse.GetValue(limit));
            using var store = StoreOptions.Open(parse.GetValue(db)!, create: false);
            var index = StoreOptions.Guard(() => CorpusStores.OpenCopyIndex(store));
            using var owner = index as IDisposable;
            var stories = StoreOptions.Guard(() => index.Stories(size).Take(max).ToList());
            if (parse.GetValue(json))
            {
                WriteJson(stories);
            }
            else
            {
                WriteTable(stories);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable(List<StoryCluster> stories)
    {
        Terminal.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{stories.Count:N0} stor{(stories.Count == 1 ? "y" : "ies")} with copies"));
        foreach (var story in stories)
        {
            var table = new Table().Border(TableBorder.Rounded).Expand();
            table.Title = new TableTitle(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"story {story.StoryId}: {story.Size} copies - {story.Canonical.Title ?? "(no headline)"}")));
            table.AddColumn("Article");
            table.AddColumn("Date");
            table.AddColumn("Outlet");
            table.AddColumn("Headline");
            table.AddColumn("Differs");
            foreach (var copy in story.Copies)
            {
                table.AddRow(
                    new Spectre.Console.Text("#" + copy.Article.Id),
                    new Spectre.Console.Text(copy.Article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty),
                    new Spectre.Console.Text(copy.Article.Outlet ?? string.Empty),
                    new Spectre.Console.Text(copy.Article.Title ?? string.Empty),
                    new Spectre.Console.Text(Describe(copy.Diff)));
            }

            Terminal.Out.Write(table);
        }
    }

    private static string Describe(CopyDiff diff)
    {
        if (diff.IsCanonical)
        {
            return "canonical";
        }

        var parts = new List<string>();
        if (diff.ExactCopy)
        {
            parts.Add("same text");
        }

        if (diff.HeadlineChanged)
        {
            parts.Add("headline changed");
        }

        if (diff.ParagraphsCut.Length > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{diff.ParagraphsCut.Length} paragraph(s) cut"));
        }

        if (diff.ParagraphsAdded.Length > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{diff.ParagraphsAdded.Length} paragraph(s) added"));
        }

        return parts.Count == 0 ? "edited" : string.Join(", ", parts);
    }

    private static void WriteJson(List<StoryCluster> stories)
    {
        using var stdout = Console.OpenStandardOutput();
        using var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartArray();
        foreach (var story in stories)
        {
            writer.WriteStartObject();
            writer.WriteString("story", story.StoryId);
            writer.WriteNumber("size", story.Size);
            writer.WriteString("canonical", story.Canonical.Id);
            writer.WriteStartArray("copies");
            foreach (var copy in story.Copies)
            {
                writer.WriteStartObject();
                writer.WriteString("id", copy.Article.Id);
                writer.WriteString("date", copy.Article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteString("outlet", copy.Article.Outlet);
                writer.WriteString("headline", copy.Article.Title);
                writer.WriteNumber("words", copy.Article.Signature.Words);
                writer.WriteBoolean("canonical", copy.Diff.IsCanonical);
                writer.WriteBoolean("exact", copy.Diff.ExactCopy);
                writer.WriteBoolean("headline_changed", copy.Diff.HeadlineChanged);
                writer.WriteStartArray("paragraphs_cut");
                foreach (var i in copy.Diff.ParagraphsCut)
                {
                    writer.WriteNumberValue(i);
                }

                writer.WriteEndArray();
                writer.WriteStartArray("paragraphs_added");
                foreach (var i in copy.Diff.ParagraphsAdded)
                {
                    writer.WriteNumberValue(i);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.Flush();
        stdout.WriteByte((byte)'\n');
    }
}
