using System.Text.Json;
using Dateline.Testing;

namespace Dateline.Cli.Tests;

public sealed class ServeCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dateline-cli-tests", Guid.NewGuid().ToString("N"));

    public ServeCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }

    [Fact]
    public void Serving_a_missing_database_is_a_one_line_error()
    {
        var run = DatelineProcess.Run(_folder, "serve", "--db", Path.Combine(_folder, "none.db"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no database at", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_answers_the_api_and_the_ui_on_the_port_it_reports()
    {
        var db = Path.Combine(_folder, "corpus.db");
        var ingest = DatelineProcess.Run(_folder, "ingest", TestPaths.SampleArticle, "--db", db);
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        using var server = DatelineProcess.Start(_folder, "serve", "--db", db, "--urls", "http://127.0.0.1:0");
        try
        {
            string? url = null;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (url is null && await server.StandardError.ReadLineAsync(timeout.Token) is { } line)
            {
                var at = line.IndexOf(" at http://", StringComparison.Ordinal);
                if (line.StartsWith("dateline: serving", StringComparison.Ordinal) && at > 0)
                {
                    url = line[(at + 4)..].Split(' ')[0];
                }
            }

            Assert.NotNull(url);
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            var stats = JsonDocument.Parse(await client.GetStringAsync("/api/stats")).RootElement;
            Assert.Equal(1, stats.GetProperty("articles").GetInt64());
            var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=sanctuary")).RootElement;
            Assert.Equal(1, search.GetProperty("total").GetInt32());
            using var page = await client.GetAsync("/");
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }
}
