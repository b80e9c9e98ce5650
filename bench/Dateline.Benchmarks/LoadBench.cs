using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Dateline.Benchmarks;

/// <summary>
/// A bounded load generator: starts <c>dateline serve</c> on loopback over a synthetic corpus (built once, see
/// <see cref="SyntheticCorpus"/>), runs N concurrent clients doing mixed API reads for a fixed time, and reports
/// throughput, p50/p99 per request kind, errors and the server's memory. Loopback only: the server is its own child.
/// Run: <c>dotnet run -c Release --project bench/Dateline.Benchmarks -- load [--articles 100000] [--db FILE]
/// [--clients 16] [--seconds 30] [--cores 0,1] [--only search,quotes] [--dateline PATH/dateline.dll]</c>.
/// </summary>
internal static class LoadBench
{
    public static void Run(string[] args)
    {
        var options = Options.Parse(args);
        var articles = options.Int("articles", 100_000);
        var db = options.Text("db", null) ?? BuildCorpus(articles);
        var clients = options.Int("clients", 16);
        var seconds = options.Int("seconds", 30);
        var dateline = options.Text("dateline", null) ?? Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Dateline.Cli", "bin", "Release", "net10.0", "dateline.dll");
        var only = options.Text("only", null)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = RunAsync(db, clients, TimeSpan.FromSeconds(seconds), options.Text("cores", null), Path.GetFullPath(dateline), only).GetAwaiter().GetResult();
        Environment.ExitCode = result;
    }

    private static string BuildCorpus(int articles)
    {
        using var store = SyntheticCorpus.OpenOrBuild(articles, Console.Out);
        return store.Location;
    }

    private static async Task<int> RunAsync(string db, int clients, TimeSpan duration, string? cores, string dateline, string[]? only)
    {
        var (server, url) = await StartServerAsync(db, cores, dateline);
        try
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
            using var http = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
            var speakers = await Names(http, "/api/entities?label=PER&top=40");
            var requests = Mix(speakers).Where(r => only is null || only.Any(o => r.Kind.StartsWith(o, StringComparison.Ordinal))).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load: {db}, {clients} clients, {duration.TotalSeconds:0} s, server pid {server.Id} on cores {cores ?? "all"}, load average {LoadAverage()}"));

            // Warm-up: one of each request (the server reads its search snapshot on the first search).
            foreach (var (_, path) in requests)
            {
                using var warm = await http.GetAsync(new Uri(path, UriKind.Relative));
            }

            var latencies = new ConcurrentDictionary<string, ConcurrentBag<double>>();
            var errors = new ConcurrentDictionary<string, int>();
            var memory = new List<long>();
            using var stop = new CancellationTokenSource(duration);
            var sampler = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    memory.Add(ResidentBytes(server.Id));
                    try
                    {
                        await Task.Delay(500, stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }
            });
            var watch = Stopwatch.StartNew();
            var cpuAtStart = CpuSeconds(server.Id);
            var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
            {
                var random = new Random(c);
                while (!stop.IsCancellationRequested)
                {
                    var (kind, path) = requests[random.Next(requests.Count)];
                    var started = Stopwatch.GetTimestamp();
                    try
                    {
                        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
                        if (response.StatusCode != HttpStatusCode.OK)
                        {
                            errors.AddOrUpdate(kind + " " + (int)response.StatusCode, 1, (_, n) => n + 1);
                            continue;
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                    {
                        errors.AddOrUpdate(kind + " " + ex.GetType().Name, 1, (_, n) => n + 1);
                        continue;
                    }

                    latencies.GetOrAdd(kind, _ => []).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            })).ToArray();
            await Task.WhenAll(workers);
            var elapsed = watch.Elapsed.TotalSeconds;
            var serverCpu = CpuSeconds(server.Id) - cpuAtStart;
            await sampler;

            Console.WriteLine("| requests | count | per second | p50 ms | p99 ms | max ms |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            foreach (var kind in latencies.Keys.Order(StringComparer.Ordinal).Append("all"))
            {
                var values = (kind == "all" ? latencies.Values.SelectMany(v => v) : latencies[kind]).Order().ToArray();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {kind} | {values.Length:N0} | {values.Length / elapsed:0.0} | {Percentile(values, 0.50):0.0} | {Percentile(values, 0.99):0.0} | {values[^1]:0.0} |"));
            }

            var total = latencies.Values.Sum(v => v.Count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"server CPU: {serverCpu:0.0} s in {elapsed:0.0} s ({serverCpu / elapsed:0.00} cores), {serverCpu * 1000 / Math.Max(1, total):0.0} ms per request"));
            var errorCount = errors.Values.Sum();
            Console.WriteLine(errorCount == 0 ? "errors: none" : "errors: " + string.Join(", ", errors.Select(e => $"{e.Key} x{e.Value}")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"server memory (RSS): start {memory.FirstOrDefault() / 1048576.0:0} MiB, max {memory.DefaultIfEmpty().Max() / 1048576.0:0} MiB, end {memory.LastOrDefault() / 1048576.0:0} MiB; load average at end {LoadAverage()}"));
            return errorCount == 0 ? 0 : 1;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    /// <summary>The mixed reads: search with facets (words, phrases, a filter, a date range, a page), quotes by speaker, an article, stats.</summary>
    private static List<(string Kind, string Path)> Mix(IReadOnlyList<string> speakers)
    {
        var mix = new List<(string, string)>();
        foreach (var (word, _) in SyntheticCorpus.Topics)
        {
            mix.Add(("search words+facets", "/api/search?q=" + word));
            mix.Add(("search words+filter", "/api/search?q=" + word + "&person=" + Uri.EscapeDataString(speakers[0])));
            mix.Add(("search words+dates", "/api/search?q=" + word + "&from=2017-01-01&to=2017-12-31&offset=20"));
        }

        mix.Add(("search words+facets", "/api/search?q=%22police%20said%22"));
        foreach (var speaker in speakers)
        {
            mix.Add(("quotes by speaker", "/api/quotes?speaker=" + Uri.EscapeDataString(speaker)));
            mix.Add(("quotes by speaker", "/api/quotes?speaker=" + Uri.EscapeDataString(speaker)));
        }

        for (var id = 1; id <= 20; id++)
        {
            mix.Add(("article", "/api/articles/" + (id * 997).ToString(CultureInfo.InvariantCulture)));
        }

        mix.Add(("stats", "/api/stats"));
        return mix;
    }

    private static async Task<List<string>> Names(HttpClient http, string path)
    {
        using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri(path, UriKind.Relative)));
        var names = new List<string>();
        foreach (var entity in (json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement : json.RootElement.EnumerateObject().First(p => p.Value.ValueKind == JsonValueKind.Array).Value).EnumerateArray())
        {
            names.Add(entity.GetProperty("name").GetString()!);
        }

        return names.Count > 0 ? names : ["Peter Simonson"];
    }

    private static async Task<(Process Server, Uri Url)> StartServerAsync(string db, string? cores, string dateline)
    {
        var info = new ProcessStartInfo(cores is null ? "dotnet" : "taskset") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in (cores is null ? [] : new[] { "-c", cores, "dotnet" }).Concat([dateline, "serve", "--db", db, "--urls", "http://127.0.0.1:0", "--rate-limit", "0"]))
        {
            info.ArgumentList.Add(arg);
        }

        var server = Process.Start(info)!;
        _ = server.StandardOutput.ReadToEndAsync();
        while (await server.StandardError.ReadLineAsync() is { } line)
        {
            var at = line.IndexOf(" at http://127.0.0.1:", StringComparison.Ordinal);
            if (line.StartsWith("dateline: serving", StringComparison.Ordinal) && at > 0)
            {
                _ = server.StandardError.ReadToEndAsync();
                return (server, new Uri(line[(at + 4)..].Split(' ')[0]));
            }

            Console.Error.WriteLine(line);
        }

        throw new InvalidOperationException("dateline serve stopped before it reported a loopback address");
    }

    internal static long ResidentBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>The process's user + system CPU time from /proc (clock ticks of 1/100 s).</summary>
    private static double CpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
