using System.CommandLine;
using System.Text.Json;
using Dateline.Core.Serialization;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline show ID</c>: a stored article with its annotations, as <c>analyze</c> prints it.</summary>
internal sealed class ShowCommand : ICliCommand
{
    public string? Parent => null;

    public Command Create()
    {
        var id = new Argument<string>("id") { Description = "The article's store id (as search lists it) or its document id." };
        var json = new Option<bool>("--json") { Description = "Print the article as the JSON object of 'analyze --json'." };
        var db = StoreOptions.Database();
        var command = new Command("show", "Show a stored article with its structure, entities, quotes and times.");
        command.Arguments.Add(id);
        command.Options.Add(json);
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            var key = parse.GetValue(id)!;
            using var store = StoreOptions.Open(parse.GetValue(db)!, create: false);
            var article = StoreOptions.Guard(() => store.Queries.Article(key))
                ?? throw new UserException($"no article with id '{key}' in {store.Location}");
            if (parse.GetValue(json))
            {
                using var stdout = Console.OpenStandardOutput();
                using (var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    DocumentJson.Write(writer, article.Document);
                }

                stdout.WriteByte((byte)'\n');
            }
            else
            {
                DocumentView.Write(Console.Out, article.Document);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
