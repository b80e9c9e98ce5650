using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline stats</c>: what the corpus database holds.</summary>
internal sealed class StatsCommand : ICliCommand
{
    public string? Parent => null;

    public Command Create()
    {
        var json = StoreOptions.Json();
        var db = StoreOptions.Database();
        var command = new Command("stats", "Counts of articles, entities, quotes and times in the corpus database.");
        command.Options.Add(json);
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            using var store = StoreOptions.Open(parse.GetValue(db)!, create: false);
            var stats = StoreOptions.Guard(() => store.Queries.Stats());
            if (parse.GetValue(json))
            {
                StoreOptions.WriteJson(stats);
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded).HideHeaders();
            table.AddColumn("What");
            table.AddColumn(new TableColumn("Value").RightAligned());
            void Row(string what, string value) => table.AddRow(Markup.Escape(what), Markup.Escape(value));
            string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
            Row("database", stats.Location);
            Row("schema version", stats.SchemaVersion.ToString(CultureInfo.InvariantCulture));
            Row("size", string.Create(CultureInfo.InvariantCulture, $"{stats.SizeBytes / 1048576.0:0.0} MiB"));
            Row("articles", N(stats.Articles));
            Row("dates", stats.FirstDate is null ? "-" : $"{stats.FirstDate} .. {stats.LastDate}");
            Row("mentions", N(stats.Mentions));
            Row("entities", N(stats.Entities));
            foreach (var label in stats.EntitiesByLabel)
            {
                Row("  " + label.Value, N(label.Count));
            }

            Row("quotes", N(stats.Quotes));
            Row("  with a speaker", N(stats.AttributedQuotes));
            Row("times", N(stats.Times));
            foreach (var agency in stats.Agencies)
            {
                Row("agency " + agency.Value, N(agency.Count));
            }

            Terminal.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
