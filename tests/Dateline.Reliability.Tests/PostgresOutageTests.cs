using System.Net;
using System.Text.Json;
using Dateline.Cli.Tests;
using Dateline.Store.Postgres.Tests;

namespace Dateline.Reliability.Tests;

/// <summary>
/// The PostgreSQL server going away under a running ingest or serve: connections cut by the administrator
/// (<c>pg_terminate_backend</c>) or the server restarted. Ingest either finishes or stops with one clear line and
/// exit code 2, and a rerun completes the corpus exactly once; serve answers 503 during the outage and recovers
/// by itself once the server is back.
/// </summary>
[Collection(ReliabilityPostgres.Name)]
public sealed class PostgresOutageTests(PostgresCluster cluster) : IDisposable
{
    private const int Articles = 300;
    private readonly string _folder = TempFolder.Create();

    public void Dispose() => TempFolder.Delete(_folder);

    [SkippableFact]
    public void Ingest_whose_connections_are_cut_stops_or_goes_on_cleanly_and_a_rerun_completes_it()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        InterruptIngest(target => cluster.Execute(target, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"));
    }

    [SkippableFact]
    public void Ingest_across_a_server_restart_stops_with_one_line_and_a_rerun_completes_it()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        InterruptIngest(_ =>
        {
            cluster.Stop();
            Thread.Sleep(500);
            cluster.Start();
        });
    }

    [SkippableFact]
    public async Task Serve_answers_503_while_the_server_is_down_and_recovers_without_a_restart()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        var db = cluster.CreateDatabase();
        var input = Path.Combine(_folder, "corpus.jsonl");
        SyntheticNews.Write(input, 60);
        Assert.Equal(0, DatelineProcess.Run(_folder, "ingest", input, "--db", db).ExitCode);
        var (server, url) = await Processes.ServeAsync(_folder, db);
        try
        {
            using var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
            string[] requests = ["/api/search?q=budget", "/api/search?q=budget&person=Maria%20Lopez", "/api/quotes?speaker=Maria%20Lopez", "/api/stats", "/api/entities", "/api/search"];
            var before = new Dictionary<string, string>();
            foreach (var request in requests)
            {
                using var response = await client.GetAsync(new Uri(request, UriKind.Relative));
                Assert.True(response.StatusCode == HttpStatusCode.OK, request + ": " + await response.Content.ReadAsStringAsync());
                before[request] = await response.Content.ReadAsStringAsync();
            }

            cluster.Stop();
            try
            {
                foreach (var request in requests)
                {
                    using var response = await client.GetAsync(new Uri(request, UriKind.Relative));
                    var body = await response.Content.ReadAsStringAsync();
                    Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{request} during the outage: {(int)response.StatusCode} {body}");
                    Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
                }
            }
            finally
            {
                cluster.Start();
            }

            foreach (var request in requests)
            {
                var deadline = DateTime.UtcNow.AddSeconds(30);
                HttpStatusCode status;
                string body;
                do
                {
                    using var response = await client.GetAsync(new Uri(request, UriKind.Relative));
                    status = response.StatusCode;
                    body = await response.Content.ReadAsStringAsync();
                }
                while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline && await Delay());
                Assert.True(status == HttpStatusCode.OK, $"{request} after the restart: {(int)status} {body}");
                Assert.Equal(Normalised(before[request]), Normalised(body));
            }
        }
        finally
        {
            Processes.Stop(server);
        }
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(200);
        return true;
    }

    /// <summary>The JSON without its timing fields, which differ between two identical queries.</summary>
    private static string Normalised(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json);
        if (node is System.Text.Json.Nodes.JsonObject obj)
        {
            obj.Remove("elapsedMs");
            obj.Remove("tookMs");
        }

        return node!.ToJsonString(new JsonSerializerOptions());
    }

    private void InterruptIngest(Action<string> interrupt)
    {
        var input = Path.Combine(_folder, "corpus.jsonl");
        SyntheticNews.Write(input, Articles, seed: 7);
        var reference = cluster.CreateDatabase();
        Assert.Equal(0, DatelineProcess.Run(_folder, "ingest", input, "--db", reference).ExitCode);
        var target = cluster.CreateDatabase();

        using (var process = DatelineProcess.Start(_folder, "ingest", input, "--db", target, "--batch-size", "16"))
        {
            _ = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            Assert.True(Processes.WaitFor(process, () => CorpusCensus.ArticlesOrZero(target) >= 48, TimeSpan.FromMinutes(2)), "the ingest ended before it could be interrupted");
            interrupt(target);
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the ingest hung after the interruption");
            var lines = Processes.Lines(error.Result).Where(l => l.StartsWith("dateline: error", StringComparison.Ordinal) || l.Contains("   at ", StringComparison.Ordinal)).ToList();
            if (process.ExitCode != 0)
            {
                Assert.Equal(2, process.ExitCode);
                Assert.Single(lines);
                Assert.Contains("PostgreSQL", lines[0], StringComparison.Ordinal);
            }
        }

        var rerun = DatelineProcess.Run(_folder, "ingest", input, "--db", target);
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.Equal(CorpusCensus.Settled(_folder, reference), CorpusCensus.Settled(_folder, target));
    }
}
