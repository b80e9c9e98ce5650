using System.CommandLine;
using System.Globalization;
using System.Text;
using Dateline.Search;
using Dateline.Store.Queries;
using Spectre.Console;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline search QUERY</c>: full-text search (FTS5 syntax, BM25) with filters and facet counts over all matches.</summary>
internal sealed class SearchCommand : ICliCommand
{
    public string? Parent => null;

    public Command Create()
    {
        var query = new Argument<string?>("query") { Arity = ArgumentArity.ZeroOrOne, Description = "Words, \"phrases\", AND/OR/NOT, prefix*; leave out to list articles by the filters alone." };
        var person = new Option<string?>("--person") { Description = "Only articles mentioning this person (name or alias)." };
        var org = new Option<string?>("--org") { Description = "Only articles mentioning this organisation." };
        var place = new Option<string?>("--place") { Description = "Only articles about this place (a location mentioned, or the dateline)." };
        var story = new Option<long?>("--story") { Description = "Only the articles of this story (dateline stories lists their ids)." };
        var speaker = new Option<string?>("--speaker") { Description = "Only articles quoting this speaker." };
        var agency = new Option<string?>("--agency") { Description = "Only articles from this agency or publisher." };
        var from = StoreOptions.Date("--from", "Only articles dated on or after this day");
        var to = StoreOptions.Date("--to", "Only articles dated on or before this day");
        var limit = StoreOptions.Limit(10);
        var offset = new Option<int>("--offset") { Description = "Skip this many hits (paging)." };
        var allCopies = new Option<bool>("--all-copies") { Description = "List every copy of a story (by default copies of one story collapse to one hit)." };
        var json = StoreOptions.Json();
        var db = StoreOptions.Database();
        var command = new Command("search", "Search the corpus: ranked articles with highlighted snippets, and the people, organisations, places, agencies and months of all matches.");
        command.Arguments.Add(query);
        foreach (var option in new Option[] { person, org, place, speaker, agency, from, to, limit, offset, allCopies, story, json, db })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var request = new SearchQuery
            {
                Text = parse.GetValue(query),
                Person = parse.GetValue(person),
                Organization = parse.GetValue(org),
                Place = parse.GetValue(place),
                Speaker = parse.GetValue(speaker),
                Story = parse.GetValue(story),
                Agency = parse.GetValue(agency),
                From = StoreOptions.ParseDate(parse.GetValue(from), "--from", end: false),
                To = StoreOptions.ParseDate(parse.GetValue(to), "--to", end: true),
                Limit = Math.Max(0, parse.GetValue(limit)),
                AllCopies = parse.GetValue(allCopies),
                Offset = Math.Max(0, parse.GetValue(offset)),
            };
            using var store = StoreOptions.Open(parse.GetValue(db)!, create: false);
            var results = StoreOptions.Guard(() => store.Queries.Search(request));
            if (parse.GetValue(json))
            {
                StoreOptions.WriteJson(results);
            }
            else
            {
                Write(results, request);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(SearchResults results, SearchQuery request)
    {
        var console = Terminal.Out;
        var what = results.Query is null ? "articles" : $"matches for [bold]{Markup.Escape(results.Query)}[/]";
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{results.Total:N0} {what}"));
        if (results.Hits.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Expand();
            table.AddColumn(new TableColumn("#").RightAligned());
            table.AddColumn("Id");
            table.AddColumn("Date");
            table.AddColumn("Article");
            var rank = request.Offset;
            foreach (var hit in results.Hits)
            {
                var source = string.Join(" · ", new[] { hit.Agency, hit.Place }.Where(s => !string.IsNullOrWhiteSpace(s)));
                var article = $"[bold]{Markup.Escape(hit.Headline ?? "(no headline)")}[/]"
                    + (source.Length > 0 ? $"  [grey]{Markup.Escape(source)}[/]" : string.Empty)
                    + "\n" + Highlight(hit.Snippet, hit.Highlights);
                table.AddRow(new Markup((++rank).ToString(CultureInfo.InvariantCulture)), new Spectre.Console.Text(hit.Id.ToString(CultureInfo.InvariantCulture)), new Spectre.Console.Text(hit.Date ?? string.Empty), new Markup(article));
            }

            console.Write(table);
        }

        var facets = results.Facets;
        if (results.Total > 0)
        {
            var grid = new Table().Border(TableBorder.Simple).Title("[grey]over all matches[/]");
            grid.AddColumn("People");
            grid.AddColumn("Organisations");
            grid.AddColumn("Places");
            grid.AddColumn("Agencies");
            grid.AddColumn("Months");
            var months = facets.Months.Count > 12 ? facets.Months.OrderByDescending(m => m.Count).Take(12).OrderBy(m => m.Value, StringComparer.Ordinal).ToList() : facets.Months;
            var rows = new[] { facets.People.Count, facets.Organizations.Count, facets.Places.Count, facets.Agencies.Count, months.Count }.Max();
            for (var i = 0; i < rows; i++)
            {
                grid.AddRow(Cell(facets.People, i), Cell(facets.Organizations, i), Cell(facets.Places, i), Cell(facets.Agencies, i), Cell(months, i));
            }

            console.Write(grid);
        }
    }

    private static Markup Cell(IReadOnlyList<FacetCount> values, int index) =>
        index < values.Count
            ? new Markup(string.Create(CultureInfo.InvariantCulture, $"{Markup.Escape(values[index].Value)} [grey]{values[index].Count:N0}[/]"))
            : new Markup(string.Empty);

    private static string Highlight(string snippet, IReadOnlyList<HighlightRange> highlights)
    {
        var builder = new StringBuilder();
        var at = 0;
        foreach (var range in highlights)
        {
            if (range.Start < at || range.End > snippet.Length)
            {
                continue;
            }

            builder.Append(Markup.Escape(snippet[at..range.Start]));
            builder.Append("[bold yellow]").Append(Markup.Escape(snippet[range.Start..range.End])).Append("[/]");
            at = range.End;
        }

        builder.Append(Markup.Escape(snippet[at..]));
        return builder.ToString();
    }
}
