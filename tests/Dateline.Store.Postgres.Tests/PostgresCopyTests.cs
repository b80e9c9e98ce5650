using Dateline.Core;
using Dateline.Search;
using Dateline.Store.Queries;
using Dateline.Store.Tests;

namespace Dateline.Store.Postgres.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCopyTests(PostgresCluster cluster)
{
    private static readonly string[] Story =
    [
        "The city council voted 7-2 on Tuesday to build a light rail line linking the airport with downtown, ending a decade of debate over how to ease traffic on the interstate.",
        "The $1.2 billion project will be paid for with a half-cent sales tax approved by voters last fall and a federal transit grant the city expects to receive next spring.",
        "Mayor Ana Ruiz called the vote a turning point for a region whose population has doubled since 1990 while its road network has barely grown.",
        "Opponents on the council argued that ridership estimates were inflated and that buses could carry the same number of passengers for a fraction of the cost.",
        "Construction is scheduled to begin in 2021, with the first trains running between the airport and the convention center by the end of 2024.",
        "Residents along the planned route have raised concerns about noise and property values, and the council promised a series of neighborhood meetings this summer.",
        "The transit agency said it would publish a detailed environmental review in the coming weeks, opening a 60-day period for public comment.",
        "Business groups welcomed the decision, saying reliable transit would help downtown employers recruit workers who cannot afford to live nearby.",
    ];

    private static readonly string[] Other =
    [
        "The county commission postponed a vote on Tuesday on widening the interstate through the northern suburbs, saying it needed more time to study the cost.",
        "Commissioners asked state engineers to return in September with a revised estimate after bids for the first phase came in far above the budget.",
        "Several residents told the commission that the widening would split neighborhoods and bring more trucks past two elementary schools along the frontage road.",
        "The state transportation department said delaying the project past this year could cost the county a federal highway grant worth about $40 million.",
        "Commission chair Tom Becker said he still supported the project but would not vote for it until the financing plan was clear to taxpayers.",
    ];

    private static Document Article(string id, IEnumerable<string> paragraphs, string title, string date) =>
        new(id, string.Join("\n\n", paragraphs), new DocumentSource("test.jsonl", "jsonl", 0, 1), new DocumentMetadata { Title = title, Date = DateOnly.Parse(date), Publisher = "AP" });

    [SkippableFact]
    public void Ingest_puts_copies_of_one_story_in_one_cluster_even_across_batches()
    {
        var db = Database();
        using var store = PostgresCorpusStore.Open(db, create: true);
        using (var writer = store.OpenWriter())
        {
            writer.Write([Article("wire", Story, "Council approves light rail", "2019-05-07"), Article("cut", Story.Take(4), "Light rail line wins council vote", "2019-05-08"), Article("other", Other, "County delays interstate widening", "2019-05-07")]);
            writer.Write([Article("late", Story.Skip(1).Append("Reporter Sam Hill contributed from the airport, where travelers welcomed the news after long waits in traffic."), "A year later", "2020-05-07")]);
        }

        using var index = PostgresCopyIndex.Open(store);
        var story = Assert.Single(index.Stories());
        Assert.Equal(3, story.Size);
        Assert.Equal("Council approves light rail", story.Canonical.Title);
        Assert.Equal(4, story.Copies.Single(c => c.Article.Title == "Light rail line wins council vote").Diff.ParagraphsCut.Length);

        var copy = story.Copies.Single(c => c.Article.Title == "A year later").Article.Id;
        Assert.True(index.Remove(copy));
        Assert.Null(index.StoryOf(copy));
        Assert.Equal(2, index.StoryOf(story.Canonical.Id)!.Size);
    }

    [SkippableFact]
    public void Search_and_quotes_collapse_copies_unless_all_copies_are_asked_for()
    {
        var db = Database();
        using var store = PostgresCorpusStore.Open(db, create: true);
        var text = "Council approves light rail\n" + string.Join(" ", Story) + " \"This is a turning point,\" Ruiz said.";
        using (var writer = store.OpenWriter())
        {
            writer.Write([
                Article("wire", Story, "Council approves light rail", "2019-05-07"),
                Article("copy", Story.Append("Copyright 2019 The Associated Press. All rights reserved."), "Light rail approved", "2019-05-07"),
                Article("other", Other, "County delays interstate widening", "2019-05-07"),
                TestArticles.Make(text, "2019-05-07", quotes: [("Ruiz", "This is a turning point,")]),
                TestArticles.Make(text + " Copyright 2019.", "2019-05-07", quotes: [("Ruiz", "This is a turning point,")]),
            ]);
        }

        // The two quoting articles carry the light rail story too: four copies of one story and one other article.
        Assert.Equal(2, store.Queries.Search(new SearchQuery { Text = "interstate" }).Total);
        Assert.Equal(5, store.Queries.Search(new SearchQuery { Text = "interstate", AllCopies = true }).Total);
        Assert.Single(store.Queries.Quotes(new QuoteQuery { Speaker = "Ruiz" }));
        Assert.Equal(2, store.Queries.Quotes(new QuoteQuery { Speaker = "Ruiz", AllCopies = true }).Count);
        Assert.Equal(1, Assert.Single(store.Queries.Activity("Ruiz")).Quotes);
    }

    private string Database()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        return cluster.CreateDatabase();
    }
}
