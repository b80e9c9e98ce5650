using System.CommandLine;
using System.Globalization;
using Dateline.Core.Annotations;
using Spectre.Console;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline entities [--label PER|ORG|LOC|MISC] [--top N] [--name NAME] [--relink]</c>: the corpus's most mentioned
/// entities with every written form and its mentions; <c>--name</c> shows the entities a name finds (the chosen one
/// first); <c>--relink</c> recomputes every corpus entity link first (docs/entities.md).
/// </summary>
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
        var name = new Option<string?>("--name") { Description = "The entities this name finds (name, variant, alias or surname), the one chosen first." };
        var relink = new Option<bool>("--relink") { Description = "Recompute every article entity's corpus entity from the whole corpus first (after large loads; not while an ingest runs)." };
        var command = new Command("entities", "The people, organisations, places and other entities of the corpus, by the number of articles that mention them.");
        foreach (var option in new Option[] { label, top, name, relink, json, db })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            EntityLabel? filter = parse.GetValue(label) is { } labelName ? Enum.Parse<EntityLabel>(labelName) : null;
            // Relinking writes: an existing store is opened for writing (a missing one is still the usual error).
            var target = parse.GetValue(db)!;
            var writable = parse.GetValue(relink) && (Store.Postgres.PostgresTarget.IsPostgres(target) || File.Exists(target));
            using var store = StoreOptions.Open(target, create: writable);
            if (parse.GetValue(relink))
            {
                var summary = StoreOptions.Guard(() => store.RelinkEntities());
                var reasons = string.Join(", ", summary.Reasons.OrderByDescending(r => r.Value).Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key.ToLowerInvariant()} {r.Value:N0}")));
                Console.Error.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Relinked {summary.ArticleEntities:N0} article entities in {summary.Elapsed.TotalSeconds:F1} s: {summary.EntitiesBefore:N0} corpus entities before, {summary.EntitiesAfter:N0} after ({reasons})"));
            }

            var asked = parse.GetValue(name);
            IReadOnlyList<Store.Queries.CorpusEntity> entities;
            if (!string.IsNullOrWhiteSpace(asked))
            {
                entities = StoreOptions.Guard(() => store.Queries.FindEntities(asked));
                Console.Error.WriteLine($"{asked}: {EntityChoice.Describe(entities)}");
                entities = [.. entities.Where(e => filter is null || e.Label == filter.ToString())];
            }
            else
            {
                entities = StoreOptions.Guard(() => store.Queries.Entities(filter, Math.Max(0, parse.GetValue(top))));
            }

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
            table.AddColumn("Written as (mentions)");
            foreach (var entity in entities)
            {
                table.AddRow(
                    entity.Label,
                    $"[bold]{Markup.Escape(entity.Name)}[/]{(entity.Ambiguous ? " [yellow](ambiguous)[/]" : string.Empty)}",
                    entity.Articles.ToString("N0", CultureInfo.InvariantCulture),
                    entity.Mentions.ToString("N0", CultureInfo.InvariantCulture),
                    entity.Quotes.ToString("N0", CultureInfo.InvariantCulture),
                    Markup.Escape(EntityChoice.Forms(entity)));
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
