using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Search;
using Dateline.Store.Queries;

namespace Dateline.Store.Tests;

/// <summary>A small corpus with name variants, a dominant and a shared surname, and what both stores must answer about it.</summary>
internal static class LinkingCorpus
{
    internal static List<Document> Presidents()
    {
        var documents = new List<Document>();
        for (var i = 0; i < 12; i++)
        {
            documents.Add(TestArticles.Make(
                $"Budget talks, day {i}\nBarack Obama met lawmakers on day {i} of the budget talks in Washington.",
                $"2016-0{1 + (i % 6)}-1{i % 10}",
                entities: [("Barack Obama", EntityLabel.PER, []), ("Washington", EntityLabel.LOC, [])]));
        }

        documents.Add(TestArticles.Make("Garden visit\nMichelle Obama opened a garden.", "2016-03-02", entities: [("Michelle Obama", EntityLabel.PER, [])], id: "garden"));
        for (var i = 0; i < 5; i++)
        {
            documents.Add(TestArticles.Make($"Campaign {i}\nBill Clinton and Hillary Clinton spoke at rally {i}.", "2016-04-0" + (i + 1), entities: [("Bill Clinton", EntityLabel.PER, []), ("Hillary Clinton", EntityLabel.PER, [])]));
        }

        documents.Add(TestArticles.Make("Trump signs order\nDonald J. Trump signed it. The Justice Department and REUTERS reported it from the U.S.", "2017-02-01",
            entities: [("Donald J. Trump", EntityLabel.PER, []), ("Justice Department", EntityLabel.ORG, []), ("REUTERS", EntityLabel.ORG, []), ("U.S.", EntityLabel.LOC, [])], id: "trump-1"));
        documents.Add(TestArticles.Make("Trump again\nDonald Trump spoke. The Department of Justice and Reuters said the United States agreed.", "2017-02-02",
            entities: [("Donald Trump", EntityLabel.PER, []), ("Department of Justice", EntityLabel.ORG, []), ("Reuters", EntityLabel.ORG, []), ("United States", EntityLabel.LOC, [])], id: "trump-2"));
        return documents;
    }

    internal static Document ObamaAlone() => TestArticles.Make(
        "Obama on the economy\nObama said: \"The economy is growing.\" Clinton agreed.",
        "2016-06-20",
        entities: [("Obama", EntityLabel.PER, []), ("Clinton", EntityLabel.PER, [])],
        quotes: [("Obama", "The economy is growing.")],
        id: "obama-alone");

    internal static void AssertLinked(ICorpusQueries queries)
    {
        var people = queries.Entities(EntityLabel.PER, 50);
        var obama = Assert.Single(people, e => e.Name == "Barack Obama");
        Assert.DoesNotContain(people, e => e.Name == "Obama");
        Assert.Equal(13, obama.Articles);
        Assert.Contains(new EntityForm("Obama", 2), obama.Forms);
        Assert.Equal(["Obama"], obama.Aliases);
        Assert.Equal("2016-01-10", obama.First);
        Assert.Equal("2016-06-20", obama.Last);

        // A surname several full names share stays apart, marked ambiguous; the full names stay two.
        var clinton = Assert.Single(people, e => e.Name == "Clinton");
        Assert.True(clinton.Ambiguous);
        Assert.Single(people, e => e.Name == "Bill Clinton");
        Assert.Single(people, e => e.Name == "Hillary Clinton");

        var trump = Assert.Single(people, e => e.Key == "donald trump");
        Assert.Equal(2, trump.Articles);
        Assert.Equal(2, trump.Forms.Count);
        var orgs = queries.Entities(EntityLabel.ORG, 50);
        Assert.Equal(2, Assert.Single(orgs, e => e.Key == "justice department").Articles);
        Assert.Equal("Reuters", Assert.Single(orgs, e => e.Key == "reuters").Name);
        Assert.Equal(2, Assert.Single(queries.Entities(EntityLabel.LOC, 50), e => e.Key == "united states").Articles);

        // "Obama" chooses Barack Obama: his quotes, his timeline, his facet.
        Assert.Equal("Barack Obama", queries.FindEntities("Obama")[0].Name);
        var quote = Assert.Single(queries.Quotes(new QuoteQuery { Speaker = "Obama" }));
        Assert.Equal("Barack Obama", quote.Speaker);
        Assert.Equal(13, queries.Activity("Obama").Sum(d => d.Articles));
        Assert.Equal(13, queries.Search(new SearchQuery { Person = "Obama" }).Total);
        Assert.Equal(2, queries.Search(new SearchQuery { Organization = "Department of Justice" }).Total);
        Assert.Contains(new FacetCount("Barack Obama", 13), queries.Search(new SearchQuery { Text = "economy OR budget" }).Facets.People);
    }
}
