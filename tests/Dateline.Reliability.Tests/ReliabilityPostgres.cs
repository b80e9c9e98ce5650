using Dateline.Store.Postgres.Tests;

namespace Dateline.Reliability.Tests;

/// <summary>The fault tests that use PostgreSQL share one throwaway cluster, which some of them stop and start again.</summary>
[CollectionDefinition(Name)]
public sealed class ReliabilityPostgres : ICollectionFixture<PostgresCluster>
{
    public const string Name = "reliability-postgres";
}
