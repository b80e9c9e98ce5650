using Dateline.Cli.Tests;
using Dateline.Store.Sqlite;

namespace Dateline.Reliability.Tests;

/// <summary>A small synthetic corpus ingested by the real CLI into a temporary SQLite store, shared by a test class.</summary>
public sealed class SmallCorpus : IDisposable
{
    public const int Articles = 80;

    private readonly string _folder = TempFolder.Create();

    public SmallCorpus()
    {
        var input = Path.Combine(_folder, "corpus.jsonl");
        SyntheticNews.Write(input, Articles, seed: 11);
        Database = Path.Combine(_folder, "corpus.db");
        var ingest = DatelineProcess.Run(_folder, "ingest", input, "--db", Database);
        if (ingest.ExitCode != 0)
        {
            throw new InvalidOperationException("ingest failed: " + ingest.Error);
        }

        Store = SqliteCorpusStore.Open(Database, create: false);
    }

    public string Database { get; }

    public SqliteCorpusStore Store { get; }

    public void Dispose()
    {
        Store.Dispose();
        TempFolder.Delete(_folder);
    }
}
