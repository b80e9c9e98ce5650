using System.CommandLine;
using System.Globalization;
using Dateline.Store.Stories;
using Spectre.Console;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline stories [--from --to --person --min-outlets --limit --json] [--story ID] [--rebuild]</c>: events covered across outlets.</summary>
internal sealed class StoriesCommand : ICliCommand
{
    public string? Parent => null;

    public Command Create()
    {
        var from = StoreOptions.Date("--from", "Stories still running on or after this day");
        var to = StoreOptions.Date("--to", "Stories begun on or before this day");
        var person = new Option<string?>("--person") { Description = "Stories with an article mentioning this person (or the entity the name chooses)." };
        var minOutlets = new Option<int>("--min-outlets") { Description = "Stories covered by at least this many outlets.", DefaultValueFactory = _ => 1 };
        var minArticles = new Option<int>("--min-articles") { Description = "Stories with at least this many articles.", DefaultValueFactory = _ => 2 };
        var story = new Option<string?>("--story") { Description = "Show one story (story id, or an article's id or document id): its articles by date and who said what." };
        var rebuild = new Option<bool>("--rebuild") { Description = "Assign every stored article to a story again (stores ingested before stories existed)." };
        var limit = StoreOptions.Limit(20);
        var json = StoreOptions.Json();
        var db = StoreOptions.Database();
        var command = new Command("stories", "List stories: one event covered by several outlets over days, newest first, with outlets, people and speakers (docs/stories.md).");
        foreach (var option in new Option[] { from, to, person, minOutlets, minArticles, story, rebuild, limit, json, db })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            using var store = StoreOptions.Open(parse.GetValue(db)!, create: false);
            var stories = StoreOptions.Guard(() => StoryStores.Of(store));
            if (parse.GetValue(rebuild))
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var done = StoreOptions.Guard(() => stories.Rebuild());
                CliOutput.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{done.Articles:N0} articles in {done.Stories:N0} stories ({done.MultiArticleStories:N0} with two or more articles) in {clock.Elapsed.TotalSeconds:F1}s"));
                return ExitCodes.Success;
            }

            if (parse.GetValue(story) is { } id)
            {
                var detail = StoreOptions.Guard(() => stories.Story(id)) ?? throw new UserException($"no story with id '{id}' (nor an article with that id)");
                if (parse.GetValue(json))
                {
                    StoreOptions.WriteJson(detail);
                }
                else
                {
                    WriteDetail(detail);
                }

                return ExitCodes.Success;
            }

            var query = new StoryQuery
            {
                From = StoreOptions.ParseDate(parse.GetValue(from), "--from", end: false),
                To = StoreOptions.ParseDate(parse.GetValue(to), "--to", end: true),
                Person = parse.GetValue(person),
                MinOutlets = parse.GetValue(minOutlets),
                MinArticles = parse.GetValue(minArticles),
                Limit = parse.GetValue(limit),
            };
            var list = StoreOptions.Guard(() => stories.Stories(query));
            if (parse.GetValue(json))
            {
                StoreOptions.WriteJson(list);
            }
            else
            {
                WriteList(list);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteList(IReadOnlyList<StorySummary> stories)
    {
        Terminal.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{stories.Count:N0} stor{(stories.Count == 1 ? "y" : "ies")}"));
        var table = new Table().Border(TableBorder.Rounded).Expand();
        foreach (var column in new[] { "Story", "Dates", "Articles", "Outlets", "Headline", "People / organisations / places", "Speakers" })
        {
            table.AddColumn(column);
        }

        foreach (var story in stories)
        {
            table.AddRow(
                new Spectre.Console.Text("#" + story.Id.ToString(CultureInfo.InvariantCulture)),
                new Spectre.Console.Text(Span(story)),
                new Spectre.Console.Text(story.Articles.ToString(CultureInfo.InvariantCulture)),
                new Spectre.Console.Text(string.Join(", ", story.Outlets)),
                new Spectre.Console.Text(story.Headline ?? "(no headline)"),
                new Spectre.Console.Text(string.Join("; ", new[] { story.People, story.Organizations, story.Places }.Select(Names).Where(n => n.Length > 0))),
                new Spectre.Console.Text(Names(story.Speakers)));
        }

        Terminal.Out.Write(table);
    }

    private static void WriteDetail(StoryDetail detail)
    {
        var story = detail.Story;
        Terminal.Out.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"story {story.Id}: {story.Headline} ({Span(story)}, {story.Articles} articles, {story.Outlets.Count} outlets)")));
        var articles = new Table().Border(TableBorder.Rounded).Expand();
        foreach (var column in new[] { "Article", "Date", "Outlet", "Headline", "Similarity" })
        {
            articles.AddColumn(column);
        }

        foreach (var article in detail.Articles)
        {
            articles.AddRow(
                new Spectre.Console.Text("#" + article.Id.ToString(CultureInfo.InvariantCulture)),
                new Spectre.Console.Text(article.Date ?? string.Empty),
                new Spectre.Console.Text(article.Outlet ?? string.Empty),
                new Spectre.Console.Text(article.Headline ?? string.Empty),
                new Spectre.Console.Text(article.Similarity.ToString("F2", CultureInfo.InvariantCulture)));
        }

        Terminal.Out.Write(articles);
        foreach (var quote in detail.Quotes)
        {
            Terminal.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{quote.Date} {quote.Outlet}: {quote.Speaker}: \"{quote.Content}\""));
        }
    }

    private static string Span(StorySummary story) =>
        story.FirstDate == story.LastDate ? story.FirstDate ?? "undated" : $"{story.FirstDate}..{story.LastDate}";

    private static string Names(IReadOnlyList<NamedCount> names) =>
        string.Join(", ", names.Take(3).Select(n => string.Create(CultureInfo.InvariantCulture, $"{n.Name} ({n.Count})")));
}
