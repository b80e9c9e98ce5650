using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Store.Queries;

namespace Dateline.Store.Tests;

/// <summary>Corpus entity linking in the SQLite store: at ingest, through the queries, and by relinking (docs/entities.md).</summary>
public sealed class EntityLinkingTests
{
    [Fact]
    public void One_person_organisation_or_place_is_one_entry_at_ingest()
    {
        using var temp = new TempStore();
        using var store = temp.Create();
        using (var writer = store.OpenWriter())
        {
            writer.Write(LinkingCorpus.Presidents());
            writer.Write([LinkingCorpus.ObamaAlone()]);
        }

        LinkingCorpus.AssertLinked(store.Queries);
    }

    [Fact]
    public void Relinking_merges_a_surname_stored_before_its_full_name_and_keeps_ids()
    {
        using var temp = new TempStore();
        using var store = temp.Create();
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
    }
}
