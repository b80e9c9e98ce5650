using System.Diagnostics;
using System.Globalization;
using Dateline.Dedup;
using Dateline.Store.Sqlite;

namespace Dateline.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Dateline.Benchmarks -- dedup-ingest N [DB]</c>: streams N
/// synthetic signatures (one in ten a planted copy of an earlier one: cut, with a quarter of its MinHash
/// bins changed) into the store-backed copy index in batches of 1,000, one transaction each, and reports
/// throughput, copies found, peak resident memory, database size and the time of candidate lookups at the end.
/// </summary>
internal static class DedupIngestBench
{
    public static void Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
        var path = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "dateline-dedup-bench.db");
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        var options = DedupOptions.Default;
        var random = new Random(1);
        var recent = new CopySignature[4096];
        var planted = 0;
        var found = 0;
        var clock = Stopwatch.StartNew();
        using (var store = SqliteCorpusStore.Open(path, create: true))
        using (var index = SqliteCopyIndex.Open(store, options))
        {
            index.BeginBatch();
            for (var i = 1; i <= count; i++)
            {
                CopySignature signature;
                var copy = i > 100 && i % 10 == 0;
                if (copy)
                {
                    signature = CopyOf(recent[random.Next(Math.Min(i - 1, recent.Length))], random);
                    planted++;
                }
                else
                {
                    signature = RandomSignature(random, options);
                }

                recent[i % recent.Length] = signature;
                var assignment = index.Add(new CopyArticle(i.ToString(CultureInfo.InvariantCulture), signature));
                if (copy && !assignment.IsNewStory)
                {
                    found++;
                }

                if (i % 1000 == 0)
                {
                    index.CommitBatch();
                    index.BeginBatch();
                }

                if (i % 50_000 == 0)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i,9:N0} articles  {i / clock.Elapsed.TotalSeconds,7:F0}/s  peak RSS {PeakRss() / 1048576.0,7:F0} MiB"));
                }
            }

            index.CommitBatch();
            var ingest = clock.Elapsed;
            var lookups = new List<double>();
            for (var i = 0; i < 1000; i++)
            {
                var probe = CopyOf(recent[random.Next(recent.Length)], random);
                var start = Stopwatch.GetTimestamp();
                index.FindCopies(probe);
                lookups.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            lookups.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ingested {count:N0} signatures in {ingest.TotalSeconds:F1} s ({count / ingest.TotalSeconds:F0}/s); planted copies found {found:N0} of {planted:N0}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"candidate lookup over {count:N0}: mean {lookups.Average():F3} ms, median {lookups[500]:F3} ms, p99 {lookups[990]:F3} ms"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak RSS {PeakRss() / 1048576.0:F0} MiB; database {new FileInfo(path).Length / 1048576.0:F0} MiB at {path}"));
    }

    /// <summary>A signature with random bins and 8 to 24 random paragraph hashes.</summary>
    internal static CopySignature RandomSignature(Random random, DedupOptions options)
    {
        var minHash = new uint[options.Hashes];
        for (var i = 0; i < minHash.Length; i++)
        {
            minHash[i] = (uint)random.NextInt64(0, uint.MaxValue);
        }

        var paragraphs = new ulong[8 + random.Next(17)];
        for (var i = 0; i < paragraphs.Length; i++)
        {
            paragraphs[i] = (ulong)random.NextInt64();
        }

        return new CopySignature((ulong)random.NextInt64() | 1, minHash, 40 * paragraphs.Length, 40 * paragraphs.Length, paragraphs, (ulong)random.NextInt64());
    }

    /// <summary>A copy of <paramref name="source"/>: its first two thirds of paragraphs, a quarter of the bins changed.</summary>
    private static CopySignature CopyOf(CopySignature source, Random random)
    {
        var minHash = (uint[])source.MinHash.Clone();
        for (var i = 0; i < minHash.Length; i++)
        {
            if (random.Next(4) == 0)
            {
                minHash[i] = (uint)random.NextInt64(0, uint.MaxValue);
            }
        }

        var kept = source.ParagraphHashes.Take(Math.Max(2, source.ParagraphHashes.Length * 2 / 3)).ToArray();
        return new CopySignature((ulong)random.NextInt64() | 1, minHash, source.Shingles * 2 / 3, source.Words * 2 / 3, kept, (ulong)random.NextInt64());
    }

    private static long PeakRss()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
