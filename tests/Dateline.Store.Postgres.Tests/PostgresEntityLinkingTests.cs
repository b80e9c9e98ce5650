using Dateline.Core.Annotations;
using Dateline.Store.Tests;

namespace Dateline.Store.Postgres.Tests;

/// <summary>Corpus entity linking in the PostgreSQL store gives SQLite's answers (EntityLinkingTests).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresEntityLinkingTests(PostgresCluster cluster)
{
    [SkippableFact]
    public void One_person_organisation_or_place_is_one_entry_at_ingest()
    {
        using var store = PostgresCorpusStore.Open(Database(), create: true);
        using (var writer = store.OpenWriter())
        {
            writer.Write(LinkingCorpus.Presidents());
            writer.Write([LinkingCorpus.ObamaAlone()]);
        }

        LinkingCorpus.AssertLinked(store.Queries);
    }

    [SkippableFact]
    public void Relinking_merges_a_surname_stored_before_its_full_name_and_keeps_ids()
    {
        using var store = PostgresCorpusStore.Open(Database(), create: true);
        using (var writer = store.OpenWriter())
        {
            writer.Write([LinkingCorpus.ObamaAlone()]);
            writer.Write(LinkingCorpus.Presidents());
        }

        Assert.Contains(store.Queries.Entities(EntityLabel.PER, 50), e => e.Name == "Obama");
        var before = store.Queries.FindEntities("Barack Obama")[0].Id;
        var summary = store.RelinkEntities();
        Assert.True(summary.EntitiesAfter < summary.EntitiesBefore);
        Assert.Equal(before, store.Queries.FindEntities("Barack Obama")[0].Id);
        LinkingCorpus.AssertLinked(store.Queries);

        // A second relink changes nothing.
        var again = store.RelinkEntities();
        Assert.Equal(again.EntitiesBefore, again.EntitiesAfter);
        LinkingCorpus.AssertLinked(store.Queries);
    }

    private string Database()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        return cluster.CreateDatabase();
    }
}
