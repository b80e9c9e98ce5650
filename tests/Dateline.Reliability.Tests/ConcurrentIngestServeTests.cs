using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Dateline.Cli.Tests;

namespace Dateline.Reliability.Tests;

/// <summary>
/// <c>dateline ingest</c> and <c>dateline serve</c> on one SQLite file at once: while batches commit, searches,
/// quotes and stats keep answering 200, totals only grow, and every article a search shows is already complete
/// (its JSON, with every layer, is the same as after the ingest has finished).
/// </summary>
public sealed class ConcurrentIngestServeTests : IDisposable
{
    private readonly string _folder = TempFolder.Create();

    public void Dispose() => TempFolder.Delete(_folder);

    [Fact]
    public async Task Searches_during_an_ingest_into_the_same_file_never_fail_nor_see_a_half_written_article()
    {
        var first = Path.Combine(_folder, "first.jsonl");
        SyntheticNews.Write(first, 30, seed: 5);
        var db = Path.Combine(_folder, "corpus.db");
        Assert.Equal(0, DatelineProcess.Run(_folder, "ingest", first, "--db", db).ExitCode);
        var more = Path.Combine(_folder, "more.jsonl");
        SyntheticNews.Write(more, 500, first: 30, seed: 5);

        var (server, url) = await Processes.ServeAsync(_folder, db);
        try
        {
            using var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
            var seen = new Dictionary<long, string>();
            var requests = 0;
            long lastTotal = 0;
            using var ingest = DatelineProcess.Start(_folder, "ingest", more, "--db", db, "--batch-size", "16");
            _ = ingest.StandardOutput.ReadToEndAsync();
            var ingestError = ingest.StandardError.ReadToEndAsync();
            var watch = Stopwatch.StartNew();
            while (!ingest.HasExited && watch.Elapsed < TimeSpan.FromMinutes(3))
            {
                var search = await Get(client, "/api/search?q=said&limit=20&allCopies=true");
                var total = search.GetProperty("total").GetInt64();
                Assert.True(total >= lastTotal, $"the total went down from {lastTotal} to {total}");
                lastTotal = total;
                foreach (var hit in search.GetProperty("hits").EnumerateArray().Take(3))
                {
                    var id = hit.GetProperty("id").GetInt64();
                    seen.TryAdd(id, (await Get(client, $"/api/articles/{id}")).GetRawText());
                }

                await Get(client, "/api/quotes?speaker=Maria%20Lopez&limit=20");
                await Get(client, "/api/search?person=Maria%20Lopez&limit=5");
                requests += 4;
            }

            Assert.True(ingest.WaitForExit(TimeSpan.FromMinutes(3)), "the ingest did not finish");
            Assert.True(ingest.ExitCode == 0, await ingestError);
            Assert.True(requests >= 8, $"only {requests} requests ran during the ingest");
            Assert.Equal(530, CorpusCensus.SqliteScalar(db, "SELECT count(*) FROM articles"));
            foreach (var (id, during) in seen)
            {
                Assert.Equal(during, (await Get(client, $"/api/articles/{id}")).GetRawText());
            }
        }
        finally
        {
            Processes.Stop(server);
        }
    }

    private static async Task<JsonElement> Get(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} during the ingest: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
