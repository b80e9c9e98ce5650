using System.Diagnostics;
using System.Globalization;
using Dateline.Store.Postgres;
using Dateline.Store.Queries;

namespace Dateline.Benchmarks;

/// <summary>
/// Search latency on a PostgreSQL corpus (docs/store.md, "Measured"): <c>dotnet run -c Release --project
/// bench/Dateline.Benchmarks -- pg-search TARGET [ROUNDS]</c>. Each query (facets on, limit 20, copies collapsed)
/// runs once to warm up, then ROUNDS times (default 7); prints matches and the median and minimum wall time.
/// </summary>
internal static class PostgresSearchBench
{
    public static void Run(string[] args)
    {
        var target = args[0];
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        using var store = PostgresCorpusStore.Open(target, create: false);
        var queries = store.Queries;
        var cases = new (string Name, Func<int> Run)[]
        {
            ("oil", () => queries.Search(new SearchQuery { Text = "oil" }).Total),
            ("cocoa AND (brazil OR ghana)", () => queries.Search(new SearchQuery { Text = "cocoa AND (brazil OR ghana)" }).Total),
            ("\"interest rates\"", () => queries.Search(new SearchQuery { Text = "\"interest rates\"" }).Total),
            ("bank*", () => queries.Search(new SearchQuery { Text = "bank*" }).Total),
            ("trade NOT japan", () => queries.Search(new SearchQuery { Text = "trade NOT japan" }).Total),
            ("oil + --agency Reuters", () => queries.Search(new SearchQuery { Text = "oil", Agency = "Reuters" }).Total),
            ("--agency Reuters (no text)", () => queries.Search(new SearchQuery { Agency = "Reuters" }).Total),
            ("no text, no filter", () => queries.Search(new SearchQuery()).Total),
            ("quotes --speaker \"Dilson Funaro\"", () => queries.Quotes(new QuoteQuery { Speaker = "Dilson Funaro" }).Count),
        };
        foreach (var (name, run) in cases)
        {
            var matches = run();
            var times = new List<double>();
            for (var i = 0; i < rounds; i++)
            {
                var watch = Stopwatch.StartNew();
                run();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-36} {matches,7:N0}  median {times[times.Count / 2],7:F1} ms  min {times[0],7:F1} ms"));
        }
    }
}
