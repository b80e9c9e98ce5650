using BenchmarkDotNet.Running;

namespace Dateline.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project bench/Dateline.Benchmarks -- --filter '*'</c>.</summary>
internal static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "dedup-ingest")
        {
            DedupIngestBench.Run(args[1..]);
            return;
        }

        if (args.Length > 0 && args[0] == "dedup-sign")
        {
            DedupIngestBench.RunSign();
            return;
        }

        if (args.Length > 0 && args[0] == "pg-search")
        {
            PostgresSearchBench.Run(args[1..]);
            return;
        }

        // "quote-speed": resolution + quotes against the NER pipeline, interleaved rounds, CPU time medians.
        if (args.Length > 0 && args[0] == "quote-speed")
        {
            QuoteSpeedBench.Run(args[1..]);
            return;
        }

        // "load": N concurrent HTTP clients against dateline serve on loopback (docs/reliability.md).
        if (args.Length > 0 && args[0] == "load")
        {
            LoadBench.Run(args[1..]);
            return;
        }

        // "soak": a long ingest of synthetic articles with the process's memory sampled (docs/reliability.md).
        if (args.Length > 0 && args[0] == "soak")
        {
            SoakBench.Run(args[1..]);
            return;
        }

        // "store": the corpus store's custom benchmark (builds a big database, reports percentiles).
        if (args.Length > 0 && args[0] == "store")
        {
            StoreBenchmarks.Run(args[1..]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
