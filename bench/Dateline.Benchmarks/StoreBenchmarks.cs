using System.Diagnostics;
using System.Globalization;
using Dateline.Core;
using Dateline.Search;
using Dateline.Store.Ingest;
using Dateline.Store.Queries;
using Dateline.Store.Sqlite;
using Dateline.Text;

namespace Dateline.Benchmarks;

/// <summary>
/// Builds a big corpus database from real articles (AllSides, replicated with new ids and a marker line so
/// every copy is new) and measures ingest rate, memory, and search/quote query latency percentiles:
/// <c>dotnet run -c Release --project bench/Dateline.Benchmarks -- store [--articles 100000] [--db FILE] [--threads 2]</c>.
/// </summary>
internal static class StoreBenchmarks
{
    private static readonly string[] SearchQueries =
    [
        "sanctuary", "immigration", "\"health care\"", "climate AND change", "tax*", "trump AND russia", "supreme court",
        "election NOT primary", "senate OR congress", "border wall", "gun control", "\"white house\"", "economy", "iran",
        "vaccine", "obamacare", "impeachment", "refugees", "tariffs AND china", "police",
    ];

    public static void Run(string[] args)
    {
        var articles = Option(args, "--articles", 100_000);
        var threads = Option(args, "--threads", 2);
        var database = OptionText(args, "--db") ?? Path.Combine(Path.GetTempPath(), "dateline-bench.db");
        var data = OptionText(args, "--data") ?? FindData();
        Console.WriteLine($"store benchmark: {articles:N0} articles from {data}, {threads} threads, database {database}");

        if (!File.Exists(database) || OptionText(args, "--rebuild") is not null)
        {
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(database + suffix);
            }

            Build(database, data, articles, threads);
        }

        Measure(database);
    }

    private static void Build(string database, string data, int articles, int threads)
    {
        var pipeline = TextPipeline.CreateDefault().Add(new SyntheticAnnotationStage()).Build();
        Console.WriteLine("pipeline: " + string.Join(" -> ", pipeline.Stages.Select(s => s.Name)));
        using var store = SqliteCorpusStore.Open(database, create: true);
        using var writer = store.OpenWriter();
        var ingester = new CorpusIngester(pipeline, writer) { Parallelism = threads, ProgressInterval = TimeSpan.FromSeconds(1) };
        var checkpoints = new List<string>();
        var next = 10_000L;
        var process = Process.GetCurrentProcess();
        var summary = ingester.Run(
            Replicate(data, articles),
            p =>
            {
                if (p.Stored >= next)
                {
                    process.Refresh();
                    var line = string.Create(CultureInfo.InvariantCulture, $"  {p.Stored,8:N0} stored  {p.Stored / p.Elapsed.TotalSeconds,6:N0} articles/s  {p.Stored / process.TotalProcessorTime.TotalSeconds,6:N0} per CPU-s  working set {process.WorkingSet64 / 1048576.0,6:N0} MiB  managed {GC.GetTotalMemory(false) / 1048576.0,5:N0} MiB");
                    Console.WriteLine(line);
                    next += 10_000;
                }
            });
        process.Refresh();
        var cpu = process.TotalProcessorTime.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingest: {summary.Stored:N0} stored, {summary.Duplicates:N0} copies in {summary.Elapsed.TotalSeconds:N1} s wall = {summary.Read / summary.Elapsed.TotalSeconds:N0} articles/s; {cpu:N1} CPU-s = {summary.Read / cpu:N0} articles per CPU-second ({2 * summary.Read / cpu:N0}/s on 2 idle cores); peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MiB; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
    }

    private static IEnumerable<Document> Replicate(string data, int count)
    {
        var files = Directory.GetFiles(data, "*.jsonl.gz").Order(StringComparer.Ordinal).ToArray();
        var produced = 0;
        for (var copy = 0; produced < count; copy++)
        {
            var before = produced;
            foreach (var file in files)
            {
                foreach (var document in ReadAllSides(file))
                {
                    var text = copy == 0 ? document.Text : document.Text + "\n(copy " + copy.ToString(CultureInfo.InvariantCulture) + ")";
                    yield return copy == 0 ? document : new Document($"{document.Id}-{copy}", text, document.Source, document.Metadata);
                    if (++produced >= count)
                    {
                        yield break;
                    }
                }
            }

            if (produced == before)
            {
                throw new InvalidOperationException("no articles found in " + data);
            }
        }
    }

    /// <summary>AllSides lines keep the body in <c>content_original</c>, which the generic JSON Lines reader does not know.</summary>
    private static IEnumerable<Document> ReadAllSides(string file)
    {
        using var stream = new System.IO.Compression.GZipStream(File.OpenRead(file), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        var record = 0;
        while (reader.ReadLine() is { } line)
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            var root = json.RootElement;
            string? Get(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;
            var text = Get("content_original") ?? Get("text");
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            DateOnly? date = DateOnly.TryParseExact(Get("date") ?? string.Empty, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            var metadata = new DocumentMetadata { Date = date, Title = Get("title"), Url = Get("url"), Publisher = Get("source") };
            yield return new Document(Get("ID") ?? record.ToString(CultureInfo.InvariantCulture), text, new DocumentSource(file, "jsonl", record++, record), metadata);
        }
    }

    private static void Measure(string database)
    {
        using var store = SqliteCorpusStore.Open(database, create: false);
        var queries = store.Queries;
        var stats = queries.Stats();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"database: {stats.Articles:N0} articles, {stats.Entities:N0} entities, {stats.Quotes:N0} quotes, {stats.SizeBytes / 1048576.0:N0} MiB"));

        var totals = new List<int>();
        var search = Time(SearchQueries, q =>
        {
            var result = queries.Search(new SearchQuery { Text = q, Limit = 10 });
            totals.Add(result.Total);
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"search + facets ({SearchQueries.Length} queries, matches {totals.Min():N0}..{totals.Max():N0}, median {totals.Order().ElementAt(totals.Count / 2):N0}): {Describe(search)}"));

        // Per query: matches and median CPU, to show how facet cost grows with the number of matches.
        var perQuery = search.Cpu.Select((ms, i) => (Query: SearchQueries[i % SearchQueries.Length], Ms: ms))
            .GroupBy(x => x.Query)
            .Select(g => (g.Key, Median: g.Select(x => x.Ms).Order().ElementAt(g.Count() / 2)))
            .ToList();
        foreach (var (query, median) in perQuery.OrderBy(q => q.Median))
        {
            var matches = queries.Search(new SearchQuery { Text = query, Limit = 0, Facets = false }).Total;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {query,-24} {matches,7:N0} matches  CPU median {median,7:N1} ms"));
        }

        var filtered = Time(SearchQueries, q => queries.Search(new SearchQuery { Text = q, Limit = 10, From = new DateOnly(2018, 1, 1) }));
        Console.WriteLine($"search + facets with a date filter: {Describe(filtered)}");

        // Broad filter searches: the most frequent person, organisation and agency alone (newest first), with the
        // most common search word, and no filter at all (browse everything).
        var person = queries.Entities(Core.Annotations.EntityLabel.PER, 1).FirstOrDefault()?.Name;
        var organization = queries.Entities(Core.Annotations.EntityLabel.ORG, 1).FirstOrDefault()?.Name;
        var agency = stats.Agencies.FirstOrDefault()?.Value;
        var common = perQuery.Select(q => q.Key).MaxBy(q => queries.Search(new SearchQuery { Text = q, Limit = 0, Facets = false }).Total) ?? "police";
        var broad = new (string Name, SearchQuery Query)[]
        {
            ("no text, no filter", new SearchQuery { Limit = 10 }),
            ($"person={person}", new SearchQuery { Person = person, Limit = 10 }),
            ($"org={organization}", new SearchQuery { Organization = organization, Limit = 10 }),
            ($"agency={agency}", new SearchQuery { Agency = agency, Limit = 10 }),
            ($"{common} + person={person}", new SearchQuery { Text = common, Person = person, Limit = 10 }),
            ($"{common} + agency={agency}, page 3", new SearchQuery { Text = common, Agency = agency, Limit = 10, Offset = 20 }),
            ($"{common} in 2017", new SearchQuery { Text = common, From = new DateOnly(2017, 1, 1), To = new DateOnly(2017, 12, 31), Limit = 10 }),
        };
        foreach (var (name, query) in broad)
        {
            var total = queries.Search(query with { Limit = 0, Facets = false }).Total;
            var times = Time([name], _ => queries.Search(query), rounds: 20);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {name,-40} {total,7:N0} matches  {Describe(times)}"));
        }

        var speakers = queries.Entities(Core.Annotations.EntityLabel.PER, 2000).Where(e => e.Quotes > 0).ToList();
        var sample = speakers.Where((_, i) => i % Math.Max(1, speakers.Count / 40) == 0).Take(40).Select(e => e.Name).ToArray();
        var counts = new List<int>();
        var quotes = Time(sample, s => counts.Add(queries.Quotes(new QuoteQuery { Speaker = s, Limit = 20 }).Count));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"quotes by speaker ({sample.Length} speakers, top speaker has {speakers.FirstOrDefault()?.Quotes ?? 0:N0} quotes): {Describe(quotes)}"));
    }

    /// <summary>
    /// Wall-clock and CPU milliseconds per call. The machine may be shared, so CPU time of the calling thread
    /// (nanoseconds from /proc/thread-self/schedstat; queries run on it) is what a query costs on an idle core.
    /// </summary>
    private static (List<double> Wall, List<double> Cpu) Time(string[] inputs, Action<string> action, int rounds = 5)
    {
        foreach (var input in inputs)
        {
            action(input);
        }

        var wall = new List<double>();
        var cpu = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var input in inputs)
            {
                var before = ThreadCpuNanoseconds();
                var watch = Stopwatch.StartNew();
                action(input);
                wall.Add(watch.Elapsed.TotalMilliseconds);
                cpu.Add((ThreadCpuNanoseconds() - before) / 1e6);
            }
        }

        return (wall, cpu);
    }

    private static long ThreadCpuNanoseconds()
    {
        var path = "/proc/thread-self/schedstat";
        return File.Exists(path) ? long.Parse(File.ReadAllText(path).Split(' ')[0], CultureInfo.InvariantCulture) : 0;
    }

    private static string Describe((List<double> Wall, List<double> Cpu) times) =>
        $"wall {Percentiles(times.Wall)}; CPU {Percentiles(times.Cpu)}; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}";

    private static string Percentiles(List<double> times)
    {
        var sorted = times.Order().ToArray();
        double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"p50 {P(0.5):N1} ms, p95 {P(0.95):N1} ms, max {sorted[^1]:N1} ms ({sorted.Length} runs)");
    }

    private static string FindData()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "..", "shared", "data", "allsides");
            if (File.Exists(Path.Combine(directory.FullName, "Dateline.slnx")) && Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new InvalidOperationException("../shared/data/allsides not found; pass --data FOLDER with *.jsonl.gz articles");
    }

    private static int Option(string[] args, string name, int value) =>
        OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : value;

    private static string? OptionText(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index < 0 ? null : index + 1 < args.Length ? args[index + 1] : "true";
    }
}
