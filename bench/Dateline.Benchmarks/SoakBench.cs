using System.Diagnostics;
using System.Globalization;
using Dateline.Reliability.Tests;
using Microsoft.Data.Sqlite;

namespace Dateline.Benchmarks;

/// <summary>
/// The soak run: writes N synthetic articles (<see cref="SyntheticNews"/>, JSON Lines) and ingests them with the real
/// <c>dateline ingest</c> (full analysis pipeline) into a fresh SQLite store, sampling the process's resident memory
/// and the stored article count every 2 s; prints the memory at each tenth of the run and the rate.
/// Run: <c>dotnet run -c Release --project bench/Dateline.Benchmarks -- soak [--articles 100000] [--folder DIR]
/// [--dateline PATH/dateline.dll]</c> (nice it on a shared machine).
/// </summary>
internal static class SoakBench
{
    public static void Run(string[] args)
    {
        var options = Options.Parse(args);
        var articles = options.Int("articles", 100_000);
        var folder = options.Text("folder", null) ?? Path.Combine(Path.GetTempPath(), "dateline-soak");
        Directory.CreateDirectory(folder);
        var dateline = Path.GetFullPath(options.Text("dateline", null) ?? Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Dateline.Cli", "bin", "Release", "net10.0", "dateline.dll"));
        var input = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"soak-{articles}.jsonl"));
        if (!File.Exists(input))
        {
            SyntheticNews.Write(input + ".partial", articles, seed: 2026);
            File.Move(input + ".partial", input);
        }

        var db = Path.Combine(folder, "soak.db");
        foreach (var file in new[] { db, db + "-wal", db + "-shm" })
        {
            File.Delete(file);
        }

        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { dateline, "ingest", input, "--db", db })
        {
            info.ArgumentList.Add(arg);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"soak: {articles:N0} synthetic articles, load average {LoadBench.LoadAverage()}"));
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var nextTenth = 1;
        long peak = 0;
        while (!process.WaitForExit(2000))
        {
            var rss = LoadBench.ResidentBytes(process.Id);
            peak = Math.Max(peak, rss);
            var stored = Stored(db);
            while (stored >= (long)articles * nextTenth / 10 && nextTenth <= 10)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {stored,9:N0} stored  {watch.Elapsed.TotalMinutes,6:0.0} min  {stored / watch.Elapsed.TotalSeconds,6:0.0}/s  RSS {rss / 1048576.0,5:0} MiB (peak {peak / 1048576.0:0})  load {LoadBench.LoadAverage()}"));
                nextTenth++;
            }
        }

        Console.WriteLine(output.Result.Trim());
        Console.WriteLine(error.Result.Trim());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"soak: exit {process.ExitCode}, {Stored(db):N0} stored in {watch.Elapsed.TotalMinutes:0.0} min, peak RSS {peak / 1048576.0:0} MiB, database {new FileInfo(db).Length / 1048576.0:0} MiB"));
    }

    private static long Stored(string db)
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT coalesce(max(id), 0) FROM articles";
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0;
        }
    }
}
