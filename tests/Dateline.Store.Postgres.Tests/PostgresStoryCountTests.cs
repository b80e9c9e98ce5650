using Dateline.Core.Annotations;
using Dateline.Search;
using Dateline.Store.Queries;
using Dateline.Store.Tests;

namespace Dateline.Store.Postgres.Tests;

/// <summary>The PostgreSQL store counts corpus entities by story, as SQLite does (StoryCountTests).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoryCountTests(PostgresCluster cluster)
{
    private const string Story =
        "The city council voted 7-2 on Tuesday to build a light rail line linking the airport with downtown, ending a decade of debate over how to ease traffic on the interstate. "
        + "The $1.2 billion project will be paid for with a half-cent sales tax approved by voters last fall and a federal transit grant the city expects to receive next spring. "
        + "Mayor Ana Ruiz called the vote a turning point for a region whose population has doubled since 1990 while its road network has barely grown. "
        + "Opponents on the council argued that ridership estimates were inflated and that buses could carry the same number of passengers for a fraction of the cost. "
        + "\"This is a turning point,\" Ana Ruiz said.";

    private static Core.Document Wire() =>
        TestArticles.Make("Council approves light rail\n" + Story, "2019-05-07", entities: [("Ana Ruiz", EntityLabel.PER, [])], quotes: [("Ana Ruiz", "This is a turning point,")]);

    private static Core.Document Copy(string credit = "Reporting by Sam Hill for the Tribune.") =>
        TestArticles.Make(
            "Light rail approved\n" + Story + " " + credit,
            "2019-05-08",
            entities: [("Ana Ruiz", EntityLabel.PER, []), ("Sam Hill", EntityLabel.PER, [])],
            quotes: [("Ana Ruiz", "This is a turning point,")]);

    private static Core.Document Other() =>
        TestArticles.Make(
            "Ruiz opens library\nMayor Ana Ruiz opened the new central library on Saturday, a glass building with room for 400,000 books and a rooftop garden. \"Books belong to everyone,\" Ana Ruiz said.",
            "2019-06-01",
            entities: [("Ana Ruiz", EntityLabel.PER, [])],
            quotes: [("Ana Ruiz", "Books belong to everyone,")]);

    [SkippableFact]
    public void Entity_counts_count_stories_and_quotes_of_a_story_once_however_many_copies_carry_them()
    {
        var db = Database();
        using var store = PostgresCorpusStore.Open(db, create: true);
        using (var writer = store.OpenWriter())
        {
            writer.Write([Wire(), Copy()]);
        }

        using (var writer = store.OpenWriter())
        {
            writer.Write([Copy("Reporting by Lee Park."), Other()]);
        }

        var ruiz = Assert.Single(store.Queries.FindEntities("Ana Ruiz"));
        Assert.Equal(2, ruiz.Articles);
        Assert.Equal(2, ruiz.Quotes);
        Assert.Equal(1, Assert.Single(store.Queries.FindEntities("Sam Hill")).Articles);
        Assert.Equal(4, store.Queries.Quotes(new QuoteQuery { Speaker = "Ana Ruiz", AllCopies = true }).Count);
    }

    [SkippableFact]
    public void Copies_of_a_stored_story_written_at_once_by_two_workers_are_counted_once()
    {
        var db = Database();
        using var store = PostgresCorpusStore.Open(db, create: true);
        using (var writer = store.OpenWriter())
        {
            writer.Write([Wire()]);
        }

        string[] credits = ["Reporting by Lee Park.", "Reporting by Kim Roe."];
        Parallel.For(0, credits.Length, new ParallelOptions { MaxDegreeOfParallelism = credits.Length }, i =>
        {
            using var worker = PostgresCorpusStore.Open(db, create: true);
            using var writer = worker.OpenWriter();
            writer.Write([Copy(credits[i])]);
        });

        Assert.Equal(3, Assert.Single(store.Queries.Stories(2, 10)).Size);
        var ruiz = Assert.Single(store.Queries.FindEntities("Ana Ruiz"));
        Assert.Equal(1, ruiz.Articles);
        Assert.Equal(1, ruiz.Quotes);
        Assert.Equal(1, Assert.Single(store.Queries.FindEntities("Sam Hill")).Articles);
    }

    [SkippableFact]
    public void Opening_a_store_of_schema_2_recounts_entities_by_story_and_fills_the_facet_sets_search_counts()
    {
        var db = Database();
        using (var store = PostgresCorpusStore.Open(db, create: true))
        using (var writer = store.OpenWriter())
        {
            writer.Write([Wire(), Copy(), Other()]);
        }

        // As a version-2 writer left it: every copy counted.
        cluster.Execute(db, "UPDATE entities SET article_count = article_count + 1, quote_count = quote_count + 1 WHERE name = 'Ana Ruiz'; DROP TABLE article_facet_sets; DROP TABLE store_version, store_changes; UPDATE schema_version SET version = 2; "
            + "DROP TABLE entity_links, entity_periods; ALTER TABLE entities DROP COLUMN surname, DROP COLUMN ambiguous, DROP COLUMN first_date, DROP COLUMN last_date; "
            + "ALTER TABLE entity_aliases DROP COLUMN mentions, DROP COLUMN caps, DROP COLUMN full_name; ALTER TABLE article_entities DROP COLUMN forms; DROP TABLE stories, article_stories, story_outlets");

        using var reopened = PostgresCorpusStore.Open(db, create: false);
        var ruiz = Assert.Single(reopened.Queries.FindEntities("Ana Ruiz"));
        Assert.Equal(2, ruiz.Articles);
        Assert.Equal(2, ruiz.Quotes);
        Assert.Equal(1, Assert.Single(reopened.Queries.FindEntities("Sam Hill")).Articles);
        Assert.Equal(PostgresSchema.CurrentVersion, cluster.Scalar(db, "SELECT version FROM schema_version"));
        var facets = reopened.Queries.Search(new SearchQuery { AllCopies = true }).Facets;
        Assert.Equal([new FacetCount("2019-05", 2), new FacetCount("2019-06", 1)], facets.Months);
        Assert.Equal([new FacetCount("Ana Ruiz", 3), new FacetCount("Sam Hill", 1)], facets.People);
        Assert.Equal([new FacetCount("2019-05", 1), new FacetCount("2019-06", 1)], reopened.Queries.Search(new SearchQuery()).Facets.Months);
    }

    private string Database()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        return cluster.CreateDatabase();
    }
}
