using System.CommandLine;
using System.Globalization;
using Dateline.Search.Export;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline export --format jsonl|parquet --out FOLDER</c>: the corpus as tables for DuckDB, pandas or Spark.</summary>
internal sealed class ExportCommand : ICliCommand
{
    public string? Parent => null;

    public Command Create()
    {
        var format = new Option<string>("--format") { Description = "jsonl or parquet.", DefaultValueFactory = _ => "parquet" };
        format.AcceptOnlyFromAmong("jsonl", "parquet");
        var output = new Option<string>("--out") { Description = "The folder to write articles, entities, quotes and times into.", Required = true };
        var db = StoreOptions.Database();
        var command = new Command("export", "Export articles, entities, quotes and times as one JSON Lines or Parquet file per table.");
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!;
            if (File.Exists(folder))
            {
                throw new UserException($"--out: {folder} is a file; give a folder");
            }

            var kind = parse.GetValue(format) == "jsonl" ? ExportFormat.Jsonl : ExportFormat.Parquet;
            using var store = StoreOptions.Open(parse.GetValue(db)!, create: false);
            IReadOnlyList<ExportedTable> tables;
            try
            {
                tables = StoreOptions.Guard(() => CorpusExporter.Export(store.Queries, kind, folder));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UserException($"cannot write {folder}: {ex.Message}", ex);
            }

            foreach (var table in tables)
            {
                CliOutput.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table.Table,-9} {table.Rows,10:N0} rows  {table.Path}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
