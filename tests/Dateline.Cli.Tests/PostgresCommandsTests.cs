using System.Text.Json;
using Dateline.Store.Postgres.Tests;
using Dateline.Testing;
using Npgsql;

namespace Dateline.Cli.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCommandsTests(PostgresCluster cluster)
{
    [SkippableFact]
    public void Store_commands_take_a_postgres_uri_or_connection_string_as_db()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        var connectionString = cluster.CreateDatabase();
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var uri = $"postgres://{settings.Username}@localhost:{settings.Port}/{settings.Database}?host={Uri.EscapeDataString(settings.Host!)}";

        var ingest = CliRunner.Run("ingest", TestPaths.SampleArticle, "--db", uri);
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        Assert.Matches(@"stored\s+1\b", ingest.Out + ingest.Error);
        Assert.Equal(0, CliRunner.Run("ingest", TestPaths.SampleArticle, "--db", connectionString).ExitCode);

        var quotes = DatelineProcess.Run(TestPaths.RepositoryRoot, "quotes", "--speaker", "Peter Simonson", "--json", "--db", connectionString);
        Assert.Equal(0, quotes.ExitCode);
        using (var json = JsonDocument.Parse(quotes.Output))
        {
            Assert.Equal(2, json.RootElement.GetArrayLength());
        }

        var search = DatelineProcess.Run(TestPaths.RepositoryRoot, "search", "sanctuary AND Albuquerque", "--json", "--db", uri);
        Assert.Equal(0, search.ExitCode);
        using (var json = JsonDocument.Parse(search.Output))
        {
            Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        }

        var stats = DatelineProcess.Run(TestPaths.RepositoryRoot, "stats", "--json", "--db", connectionString);
        using (var json = JsonDocument.Parse(stats.Output))
        {
            Assert.Equal(1, json.RootElement.GetProperty("articles").GetInt64());
        }

        Assert.Equal(0, CliRunner.Run("show", "1", "--db", connectionString).ExitCode);
        Assert.Equal(0, CliRunner.Run("entities", "--db", connectionString).ExitCode);
        Assert.Equal(0, CliRunner.Run("timeline", "Sessions", "--db", connectionString).ExitCode);
        Assert.Equal(0, CliRunner.Run("dupes", "--db", connectionString).ExitCode);

        // Stories (docs/stories.md): the article has one, and --story keeps the quotes of its one article.
        var story = DatelineProcess.Run(TestPaths.RepositoryRoot, "stories", "--story", "1", "--json", "--db", connectionString);
        Assert.True(story.ExitCode == 0, story.Error);
        using (var json = JsonDocument.Parse(story.Output))
        {
            Assert.Equal(1, json.RootElement.GetProperty("story").GetProperty("articles").GetInt32());
            var id = json.RootElement.GetProperty("story").GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
            var inStory = DatelineProcess.Run(TestPaths.RepositoryRoot, "quotes", "--story", id, "--json", "--db", uri);
            using var quotesInStory = JsonDocument.Parse(inStory.Output);
            using var allQuotes = JsonDocument.Parse(DatelineProcess.Run(TestPaths.RepositoryRoot, "quotes", "--json", "--db", uri).Output);
            Assert.True(quotesInStory.RootElement.GetArrayLength() > 2);
            Assert.Equal(allQuotes.RootElement.GetArrayLength(), quotesInStory.RootElement.GetArrayLength());
            using var otherStory = JsonDocument.Parse(DatelineProcess.Run(TestPaths.RepositoryRoot, "quotes", "--story", id + "0", "--json", "--db", uri).Output);
            Assert.Empty(otherStory.RootElement.EnumerateArray());
        }
    }

    [Fact]
    public void A_postgres_server_that_is_not_there_is_a_one_line_error()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var result = CliRunner.Run("stats", "--db", $"postgres://someone@127.0.0.1:{port}/corpus");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("connection refused", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
