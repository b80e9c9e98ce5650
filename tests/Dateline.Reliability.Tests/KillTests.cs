using Dateline.Store.Postgres.Tests;
using Microsoft.Data.Sqlite;

namespace Dateline.Reliability.Tests;

public sealed class SqliteKillTests : IDisposable
{
    private readonly string _folder = TempFolder.Create();

    public void Dispose() => TempFolder.Delete(_folder);

    [Fact]
    public void Ingest_killed_three_times_at_random_moments_then_rerun_stores_every_article_once_with_all_annotations()
    {
        var db = Path.Combine(_folder, "killed.db");
        new KillDuringIngest(_folder, articles: 500, kills: 3, seed: Environment.TickCount).Run(Path.Combine(_folder, "clean.db"), db);
        Assert.Equal(1, CorpusCensus.SqliteScalar(db, "SELECT count(*) = 1 FROM pragma_integrity_check WHERE integrity_check = 'ok'"));
        SqliteConnection.ClearAllPools();
    }
}

[Collection(ReliabilityPostgres.Name)]
public sealed class PostgresKillTests(PostgresCluster cluster) : IDisposable
{
    private readonly string _folder = TempFolder.Create();

    public void Dispose() => TempFolder.Delete(_folder);

    [SkippableFact]
    public void Ingest_into_postgres_killed_twice_at_random_moments_then_rerun_stores_every_article_once_with_all_annotations()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        new KillDuringIngest(_folder, articles: 400, kills: 2, seed: Environment.TickCount).Run(cluster.CreateDatabase(), cluster.CreateDatabase());
    }
}
