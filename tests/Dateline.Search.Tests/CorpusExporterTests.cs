using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Search.Export;
using Dateline.Store.Queries;
using Dateline.Store.Sqlite;
using Microsoft.Data.Sqlite;
using Parquet.Serialization;

namespace Dateline.Search.Tests;

public sealed class CorpusExporterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dateline-export-tests", Guid.NewGuid().ToString("N"));

    public CorpusExporterTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Theory]
    [InlineData(ExportFormat.Jsonl)]
    [InlineData(ExportFormat.Parquet)]
    public async Task Export_writes_articles_entities_quotes_and_times_as_one_file_per_table(ExportFormat format)
    {
        using var store = SqliteCorpusStore.Open(Path.Combine(_folder, "corpus.db"), create: true);
        using (var writer = store.OpenWriter())
        {
            writer.Write([Article(1), Article(2), Article(3)]);
        }

        var output = Path.Combine(_folder, "out");
        var tables = CorpusExporter.Export(store.Queries, format, output);
        Assert.Equal(["articles", "entities", "quotes", "times"], tables.Select(t => t.Table));
        Assert.Equal([3L, 1L, 3L, 3L], tables.Select(t => t.Rows));
        Assert.All(tables, t => Assert.True(File.Exists(t.Path)));
        Assert.Empty(Directory.GetFiles(output, "*.partial"));

        if (format == ExportFormat.Parquet)
        {
            var quotes = (await ParquetSerializer.DeserializeAsync<QuoteRow>(tables[2].Path)).Data;
            Assert.Equal(3, quotes.Count);
            Assert.All(quotes, q => Assert.Equal("Maria Lopez", q.Speaker));
            var entities = (await ParquetSerializer.DeserializeAsync<EntityRow>(tables[1].Path)).Data;
            Assert.Equal(["Lopez"], Assert.Single(entities).Aliases);
            var times = (await ParquetSerializer.DeserializeAsync<TimeRow>(tables[3].Path)).Data;
            Assert.All(times, t => Assert.Equal("Monday", t.Text));
        }
        else
        {
            Assert.Equal(3, File.ReadAllLines(tables[0].Path).Length);
            Assert.Contains("\"speaker\":\"Maria Lopez\"", File.ReadAllText(tables[2].Path), StringComparison.Ordinal);
        }
    }

    private static Document Article(int i)
    {
        var text = $"Budget vote {i}\nMaria Lopez said on Monday: \"We will vote {i}.\" Lopez left.";
        var document = new Document($"a{i}", text, new DocumentSource("t", "text", i, 1), new DocumentMetadata { Date = new DateOnly(2019, 3, i) });
        var name = text.IndexOf("Maria Lopez", StringComparison.Ordinal);
        var alias = text.LastIndexOf("Lopez", StringComparison.Ordinal);
        var quote = text.IndexOf("We will", StringComparison.Ordinal);
        var monday = text.IndexOf("Monday", StringComparison.Ordinal);
        return document
            .With(Layers.Mentions, [new Mention(new TextSpan(name, name + 11), EntityLabel.PER, 1f), new Mention(new TextSpan(alias, alias + 5), EntityLabel.PER, 1f)])
            .With(Layers.Entities, [new Entity(0, EntityLabel.PER, "Maria Lopez", ["Lopez"], [], [0, 1])])
            .With(Layers.Quotes, [new Quote(QuoteKind.Direct, new TextSpan(quote, quote + 14), null, new QuoteSpeaker(new TextSpan(name, name + 11), 0, "Maria Lopez"))])
            .With(Layers.Times, [new TimeExpression(new TextSpan(monday, monday + 6), TimeType.Date, "2019-03-04")]);
    }

    public sealed class QuoteRow
    {
        public long Id { get; set; }

        public string? Speaker { get; set; }

        public string Text { get; set; } = string.Empty;
    }

    public sealed class TimeRow
    {
        public string Text { get; set; } = string.Empty;
    }
}
