namespace Dateline.Store.Postgres.Tests;

/// <summary>Tests that share one throwaway PostgreSQL cluster (started once, each test in its own database).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "postgres";
}
