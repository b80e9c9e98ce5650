using System.CommandLine;
using System.Globalization;
using Dateline.Core.Annotations;
using Spectre.Console;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline entities [--label PER|ORG|LOC|MISC] [--top N]</c>: the corpus's most mentioned entities.</summary>
internal sealed class EntitiesCommand : ICliCommand
{
    public string? Parent => null;

    public Command Create()
    {
        var label = new Option<string?>("--label") { Description = "Only entities of this label." };
        label.AcceptOnlyFromAmong(Enum.GetNames<EntityLabel>());
        var top = StoreOptions.Limit(25, "--top");
        var json = StoreOptions.Json();
        var db = StoreOptions.Database();
        var command = new Command("entities", "The people, organisations, places and other entities of the corpus, by the number of articles that mention them.");
        foreach (var option in new Option[] { label, top, json, db })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            EntityLabel? filter = parse.GetValue(label) is { } name ? Enum.Parse<EntityLabel>(name) : null;
            using var store = StoreOptions.Open(parse.GetValue(db)!, create: false);
            var entities = StoreOptions.Guard(() => store.Queries.Entities(filter, Math.Max(0, parse.GetValue(top))));
            if (parse.GetValue(json))
            {
                StoreOptions.WriteJson(entities);
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn("Label");
            table.AddColumn("Name");
            table.AddColumn(new TableColumn("Articles").RightAligned());
            table.AddColumn(new TableColumn("Mentions").RightAligned());
            table.AddColumn(new TableColumn("Quotes").RightAligned());
            table.AddColumn("Also called");
            foreach (var entity in entities)
            {
                table.AddRow(
                    entity.Label,
                    $"[bold]{Markup.Escape(entity.Name)}[/]",
                    entity.Articles.ToString("N0", CultureInfo.InvariantCulture),
                    entity.Mentions.ToString("N0", CultureInfo.InvariantCulture),
                    entity.Quotes.ToString("N0", CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join(", ", entity.Aliases)));
            }

            Terminal.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{entities.Count:N0} entit{(entities.Count == 1 ? "y" : "ies")}"));
            if (entities.Count > 0)
            {
                Terminal.Out.Write(table);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
