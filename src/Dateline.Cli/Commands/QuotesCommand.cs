using System.CommandLine;
using System.Globalization;
using Dateline.Store.Queries;
using Spectre.Console;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline quotes [--speaker NAME] [--about TEXT]</c>: who said what, newest first.</summary>
internal sealed class QuotesCommand : ICliCommand
{
    public string? Parent => null;

    public Command Create()
    {
        var story = new Option<long?>("--story") { Description = "Only the articles of this story (dateline stories lists their ids)." };
        var speaker = new Option<string?>("--speaker") { Description = "Quotes by this speaker (name or alias, case-insensitive)." };
        var about = new Option<string?>("--about") { Description = "Quotes containing these words (FTS5 syntax)." };
        var from = StoreOptions.Date("--from", "Quotes from articles dated on or after this day");
        var to = StoreOptions.Date("--to", "Quotes from articles dated on or before this day");
        var limit = StoreOptions.Limit(20);
        var allCopies = new Option<bool>("--all-copies") { Description = "List a quote once per copy of its story (by default copies collapse)." };
        var sample = new Option<int>("--sample") { Description = "Print N stored quotes drawn at random (every quote the same chance), each with the text around it, for judging by hand." };
        var seed = new Option<int>("--seed") { Description = "Seed of --sample (the same seed and corpus give the same sample).", DefaultValueFactory = _ => 1 };
        var json = StoreOptions.Json();
        var db = StoreOptions.Database();
        var command = new Command("quotes", "Who said what: quotes with their speakers, articles and dates, newest first.");
        foreach (var option in new Option[] { speaker, about, from, to, limit, allCopies, sample, seed, story, json, db })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            if (parse.GetValue(sample) is > 0 and var size)
            {
                return Sample(parse.GetValue(db)!, size, parse.GetValue(seed), parse.GetValue(json));
            }

            var request = new QuoteQuery
            {
                Speaker = parse.GetValue(speaker),
                Story = parse.GetValue(story),
                About = parse.GetValue(about),
                From = StoreOptions.ParseDate(parse.GetValue(from), "--from", end: false),
                To = StoreOptions.ParseDate(parse.GetValue(to), "--to", end: true),
                Limit = Math.Max(0, parse.GetValue(limit)),
                AllCopies = parse.GetValue(allCopies),
            };
            using var store = StoreOptions.Open(parse.GetValue(db)!, create: false);
            if (!string.IsNullOrWhiteSpace(request.Speaker))
            {
                // Which corpus entity the name chose: standard error, so --json output stays one JSON value.
                var matches = StoreOptions.Guard(() => store.Queries.FindEntities(request.Speaker));
                Console.Error.WriteLine($"speaker {request.Speaker}: {EntityChoice.Describe(matches)}");
            }

            var quotes = StoreOptions.Guard(() => store.Queries.Quotes(request));
            if (parse.GetValue(json))
            {
                StoreOptions.WriteJson(quotes);
                return ExitCodes.Success;
            }

            Terminal.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{quotes.Count:N0} quote(s)"));
            if (quotes.Count > 0)
            {
                var table = new Table().Border(TableBorder.Rounded).Expand();
                table.AddColumn("Date");
                table.AddColumn("Speaker");
                table.AddColumn("Quote");
                table.AddColumn("Article");
                foreach (var quote in quotes)
                {
                    table.AddRow(
                        new Spectre.Console.Text(quote.Date ?? string.Empty),
                        new Markup($"[bold]{Markup.Escape(quote.Speaker ?? "(unknown)")}[/]"),
                        new Spectre.Console.Text($"\u201C{quote.Text}\u201D ({quote.Kind})"),
                        new Markup($"{Markup.Escape(quote.Headline ?? "(no headline)")} [grey]#{quote.ArticleId}[/]"));
                }

                Terminal.Out.Write(table);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static int Sample(string db, int size, int seed, bool json)
    {
        using var store = StoreOptions.Open(db, create: false);
        var items = StoreOptions.Guard(() => QuoteSample.Draw(store, size, seed));
        if (json)
        {
            foreach (var item in items)
            {
                StoreOptions.WriteJson(new { number = item.Number, item.Quote.DocId, item.Quote.Headline, item.Quote.Speaker, item.Quote.Cue, kind = item.Quote.Kind, text = item.Quote.Text, context = item.Context });
            }

            return ExitCodes.Success;
        }

        foreach (var item in items)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## {item.Number}. {item.Quote.Speaker ?? "(no speaker)"} [{item.Quote.Kind}, cue: {item.Quote.Cue ?? "-"}] article {item.Quote.DocId}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"quote: \u201C{item.Quote.Text}\u201D"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"context: {item.Context?.ReplaceLineEndings(" / ") ?? "(article text not found)"}"));
            Console.WriteLine();
        }

        return ExitCodes.Success;
    }
}
