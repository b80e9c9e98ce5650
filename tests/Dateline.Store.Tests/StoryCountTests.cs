using Dateline.Core.Annotations;
using Dateline.Store.Queries;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Tests;

public sealed class StoryCountTests
{
    private const string Story =
        "The city council voted 7-2 on Tuesday to build a light rail line linking the airport with downtown, ending a decade of debate over how to ease traffic on the interstate. "
        + "The $1.2 billion project will be paid for with a half-cent sales tax approved by voters last fall and a federal transit grant the city expects to receive next spring. "
        + "Mayor Ana Ruiz called the vote a turning point for a region whose population has doubled since 1990 while its road network has barely grown. "
        + "Opponents on the council argued that ridership estimates were inflated and that buses could carry the same number of passengers for a fraction of the cost. "
        + "\"This is a turning point,\" Ana Ruiz said.";

    private static Core.Document Wire() =>
        TestArticles.Make("Council approves light rail\n" + Story, "2019-05-07", entities: [("Ana Ruiz", EntityLabel.PER, [])], quotes: [("Ana Ruiz", "This is a turning point,")]);

    private static Core.Document Copy() =>
        TestArticles.Make(
            "Light rail approved\n" + Story + " Reporting by Sam Hill for the Tribune.",
            "2019-05-08",
            entities: [("Ana Ruiz", EntityLabel.PER, []), ("Sam Hill", EntityLabel.PER, [])],
            quotes: [("Ana Ruiz", "This is a turning point,")]);

    private static Core.Document Other() =>
        TestArticles.Make(
            "Ruiz opens library\nMayor Ana Ruiz opened the new central library on Saturday, a glass building with room for 400,000 books and a rooftop garden. \"Books belong to everyone,\" Ana Ruiz said.",
            "2019-06-01",
            entities: [("Ana Ruiz", EntityLabel.PER, [])],
            quotes: [("Ana Ruiz", "Books belong to everyone,")]);

    [Fact]
    public void Entity_counts_count_stories_and_quotes_of_a_story_once_however_many_copies_carry_them()
    {
        using var temp = new TempStore();
        using var store = temp.Create();
        using (var writer = store.OpenWriter())
        {
            writer.Write([Wire(), Copy()]);
        }

        using (var writer = store.OpenWriter())
        {
            writer.Write([Other()]);
        }

        var ruiz = Assert.Single(store.Queries.FindEntities("Ana Ruiz"));
        Assert.Equal(2, ruiz.Articles);
        Assert.Equal(2, ruiz.Quotes);
        Assert.Equal(1, Assert.Single(store.Queries.FindEntities("Sam Hill")).Articles);
        Assert.Equal(3, store.Queries.Quotes(new QuoteQuery { Speaker = "Ana Ruiz", AllCopies = true }).Count);
    }

    [Fact]
    public void Opening_a_store_of_schema_3_recounts_entities_by_story()
    {
        using var temp = new TempStore();
        using (var store = temp.Create())
        using (var writer = store.OpenWriter())
        {
            writer.Write([Wire(), Copy(), Other()]);
        }

        // As a version-3 writer left it: every copy counted.
        using (var connection = new SqliteConnection($"Data Source={temp.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = TempStore.UndoStoriesSql + TempStore.UndoLinkingSql + "UPDATE entities SET article_count = article_count + 1, quote_count = quote_count + 1 WHERE name = 'Ana Ruiz'; PRAGMA user_version = 3;";
            command.ExecuteNonQuery();
        }

        using var reopened = temp.OpenReadOnly();
        var ruiz = Assert.Single(reopened.Queries.FindEntities("Ana Ruiz"));
        Assert.Equal(2, ruiz.Articles);
        Assert.Equal(2, ruiz.Quotes);
        Assert.Equal(Sqlite.SqliteSchema.CurrentVersion, temp.Scalar("PRAGMA user_version"));
    }
}
