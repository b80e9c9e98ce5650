using Dateline.Cli.Tests;
using Microsoft.Data.Sqlite;

namespace Dateline.Reliability.Tests;

/// <summary>
/// The database file itself is the fault: the disk fills during ingest, the file is corrupt, foreign, from a newer
/// schema version, or read-only. Each gives exactly one "dateline: error: ..." line and exit code 2, never a stack
/// trace, and leaves a database that still opens.
/// </summary>
public sealed class DatabaseFileTests : IDisposable
{
    private readonly string _folder = TempFolder.Create();

    public void Dispose() => TempFolder.Delete(_folder);

    [SkippableFact]
    public void Ingest_onto_a_full_disk_stops_with_one_line_the_database_still_opens_and_a_rerun_after_freeing_space_completes()
    {
        Skip.If(SmallDisk.Unavailable is not null, SmallDisk.Unavailable);
        var input = Path.Combine(_folder, "corpus.jsonl");
        SyntheticNews.Write(input, 700, seed: 3);
        var reference = Path.Combine(_folder, "reference.db");
        Assert.Equal(0, DatelineProcess.Run(_folder, "ingest", input, "--db", reference).ExitCode);

        using var disk = SmallDisk.Mount("1500k");
        var db = Path.Combine(disk.Path, "corpus.db");
        var full = DatelineProcess.Run(_folder, "ingest", input, "--db", db, "--batch-size", "32");
        Assert.Equal(2, full.ExitCode);
        var error = OneErrorLine(full.Error);
        Assert.Contains("full", error, StringComparison.OrdinalIgnoreCase);

        var stats = DatelineProcess.Run(_folder, "stats", "--db", db);
        Assert.True(stats.ExitCode == 0, "after the disk filled: " + stats.Error);
        var stored = CorpusCensus.SqliteScalar(db, "SELECT count(*) FROM articles");
        Assert.InRange(stored, 0, 699);
        Assert.Equal(1, CorpusCensus.SqliteScalar(db, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"));

        disk.Resize("64m");
        var rerun = DatelineProcess.Run(_folder, "ingest", input, "--db", db);
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.Equal(CorpusCensus.Settled(_folder, reference), CorpusCensus.Settled(_folder, db));
    }

    [SkippableFact]
    public void Ingest_and_search_on_a_read_only_file_system_are_one_line_exit_2()
    {
        Skip.If(SmallDisk.Unavailable is not null, SmallDisk.Unavailable);
        using var disk = SmallDisk.Mount("16m");
        var db = Path.Combine(disk.Path, "corpus.db");
        var input = Path.Combine(_folder, "corpus.jsonl");
        SyntheticNews.Write(input, 40);
        Assert.Equal(0, DatelineProcess.Run(_folder, "ingest", input, "--db", db).ExitCode);
        SqliteConnection.ClearAllPools();
        disk.MakeReadOnly();

        foreach (var args in Commands(db))
        {
            var run = DatelineProcess.Run(_folder, args);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("read-only", OneErrorLine(run.Error), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_database_from_a_newer_schema_version_is_one_line_exit_2_and_left_unchanged()
    {
        var db = Ingested(10);
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(db);
        foreach (var args in Commands(db))
        {
            var run = DatelineProcess.Run(_folder, args);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("newer", OneErrorLine(run.Error), StringComparison.Ordinal);
        }

        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Theory]
    [InlineData("random bytes")]
    [InlineData("text file")]
    [InlineData("other application")]
    [InlineData("truncated")]
    [InlineData("pages overwritten")]
    [InlineData("header overwritten")]
    public void A_corrupt_or_foreign_database_file_is_one_line_and_exit_2(string damage)
    {
        var db = damage switch
        {
            "random bytes" => Write("random.db", RandomBytes(64 * 1024)),
            "text file" => Write("notes.db", "These are my notes, not a database.\n"u8.ToArray()),
            "other application" => OtherApplication(),
            _ => Damaged(damage),
        };

        foreach (var args in Commands(db))
        {
            var run = DatelineProcess.Run(_folder, args);
            Assert.True(run.ExitCode == 2, $"{damage}, {string.Join(' ', args)}: exit {run.ExitCode} {run.Output} {run.Error}");
            OneErrorLine(run.Error);
        }
    }

    private string[][] Commands(string db)
    {
        var more = Path.Combine(_folder, "more.jsonl");
        SyntheticNews.Write(more, 5, first: 1000);
        return
        [
            ["stats", "--db", db],
            ["search", "budget", "--db", db],
            ["quotes", "--speaker", "Maria Lopez", "--db", db],
            ["ingest", more, "--db", db],
        ];
    }

    private static string OneErrorLine(string error)
    {
        var lines = Processes.Lines(error).Where(l => !l.StartsWith("dateline: ", StringComparison.Ordinal) || l.StartsWith("dateline: error", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.True(lines.Count == 1, "expected one error line, got: " + error);
        Assert.StartsWith("dateline: error: ", lines[0], StringComparison.Ordinal);
        return lines[0];
    }

    private string Ingested(int articles)
    {
        var input = Path.Combine(_folder, "corpus.jsonl");
        SyntheticNews.Write(input, articles);
        var db = Path.Combine(_folder, "corpus.db");
        Assert.Equal(0, DatelineProcess.Run(_folder, "ingest", input, "--db", db).ExitCode);
        SqliteConnection.ClearAllPools();
        return db;
    }

    private string Damaged(string damage)
    {
        var db = Ingested(60);
        var bytes = File.ReadAllBytes(db);
        switch (damage)
        {
            case "truncated":
                Array.Resize(ref bytes, bytes.Length / 3);
                break;
            case "pages overwritten":
                RandomBytes(bytes.Length - 4096).CopyTo(bytes, 4096);
                break;
            default:
                RandomBytes(80).CopyTo(bytes, 16);
                break;
        }

        File.WriteAllBytes(db, bytes);
        return db;
    }

    private string OtherApplication()
    {
        var db = Path.Combine(_folder, "other.db");
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE invoices(id INTEGER PRIMARY KEY, amount REAL); INSERT INTO invoices(amount) VALUES (12.5);";
        command.ExecuteNonQuery();
        return db;
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(count).NextBytes(bytes);
        return bytes;
    }
}
