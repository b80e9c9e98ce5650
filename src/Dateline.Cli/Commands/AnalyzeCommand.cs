using System.CommandLine;
using Dateline.Core;
using Dateline.Core.Serialization;
using Dateline.Ingest;
using Dateline.Ingest.Fields;
using Dateline.Text;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline analyze FILE...</c>: structure each article and print it, readable or as JSON lines.</summary>
internal sealed class AnalyzeCommand : ICliCommand
{
    public string? Parent => null;

    public Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Files, directories or globs to read (.txt records, JSON, CSV, plain text, HTML, WARC, and .gz of each)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per document per line." };
        var format = InputOptions.Format();
        var fields = InputOptions.Fields();
        var command = new Command("analyze", "Turn raw news into structured articles: headline, byline, dateline, captions, paragraphs, entities, quotes, times.");
        command.Arguments.Add(files);
        command.Options.Add(json);
        command.Options.Add(format);
        command.Options.Add(fields);
        command.SetAction(parse => Run(parse.GetValue(files)!, parse.GetValue(json), parse.GetValue(format), InputOptions.ParseFields(parse.GetValue(fields))));
        return command;
    }

    private static int Run(string[] paths, bool json, string? format, FieldMap fields)
    {
        var run = new InputRun(paths, format, fields);
        var pipeline = TextPipeline.CreateDefault().Build();
        var output = Console.Out;
        foreach (var document in run.Documents())
        {
            var analyzed = pipeline.Process(document);
            if (json)
            {
                output.WriteLine(JsonLines.Serialize(writer => DocumentJson.Write(writer, analyzed)));
            }
            else
            {
                DocumentView.Write(output, analyzed);
            }
        }

        output.Flush();

        return run.Finish();
    }
}
