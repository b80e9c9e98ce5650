using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Store.Queries;
using Dateline.Store.Tests;

namespace Dateline.Search.Tests;

public sealed class SearchPageTests
{
    private static readonly string[] Story =
    [
        "The city council voted 7-2 on Tuesday to build a light rail line linking the airport with downtown, ending a decade of debate over how to ease traffic on the interstate.",
        "The $1.2 billion project will be paid for with a half-cent sales tax approved by voters last fall and a federal transit grant the city expects to receive next spring.",
        "Mayor Ana Ruiz called the vote a turning point for a region whose population has doubled since 1990 while its road network has barely grown.",
        "Opponents on the council argued that ridership estimates were inflated and that buses could carry the same number of passengers for a fraction of the cost.",
        "Construction is scheduled to begin in 2021, with the first trains running between the airport and the convention center by the end of 2024.",
    ];

    private static Document Copy(string id, string publisher, string date, string extra) =>
        new(
            id,
            "Light rail\n\n" + string.Join("\n\n", Story) + "\n\n" + extra,
            new DocumentSource("test.jsonl", "jsonl", 0, 1),
            new DocumentMetadata { Title = "Light rail", Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Publisher = publisher });

    [Fact]
    public void Search_without_text_lists_newest_first_with_undated_articles_last_and_pages_by_offset()
    {
        using var temp = new TempStore();
        using var store = temp.Create();
        using (var writer = store.OpenWriter())
        {
            writer.Write(
            [
                TestArticles.Make("Older\nReuters story one.", date: "2017-01-05", agency: "Reuters", id: "older"),
                TestArticles.Make("Undated\nReuters story two.", date: null, agency: "Reuters", id: "undated"),
                TestArticles.Make("Newest\nReuters story three.", date: "2018-03-01", agency: "Reuters", id: "newest"),
                TestArticles.Make("Same day\nReuters story four.", date: "2017-01-05", agency: "Reuters", id: "same-day"),
                TestArticles.Make("Elsewhere\nAP story.", date: "2019-01-01", agency: "AP", id: "ap"),
            ]);
        }

        var all = store.Queries.Search(new SearchQuery { Agency = "Reuters" });
        Assert.Equal(4, all.Total);
        Assert.Equal(["newest", "same-day", "older", "undated"], all.Hits.Select(h => h.DocId));

        var page = store.Queries.Search(new SearchQuery { Agency = "Reuters", Offset = 1, Limit = 2 });
        Assert.Equal(4, page.Total);
        Assert.Equal(["same-day", "older"], page.Hits.Select(h => h.DocId));

        var everything = store.Queries.Search(new SearchQuery());
        Assert.Equal(5, everything.Total);
        Assert.Equal("ap", everything.Hits[0].DocId);
    }

    [Fact]
    public void Text_speaker_date_and_agency_filters_narrow_the_total_the_page_and_the_facets_alike()
    {
        using var temp = new TempStore();
        using var store = temp.Create();
        using (var writer = store.OpenWriter())
        {
            writer.Write(
            [
                TestArticles.Make("Budget talks\nMaria Lopez said \"the budget is fine\" today.", date: "2017-05-01", agency: "Reuters", entities: [("Maria Lopez", EntityLabel.PER, [])], quotes: [("Maria Lopez", "the budget is fine")]),
                TestArticles.Make("Budget again\nMaria Lopez said \"the budget is late\" again.", date: "2018-05-01", agency: "Reuters", entities: [("Maria Lopez", EntityLabel.PER, [])], quotes: [("Maria Lopez", "the budget is late")]),
                TestArticles.Make("Budget news\nKen Ito said \"the budget is big\" here.", date: "2017-06-01", agency: "Reuters", entities: [("Ken Ito", EntityLabel.PER, [])], quotes: [("Ken Ito", "the budget is big")]),
                TestArticles.Make("Budget elsewhere\nMaria Lopez said \"the budget is small\" there.", date: "2017-07-01", agency: "AP", entities: [("Maria Lopez", EntityLabel.PER, [])], quotes: [("Maria Lopez", "the budget is small")]),
            ]);
        }

        var results = store.Queries.Search(new SearchQuery
        {
            Text = "budget",
            Speaker = "Maria Lopez",
            Agency = "Reuters",
            From = new DateOnly(2017, 1, 1),
            To = new DateOnly(2017, 12, 31),
        });
        Assert.Equal(1, results.Total);
        Assert.Equal("Budget talks", Assert.Single(results.Hits).Headline);
        Assert.Equal([new FacetCount("2017-05", 1)], results.Facets.Months);

        var bySpeaker = store.Queries.Search(new SearchQuery { Speaker = "Maria Lopez" });
        Assert.Equal(3, bySpeaker.Total);
        Assert.Equal(["Budget again", "Budget elsewhere", "Budget talks"], bySpeaker.Hits.Select(h => h.Headline));
    }

    [Fact]
    public void A_later_copy_is_a_hit_when_the_earlier_copy_of_its_story_does_not_match_the_filters()
    {
        using var temp = new TempStore();
        using var store = temp.Create();
        using (var writer = store.OpenWriter())
        {
            writer.Write(
            [
                Copy("wire", "Associated Press", "2019-05-07", "Copyright 2019 The Associated Press."),
                Copy("copy", "Reuters", "2019-05-08", "Reporting by Sam Hill; editing by Jo Lee."),
            ]);
        }

        Assert.Equal(1, store.Queries.Search(new SearchQuery { Text = "airport" }).Total);
        Assert.Equal("wire", Assert.Single(store.Queries.Search(new SearchQuery { Text = "airport" }).Hits).DocId);
        Assert.Equal("copy", Assert.Single(store.Queries.Search(new SearchQuery { Text = "airport", Agency = "Reuters" }).Hits).DocId);
        Assert.Equal(1, store.Queries.Search(new SearchQuery()).Total);
        Assert.Equal(2, store.Queries.Search(new SearchQuery { AllCopies = true }).Total);
    }

    [Fact]
    public void Quotes_by_a_speaker_come_newest_first_with_undated_ones_last_across_entity_and_name_matches()
    {
        using var temp = new TempStore();
        using var store = temp.Create();
        var documents = new List<Core.Document>();
        for (var i = 0; i < 24; i++)
        {
            var date = i < 2 ? null : new DateOnly(2018, 1, 1).AddDays(i * 3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var text = $"Report {i}\nMaria Lopez said \"point number {i} stands\" at meeting {i * 7919 % 1009}.";
            documents.Add(i % 3 == 0
                ? TestArticles.Make(text, date, quotes: [("Maria Lopez", $"point number {i} stands")])
                : TestArticles.Make(text, date, entities: [("Maria Lopez", EntityLabel.PER, [])], quotes: [("Maria Lopez", $"point number {i} stands")]));
        }

        using (var writer = store.OpenWriter())
        {
            writer.Write(documents);
        }

        var all = store.Queries.Quotes(new QuoteQuery { Speaker = "Maria Lopez", Limit = 100 });
        Assert.Equal(24, all.Count);
        var dated = all.Take(22).Select(q => q.Date!).ToList();
        Assert.Equal(dated.OrderDescending(StringComparer.Ordinal), dated);
        Assert.All(all.Skip(22), q => Assert.Null(q.Date));
        Assert.Equal(all.Take(5).Select(q => q.Id), store.Queries.Quotes(new QuoteQuery { Speaker = "Maria Lopez", Limit = 5 }).Select(q => q.Id));
        Assert.Equal(5, store.Queries.Quotes(new QuoteQuery { Speaker = "Maria Lopez", From = new DateOnly(2018, 2, 26), Limit = 100 }).Count);
    }
}
