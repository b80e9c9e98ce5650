using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Dateline.Cli.Tests;

/// <summary><c>dateline stories</c>, <c>--story</c> on search and quotes, and <c>dateline eval stories</c>, on articles written for these tests.</summary>
public sealed class StoriesCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dateline-cli-tests", Guid.NewGuid().ToString("N"));

    public StoriesCommandTests() => Directory.CreateDirectory(_folder);

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

    private static string Line(string id, string outlet, string date, string title, string text) =>
        JsonSerializer.Serialize(new { id, source = outlet, date, title, content_original = text });

    [Fact]
    public void Stories_lists_one_event_across_outlets_and_story_restricts_search_and_quotes()
    {
        var input = Path.Combine(_folder, "news.jsonl");
        File.WriteAllLines(input,
        [
            Line("a", "Valley Times", "2018-03-05", "Wildfire forces evacuation of Pine Ridge",
                "A fast-moving wildfire forced the evacuation of Pine Ridge on Monday as strong winds pushed flames toward homes on the town's northern edge.\n\n\"We have never seen a fire move this fast,\" said fire chief Daniel Ortiz."),
            Line("b", "Mountain Wire", "2018-03-06", "Pine Ridge wildfire grows as winds push flames toward homes",
                "The wildfire near Pine Ridge grew overnight, fire officials said Tuesday, as crews fought to keep the flames away from homes after thousands were evacuated.\n\nFire chief Daniel Ortiz said the winds were expected to ease by evening."),
            Line("c", "Valley Times", "2018-03-05", "School board approves new lunch menu",
                "The school board approved a new lunch menu on Monday that adds more vegetables and removes fried food from the cafeterias of all twelve district schools."),
        ]);
        var db = Path.Combine(_folder, "news.db");
        Assert.Equal(0, DatelineProcess.Run(_folder, "ingest", input, "--db", db).ExitCode);

        var listed = DatelineProcess.Run(_folder, "stories", "--min-outlets", "2", "--json", "--db", db);
        Assert.Equal(0, listed.ExitCode);
        var story = Assert.Single(JsonDocument.Parse(listed.Output).RootElement.EnumerateArray());
        Assert.Equal(2, story.GetProperty("articles").GetInt32());
        Assert.Equal(["Mountain Wire", "Valley Times"], story.GetProperty("outlets").EnumerateArray().Select(o => o.GetString()));
        var id = story.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var search = DatelineProcess.Run(_folder, "search", "Monday", "--story", id, "--json", "--db", db);
        Assert.Equal(0, search.ExitCode);
        Assert.Equal(1, JsonDocument.Parse(search.Output).RootElement.GetProperty("total").GetInt32());

        var quotes = DatelineProcess.Run(_folder, "quotes", "--story", id, "--json", "--db", db);
        Assert.Equal(0, quotes.ExitCode);
        Assert.All(JsonDocument.Parse(quotes.Output).RootElement.EnumerateArray(), q => Assert.NotEqual("c", q.GetProperty("docId").GetString()));

        var rebuilt = DatelineProcess.Run(_folder, "stories", "--rebuild", "--db", db);
        Assert.Equal(0, rebuilt.ExitCode);
        Assert.Contains("3 articles in 2 stories (1 with two or more articles)", rebuilt.Output, StringComparison.Ordinal);

        var missing = DatelineProcess.Run(_folder, "stories", "--story", "999999", "--db", db);
        Assert.NotEqual(0, missing.ExitCode);
        Assert.DoesNotContain("   at ", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_stories_reads_semeval_pairs_and_prints_pearson_and_same_story_scores()
    {
        var gold = Path.Combine(_folder, "pairs.csv");
        var csv = new StringBuilder(",pair_id,lang1,lang2,text1,text2,Overall\n");
        csv.Append("0,1_2,en,en,\"Wildfire forces evacuation of Pine Ridge as winds push flames toward homes\",\"Pine Ridge wildfire grows; thousands evacuated as winds push flames toward homes\",1.0\n");
        csv.Append("1,3_4,en,en,\"Wildfire forces evacuation of Pine Ridge\",\"School board approves new lunch menu with more vegetables\",4.0\n");
        csv.Append("2,5_6,de,de,\"Waldbrand\",\"Waldbrand\",1.0\n");
        csv.Append("3,7_8,en,en,\"Pine Ridge fire chief warns of strong winds\",\"School lunch menu adds vegetables; board votes\",3.5\n");
        File.WriteAllText(gold, csv.ToString());
        var run = DatelineProcess.Run(_folder, "eval", "stories", "--gold", gold, "--json");
        Assert.Equal(0, run.ExitCode);
        var result = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(3, result.GetProperty("pairs").GetInt32());
        Assert.True(result.GetProperty("pearson").GetDouble() > 0.5);
        Assert.Equal(1.0, result.GetProperty("sameStory").GetProperty("precision").GetDouble());

        File.WriteAllText(gold, ",pair_id,lang1,lang2,text1,text2,Overall\n0,1,en,en,a,b,often\n");
        var bad = DatelineProcess.Run(_folder, "eval", "stories", "--gold", gold);
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("pairs.csv:2: Overall 'often' is not a number", bad.Error, StringComparison.Ordinal);
    }
}
