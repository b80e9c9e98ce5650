using System.Diagnostics;
using System.Globalization;
using Dateline.Search;
using Dateline.Store.Postgres;
using Dateline.Store.Queries;

namespace Dateline.Benchmarks;

/// <summary>
/// Search latency on a PostgreSQL corpus (docs/store.md, "Measured"): <c>dotnet run -c Release --project
/// bench/Dateline.Benchmarks -- pg-search TARGET [ROUNDS]</c>. Each query (facets on, limit 20, copies collapsed)
/// runs once to warm up, then ROUNDS times (default 7); prints matches and the median and minimum wall time.
/// First it times the in-memory search snapshot: the first search of a fresh store instance (connection and
/// snapshot load), and a search right after another writer's commit (simulated by bumping <c>store_version</c>
/// the way every write transaction does): after a copy index change (full reload), and after a batch of 20
/// articles (the snapshot catches up by them).
/// </summary>
internal static class PostgresSearchBench
{
    public static void Run(string[] args)
    {
        var target = args[0];
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        using var store = PostgresCorpusStore.Open(target, create: false);
        var queries = store.Queries;
        Snapshot(target, rounds);
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

    private static void Snapshot(string target, int rounds)
    {
        var first = new List<double>();
        for (var i = 0; i < Math.Min(rounds, 3); i++)
        {
            using var fresh = PostgresCorpusStore.Open(target, create: false);
            var watch = Stopwatch.StartNew();
            fresh.Queries.Search(new SearchQuery { Limit = 1, Facets = false });
            first.Add(watch.Elapsed.TotalMilliseconds);
        }

        using var store = PostgresCorpusStore.Open(target, create: false);
        store.Queries.Search(new SearchQuery { Limit = 1, Facets = false });
        using var connection = new Npgsql.NpgsqlConnection(target.StartsWith("postgres", StringComparison.Ordinal) ? null : target);
        var reload = new List<double>();
        var catchUp = new List<double>();
        if (!string.IsNullOrEmpty(connection.ConnectionString))
        {
            connection.Open();
            for (var i = 0; i < rounds * 2; i++)
            {
                // As a writer's commit records it: no article list (a copy index change: full reload), or a batch of
                // 20 articles (here the newest 20 again, re-read as if just added: the snapshot catches up by them).
                var articles = i % 2 == 0 ? "NULL" : "(SELECT array_agg(id) FROM (SELECT id FROM articles ORDER BY id DESC LIMIT 20) t)";
                using (var bump = new Npgsql.NpgsqlCommand($"WITH v AS (UPDATE store_version SET version = version + 1 RETURNING version) INSERT INTO store_changes(version, articles) SELECT version, {articles} FROM v", connection))
                {
                    bump.ExecuteNonQuery();
                }

                var watch = Stopwatch.StartNew();
                store.Queries.Search(new SearchQuery { Limit = 1, Facets = false });
                (i % 2 == 0 ? reload : catchUp).Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        first.Sort();
        reload.Sort();
        catchUp.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"first search of a store (snapshot load)",-44} median {first[first.Count / 2],7:F1} ms  min {first[0],7:F1} ms"));
        if (reload.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"search after a copy change (full reload)",-44} median {reload[reload.Count / 2],7:F1} ms  min {reload[0],7:F1} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"search after a 20-article batch (catch-up)",-44} median {catchUp[catchUp.Count / 2],7:F1} ms  min {catchUp[0],7:F1} ms"));
        }
    }
}
