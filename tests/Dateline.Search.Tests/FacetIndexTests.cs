using Dateline.Core.Annotations;
using Dateline.Store.Queries;
using Dateline.Store.Tests;

namespace Dateline.Search.Tests;

public sealed class FacetIndexTests
{
    [Fact]
    public void Facet_counts_follow_new_articles_written_after_a_search()
    {
        using var temp = new TempStore();
        using var store = temp.Create();
        using (var writer = store.OpenWriter())
        {
            writer.Write([TestArticles.Make("Budget vote\nMaria Lopez spoke on the budget.", agency: "Reuters", entities: [("Maria Lopez", EntityLabel.PER, [])])]);
        }

        var first = store.Queries.Search(new SearchQuery { Text = "budget" });
        Assert.Equal([new FacetCount("Maria Lopez", 1)], first.Facets.People);

        using (var writer = store.OpenWriter())
        {
            writer.Write(
            [
                TestArticles.Make("Budget again\nMaria Lopez and Ken Ito argued over the budget.", date: "2017-09-01", agency: "Reuters", entities: [("Maria Lopez", EntityLabel.PER, []), ("Ken Ito", EntityLabel.PER, [])]),
                TestArticles.Make("Weather\nRain in Ohio.", agency: "AP"),
            ]);
        }

        var second = store.Queries.Search(new SearchQuery { Text = "budget" });
        Assert.Equal(2, second.Total);
        Assert.Equal([new FacetCount("Maria Lopez", 2), new FacetCount("Ken Ito", 1)], second.Facets.People);
        Assert.Equal([new FacetCount("2017-08", 1), new FacetCount("2017-09", 1)], second.Facets.Months);
        Assert.Equal([new FacetCount("Reuters", 2)], second.Facets.Agencies);
    }

    [Fact]
    public void Text_with_a_filter_counts_only_articles_matching_both()
    {
        using var temp = new TempStore();
        using var store = temp.Create();
        using (var writer = store.OpenWriter())
        {
            writer.Write(
            [
                TestArticles.Make("Police report\nPolice in Dover.", agency: "Reuters"),
                TestArticles.Make("Police again\nPolice in Kent.", agency: "AP"),
                TestArticles.Make("Schools\nSchools in Dover.", agency: "Reuters"),
            ]);
        }

        var results = store.Queries.Search(new SearchQuery { Text = "police", Agency = "Reuters" });
        Assert.Equal(1, results.Total);
        Assert.Single(results.Hits);
        Assert.Equal([new FacetCount("Reuters", 1)], results.Facets.Agencies);
        var count = store.Queries.Search(new SearchQuery { Text = "police", Agency = "Reuters", Facets = false });
        Assert.Equal(1, count.Total);
    }
}
