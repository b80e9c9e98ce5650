using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dateline.Testing;
using Microsoft.Data.Sqlite;

namespace Dateline.Cli.Tests;

public sealed class StoreCommandsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dateline-cli-tests", Guid.NewGuid().ToString("N"));

    public StoreCommandsTests() => Directory.CreateDirectory(_folder);

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

    [Fact]
    public void An_ingest_killed_mid_run_and_rerun_stores_every_document_exactly_once()
    {
        const int total = 20_000;
        var input = Path.Combine(_folder, "corpus.jsonl");
        var expected = WriteCorpus(input, total);
        var db = Path.Combine(_folder, "corpus.db");

        using (var process = DatelineProcess.Start(_folder, "ingest", input, "--db", db, "--batch-size", "50"))
        {
            process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEndAsync();
            var watch = Stopwatch.StartNew();
            long committed = 0;
            while (!process.HasExited && watch.Elapsed < TimeSpan.FromMinutes(2))
            {
                committed = File.Exists(db) ? CountOrZero(db) : 0;
                if (committed >= 200)
                {
                    break;
                }

                Thread.Sleep(5);
            }

            Assert.False(process.HasExited, "the ingest finished before it could be killed; the corpus is too small for this machine");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            committed = Count(db, "SELECT count(*) FROM articles");
            Assert.InRange(committed, 200, total - 1);
        }

        var rerun = DatelineProcess.Run(_folder, "ingest", input, "--db", db);
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.Equal(total, Count(db, "SELECT count(*) FROM articles"));
        Assert.Equal(total, Count(db, "SELECT count(DISTINCT hash) FROM articles"));
        Assert.Equal(total, Count(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'budget'"));
        Assert.Equal("ok", Text(db, "PRAGMA integrity_check"));
        Assert.Equal(expected, Ids(db));

        // Nothing else changed: a third run stores nothing.
        var again = DatelineProcess.Run(_folder, "ingest", input, "--db", db);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"skipped as exact copies  {total,10:N0}"), again.Output, StringComparison.Ordinal);
        Assert.Equal(total, Count(db, "SELECT count(*) FROM articles"));
    }

    [Fact]
    public void A_bad_file_is_reported_and_skipped_while_the_good_ones_are_stored()
    {
        var good = Path.Combine(_folder, "good.jsonl");
        WriteCorpus(good, 3);
        var bad = Path.Combine(_folder, "bad.jsonl.gz");
        File.WriteAllBytes(bad, [0x1f, 0x8b, 0x08, 0x00, 0x12, 0x34, 0x56]);
        var broken = Path.Combine(_folder, "broken.jsonl");
        File.WriteAllText(broken, "{\"text\": \"A fine story about the budget.\"}\nnot json at all\n");
        var db = Path.Combine(_folder, "corpus.db");

        var run = DatelineProcess.Run(_folder, "ingest", good, bad, broken, "--db", db);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(4, Count(db, "SELECT count(*) FROM articles"));
        Assert.Contains("bad.jsonl.gz", run.Output, StringComparison.Ordinal);
        Assert.Contains("broken.jsonl:2", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingesting_the_sample_twice_stores_it_once_and_search_finds_it()
    {
        var db = Path.Combine(_folder, "sample.db");
        Assert.Equal(0, DatelineProcess.Run(_folder, "ingest", TestPaths.SampleArticle, "--db", db).ExitCode);
        var second = DatelineProcess.Run(_folder, "ingest", TestPaths.SampleArticle, "--db", db);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(1, Count(db, "SELECT count(*) FROM articles"));

        var search = DatelineProcess.Run(_folder, "search", "sanctuary", "--json", "--db", db);
        Assert.True(search.ExitCode == 0, search.Error);
        using var json = JsonDocument.Parse(search.Output);
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        var hit = json.RootElement.GetProperty("hits")[0];
        Assert.Contains("sanctuary", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Contains(json.RootElement.GetProperty("facets").GetProperty("months").EnumerateArray(), m => m.GetProperty("value").GetString() == "2017-08");

        var show = DatelineProcess.Run(_folder, "show", hit.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture), "--json", "--db", db);
        Assert.True(show.ExitCode == 0, show.Error);
        using var article = JsonDocument.Parse(show.Output);
        Assert.Equal("2017-08-03", article.RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public void Dupes_json_lists_a_story_with_its_copies_and_what_each_changed()
    {
        string[] paragraphs =
        [
            "The city council voted 7-2 on Tuesday to build a light rail line linking the airport with downtown, ending a decade of debate over how to ease traffic on the interstate.",
            "The $1.2 billion project will be paid for with a half-cent sales tax approved by voters last fall and a federal transit grant the city expects to receive next spring.",
            "Mayor Ana Ruiz called the vote a turning point for a region whose population has doubled since 1990 while its road network has barely grown.",
            "Opponents on the council argued that ridership estimates were inflated and that buses could carry the same number of passengers for a fraction of the cost.",
            "Construction is scheduled to begin in 2021, with the first trains running between the airport and the convention center by the end of 2024.",
        ];
        var input = Path.Combine(_folder, "copies.jsonl");
        File.WriteAllLines(input,
        [
            JsonSerializer.Serialize(new { id = "wire", date = "2019-05-07", title = "Council approves light rail", publisher = "AP", text = string.Join("\n\n", paragraphs) }),
            JsonSerializer.Serialize(new { id = "cut", date = "2019-05-08", title = "Light rail wins vote", publisher = "Reuters", text = string.Join("\n\n", paragraphs.Take(3)) }),
        ]);
        var db = Path.Combine(_folder, "copies.db");
        Assert.Equal(0, DatelineProcess.Run(_folder, "ingest", input, "--db", db).ExitCode);

        var dupes = DatelineProcess.Run(_folder, "dupes", "--json", "--db", db);
        Assert.True(dupes.ExitCode == 0, dupes.Error);
        using var json = JsonDocument.Parse(dupes.Output);
        var story = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(2, story.GetProperty("size").GetInt32());
        var copies = story.GetProperty("copies").EnumerateArray().ToList();
        Assert.Equal(story.GetProperty("canonical").GetString(), copies[0].GetProperty("id").GetString());
        Assert.Equal("AP", copies[0].GetProperty("outlet").GetString());
        Assert.Equal("2019-05-08", copies[1].GetProperty("date").GetString());
        Assert.True(copies[1].GetProperty("headline_changed").GetBoolean());
        Assert.Equal([3, 4], copies[1].GetProperty("paragraphs_cut").EnumerateArray().Select(i => i.GetInt32()));
    }

    [Fact]
    public void Query_errors_are_one_line_without_a_stack_trace()
    {
        var db = Path.Combine(_folder, "sample.db");
        var missing = DatelineProcess.Run(_folder, "search", "budget", "--db", db);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no database", missing.Error, StringComparison.Ordinal);

        Assert.Equal(0, DatelineProcess.Run(_folder, "ingest", TestPaths.SampleArticle, "--db", db).ExitCode);
        var syntax = DatelineProcess.Run(_folder, "search", "\"sanctuary", "--db", db);
        Assert.Equal(2, syntax.ExitCode);
        Assert.StartsWith("dateline: error: invalid search query:", syntax.Error, StringComparison.Ordinal);
        Assert.Single(syntax.Error.Trim().Split('\n'));
    }

    private static SortedSet<string> WriteCorpus(string path, int count)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < count; i++)
        {
            var id = "doc-" + i.ToString("D6", CultureInfo.InvariantCulture);
            ids.Add(id);
            var text = $"Budget story {i}\nLawmakers debated budget item {i} on Tuesday. The committee chair said the vote on measure {i * 7919 % 10007} would come soon.";
            writer.WriteLine(JsonSerializer.Serialize(new { id, date = "2020-01-" + (1 + (i % 28)).ToString("D2", CultureInfo.InvariantCulture), text }));
        }

        return ids;
    }

    private static long CountOrZero(string db)
    {
        try
        {
            return Count(db, "SELECT count(*) FROM articles");
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    private static long Count(string db, string sql) => Convert.ToInt64(Scalar(db, sql), CultureInfo.InvariantCulture);

    private static string Text(string db, string sql) => Convert.ToString(Scalar(db, sql), CultureInfo.InvariantCulture)!;

    private static object? Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static SortedSet<string> Ids(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT doc_id FROM articles";
        using var reader = command.ExecuteReader();
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
