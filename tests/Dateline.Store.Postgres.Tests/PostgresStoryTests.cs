using Dateline.Search;
using Dateline.Store.Queries;
using Dateline.Store.Stories;
using Dateline.Store.Tests;

namespace Dateline.Store.Postgres.Tests;

/// <summary>Stories in the PostgreSQL store: the same algorithm and answers as SQLite (StoryStoreTests), and many workers.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoryTests(PostgresCluster cluster)
{
    [SkippableFact]
    public void Ingest_puts_outlets_covering_one_event_in_one_story_and_copies_in_their_originals_story()
    {
        var db = Database();
        using (var store = PostgresCorpusStore.Open(db, create: true))
        using (var writer = store.OpenWriter())
        {
            writer.Write(StoryCorpus.Documents());
        }

        using var reader = PostgresCorpusStore.Open(db, create: false);
        var stories = StoryStores.Of(reader);
        var (story, election) = StoryCorpus.AssertIngested(stories);

        // --story on search: the story's articles only (the reprint hidden as a copy unless all copies are asked for).
        Assert.Equal(2, reader.Queries.Search(new SearchQuery { Text = "spillway", Story = story.Id }).Total);
        Assert.Equal(3, reader.Queries.Search(new SearchQuery { Text = "spillway", Story = story.Id, AllCopies = true }).Total);
        Assert.Equal(0, reader.Queries.Search(new SearchQuery { Text = "spillway", Story = election.Id }).Total);
        Assert.Empty(reader.Queries.Quotes(new QuoteQuery { Story = election.Id, AllCopies = true }));
    }

    [SkippableFact]
    public void Articles_written_in_separate_batches_and_a_rebuild_give_the_same_stories()
    {
        var db = Database();
        using (var store = PostgresCorpusStore.Open(db, create: true))
        {
            foreach (var document in StoryCorpus.Documents())
            {
                using var writer = store.OpenWriter();
                writer.Write([document]);
            }
        }

        using var reopened = PostgresCorpusStore.Open(db, create: false);
        var stories = StoryStores.Of(reopened);
        StoryCorpus.AssertRebuildKeepsStories(stories);
    }

    [SkippableFact]
    public void Copies_of_one_article_written_at_once_by_several_workers_get_one_story()
    {
        var db = Database();
        var original = StoryCorpus.Documents()[0];
        using var store = PostgresCorpusStore.Open(db, create: true);
        using (var writer = store.OpenWriter())
        {
            writer.Write([original]);
        }

        // The hardest case: the original has no story yet (stored before stories existed), so no worker finds one to
        // join and each would found its own; the copy story's lock makes them take turns and join the first one's.
        cluster.Execute(db, "DELETE FROM article_stories; DELETE FROM stories; DELETE FROM story_outlets;");

        const int Workers = 4;
        using var start = new Barrier(Workers);
        Parallel.For(0, Workers, new ParallelOptions { MaxDegreeOfParallelism = Workers }, i =>
        {
            var copy = new Core.Document(
                "copy" + i,
                original.Text + "\n\nReprinted by outlet " + i + ".",
                original.Source,
                original.Metadata with { Publisher = "Outlet " + i, Date = new DateOnly(2017, 3, 1 + i) });
            using var worker = PostgresCorpusStore.Open(db, create: true);
            using var writer = worker.OpenWriter();
            start.SignalAndWait();
            Assert.Equal(1, writer.Write([copy]).Stored);
        });

        var copies = Enumerable.Range(0, Workers).Select(i => StoryStores.Of(store).Story("copy" + i)!.Story.Id).Distinct().ToList();
        var story = Assert.Single(copies);
        Assert.Equal(Workers, StoryStores.Of(store).ArticlesOf(story).Count);
        Assert.Equal(Workers, Assert.Single(StoryStores.Of(store).Stories(new StoryQuery { MinArticles = 1 })).Outlets.Count);
    }

    private string Database()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        return cluster.CreateDatabase();
    }
}
