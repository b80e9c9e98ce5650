using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Dateline.Dedup.Evaluation;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval dedup-make --out DIR</c>: generate the copy-detection dev set from real articles.</summary>
internal sealed class EvalDedupMakeCommand : ICliCommand
{
    public string? Parent => "eval";

    public Command Create()
    {
        var output = new Option<string>("--out") { Description = "Folder to write corpus.jsonl and gold.jsonl into.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };
        var data = new Option<string>("--data") { Description = "The shared data folder (with reuters-21578/ and allsides/).", DefaultValueFactory = _ => Path.Combine("..", "shared", "data") };
        var stories = new Option<int>("--stories") { Description = "Stories to copy per source corpus.", DefaultValueFactory = _ => 300 };
        var command = new Command("dedup-make", "Generate a copy-detection dev set: syndication variants of real Reuters-21578 and AllSides stories, and same-topic, same-day hard negatives.");
        command.Options.Add(output);
        command.Options.Add(seed);
        command.Options.Add(data);
        command.Options.Add(stories);
        command.SetAction(parse => Run(parse.GetValue(output)!, parse.GetValue(seed), parse.GetValue(data)!, parse.GetValue(stories)));
        return command;
    }

    private static int Run(string output, int seed, string data, int stories)
    {
        var reuters = Path.Combine(data, "reuters-21578");
        var allsides = Path.Combine(data, "allsides", "articles-part1-of-4.jsonl.gz");
        if (!Directory.Exists(reuters) || !File.Exists(allsides))
        {
            throw new UserException($"{data}: expected reuters-21578/ and allsides/articles-part1-of-4.jsonl.gz there (give the shared data folder with --data)");
        }

        var sources = new List<SourceArticle>();
        foreach (var file in Directory.EnumerateFiles(reuters, "reut2-0*.sgm.gz").Order(StringComparer.Ordinal).Take(12))
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress), Encoding.Latin1);
            sources.AddRange(ReutersSgml.Read(reader));
        }

        using (var reader = new StreamReader(new GZipStream(File.OpenRead(allsides), CompressionMode.Decompress), Encoding.UTF8))
        {
            sources.AddRange(AllsidesJsonl.Read(reader));
        }

        var set = new DevSetGenerator(seed) { StoriesPerCorpus = stories }.Generate(sources);
        Directory.CreateDirectory(output);
        var options = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var stream = File.Create(Path.Combine(output, "corpus.jsonl")))
        {
            foreach (var article in set.Articles)
            {
                using (var writer = new Utf8JsonWriter(stream, options))
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", article.Id);
                    writer.WriteString("title", article.Title);
                    writer.WriteString("date", article.Date);
                    writer.WriteString("source", article.Outlet);
                    writer.WriteString("copy_of", article.SourceId);
                    writer.WriteNumber("keep", article.Keep);
                    writer.WriteString("edits", article.Edits);
                    writer.WriteString("text", article.Text);
                    writer.WriteEndObject();
                }

                stream.WriteByte((byte)'\n');
            }
        }

        using (var stream = File.Create(Path.Combine(output, "gold.jsonl")))
        {
            foreach (var pair in set.Pairs)
            {
                using (var writer = new Utf8JsonWriter(stream, options))
                {
                    writer.WriteStartObject();
                    writer.WriteString("a", pair.A);
                    writer.WriteString("b", pair.B);
                    writer.WriteBoolean("duplicate", pair.Duplicate);
                    writer.WriteNumber("keep", pair.Keep);
                    writer.WriteBoolean("keeps_half", pair.Duplicate && pair.Keep >= 0.5);
                    writer.WriteString("kind", pair.Kind);
                    writer.WriteEndObject();
                }

                stream.WriteByte((byte)'\n');
            }
        }

        var positives = set.Pairs.Count(p => p.Duplicate);
        CliOutput.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{set.Articles.Count} articles from {sources.Count} sources; {set.Pairs.Count} gold pairs: {positives} copies ({set.Pairs.Count(p => p.Duplicate && p.Keep >= 0.5)} keep at least half), {set.Pairs.Count - positives} same-topic same-day negatives -> {output}"));
        return ExitCodes.Success;
    }
}
