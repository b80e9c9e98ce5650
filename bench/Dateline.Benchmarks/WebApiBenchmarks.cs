using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Dateline.Store.Sqlite;
using Dateline.Web;
using Microsoft.AspNetCore.Builder;

namespace Dateline.Benchmarks;

/// <summary>
/// HTTP latency of the web API's search with facets (and of quotes by speaker) over a large synthetic corpus (100,000 articles by
/// default; DATELINE_BENCH_ARTICLES changes it), through Kestrel on loopback with an HttpClient, the way the
/// UI calls it. Run: <c>dotnet run -c Release --project bench/Dateline.Benchmarks -- --filter '*WebApi*'</c>.
/// </summary>
[Config(typeof(PercentileConfig))]
public class WebApiBenchmarks
{
    private SqliteCorpusStore? _store;
    private WebApplication? _app;
    private HttpClient? _client;
    private TimeSpan _cpuAtStart;
    private int _requests;

    [Params(
        "/api/search?q=sanctuary",
        "/api/search?q=budget",
        "/api/search?q=police",
        "/api/search?q=budget%20AND%20election",
        "/api/search?q=police&from=2017-01-01&to=2017-12-31",
        "/api/search?person=Peter%20Simonson",
        "/api/search?q=police&agency=Reuters&offset=40",
        "/api/search?q=police&person=Peter%20Simonson",
        "/api/search",
        "/api/quotes?speaker=Peter%20Simonson")]
    public string Url { get; set; } = string.Empty;

    [GlobalSetup]
    public async Task Setup()
    {
        var articles = int.Parse(Environment.GetEnvironmentVariable("DATELINE_BENCH_ARTICLES") ?? "100000", CultureInfo.InvariantCulture);
        _store = SyntheticCorpus.OpenOrBuild(articles, Console.Out);
        _app = DatelineWebApp.Build(new DatelineWebOptions { Queries = _store.Queries, Urls = "http://127.0.0.1:0", RequestsPerMinute = 0 });
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
        using var check = await _client.GetAsync(new Uri(Url, UriKind.Relative));
        check.EnsureSuccessStatusCode();
        _requests = 0;
        _cpuAtStart = Environment.CpuUsage.TotalTime;
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        // Wall-clock times suffer when the machine is shared; the process's CPU time per request does not.
        var cpu = Environment.CpuUsage.TotalTime - _cpuAtStart;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// CPU per request (server and client, mean over {_requests}): {cpu.TotalMilliseconds / Math.Max(1, _requests):0.00} ms [{Url}]"));
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _store?.Dispose();
    }

    [Benchmark(Description = "GET search with facets")]
    public async Task<int> Search()
    {
        _requests++;
        using var response = await _client!.GetAsync(new Uri(Url, UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        return body.Length;
    }

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig()
        {
            // One request per iteration, so the percentiles are per request. In-process: the 100,000-article database is built (or reused) once, and no extra project is built.
            AddJob(Job.Default
                .WithWarmupCount(5)
                .WithIterationCount(60)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)));
            AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
        }
    }
}
