using System.CommandLine;
using System.Globalization;
using Dateline.Store.Queries;
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
            var stories = StoreOptions.Guard(() => store.Queries.Stories(size, max));
            if (parse.GetValue(json))
            {
                StoreOptions.WriteJson(stories);
            }
            else
            {
                WriteTable(stories);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable(IReadOnlyList<DuplicateStory> stories)
    {
        Terminal.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{stories.Count:N0} stor{(stories.Count == 1 ? "y" : "ies")} with copies"));
        foreach (var story in stories)
        {
            var canonical = story.Copies.FirstOrDefault(c => c.Canonical);
            var table = new Table().Border(TableBorder.Rounded).Expand();
            table.Title = new TableTitle(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"story {story.Story}: {story.Size} copies - {canonical?.Headline ?? "(no headline)"}")));
            table.AddColumn("Article");
            table.AddColumn("Date");
            table.AddColumn("Outlet");
            table.AddColumn("Headline");
            table.AddColumn("Differs");
            foreach (var copy in story.Copies)
            {
                table.AddRow(
                    new Spectre.Console.Text("#" + copy.Id),
                    new Spectre.Console.Text(copy.Date ?? string.Empty),
                    new Spectre.Console.Text(copy.Outlet ?? string.Empty),
                    new Spectre.Console.Text(copy.Headline ?? string.Empty),
                    new Spectre.Console.Text(Describe(copy)));
            }

            Terminal.Out.Write(table);
        }
    }

    private static string Describe(DuplicateCopy copy)
    {
        if (copy.Canonical)
        {
            return "canonical";
        }

        var parts = new List<string>();
        if (copy.Exact)
        {
            parts.Add("same text");
        }

        if (copy.HeadlineChanged)
        {
            parts.Add("headline changed");
        }

        if (copy.ParagraphsCut.Count > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{copy.ParagraphsCut.Count} paragraph(s) cut"));
        }

        if (copy.ParagraphsAdded.Count > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{copy.ParagraphsAdded.Count} paragraph(s) added"));
        }

        return parts.Count == 0 ? "edited" : string.Join(", ", parts);
    }
}
