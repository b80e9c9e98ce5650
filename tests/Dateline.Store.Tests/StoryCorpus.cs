using System.Globalization;
using Dateline.Core;
using Dateline.Store.Stories;

namespace Dateline.Store.Tests;

/// <summary>
/// Four invented articles for the story store tests of both backends (StoryStoreTests, PostgresStoryTests): two
/// outlets' reports of one dam evacuation a day apart, a mayoral election the same day, and a later wire reprint of the
/// first report (a copy, whose text and date alone would not join it).
/// </summary>
internal static class StoryCorpus
{
    private static readonly string[] DamLeft =
    [
        "Thousands of residents below the Oroville Dam were ordered to evacuate on Sunday after engineers found a widening crack in the dam's concrete spillway, officials said.",
        "The Butte County sheriff, Kory Honea, said water was pouring through the damaged spillway faster than crews could repair it, and warned that the emergency spillway could erode.",
        "Evacuation centers opened in Chico and Yuba City as traffic backed up for miles on the highways leading out of the valley.",
    ];

    private static readonly string[] DamRight =
    [
        "Residents of towns below California's Oroville Dam fled on Sunday after officials warned that the eroding emergency spillway could fail within hours, sending floodwater down the Feather River valley.",
        "Butte County Sheriff Kory Honea ordered the evacuation, and shelters filled in Chico as the reservoir behind the dam, the tallest in the country, stood near its crest.",
    ];

    private static readonly string[] Election =
    [
        "Voters in Springfield returned Mayor Alicia Grant to office on Tuesday, giving her a second term after a quiet campaign dominated by potholes and property taxes.",
        "Turnout was the lowest in two decades, election officials said, with fewer than one in five registered voters casting a ballot.",
    ];

    private static Document Article(string id, string[] paragraphs, string title, string date, string outlet) =>
        new(id, string.Join("\n\n", paragraphs), new DocumentSource("test.jsonl", "jsonl", 0, 1), new DocumentMetadata { Title = title, Date = DateOnly.Parse(date), Publisher = outlet });

    public static Document[] Documents() =>
    [
        Article("left", DamLeft, "Dam failure forces thousands to flee", "2017-02-12", "Left Daily"),
        Article("election", Election, "Mayor wins second term", "2017-02-12", "Centre Times"),
        Article("right", DamRight, "Evacuations ordered as Oroville Dam spillway erodes", "2017-02-13", "Right Post"),
        Article("copy", [.. DamLeft, "Copyright 2017 Left Daily. All rights reserved."], "Dam crack: thousands flee", "2017-03-30", "Wire Reprint"),
    ];

    /// <summary>What a store that ingested <see cref="Documents"/> must answer; returns the dam story and the election's story.</summary>
    public static (StorySummary Dam, StorySummary Election) AssertIngested(IStoryStore stories)
    {
        var story = Assert.Single(stories.Stories(new StoryQuery { MinArticles = 2 }));
        Assert.Equal(3, story.Articles);
        Assert.Equal(["Left Daily", "Right Post", "Wire Reprint"], story.Outlets);
        Assert.Equal("2017-02-12", story.FirstDate);
        Assert.Equal("2017-03-30", story.LastDate);
        Assert.Equal("Dam failure forces thousands to flee", story.Headline);

        var detail = stories.Story("election");
        Assert.NotNull(detail);
        Assert.Equal(1, detail.Story.Articles);
        Assert.Equal(2, stories.Stories(new StoryQuery { MinArticles = 1 }).Count);
        Assert.Empty(stories.Stories(new StoryQuery { MinArticles = 2, MinOutlets = 4 }));
        Assert.Empty(stories.Stories(new StoryQuery { MinArticles = 2, To = new DateOnly(2017, 2, 1) }));
        Assert.Equal(3, stories.ArticlesOf(story.Id).Count);
        Assert.Equal(["left", "right", "copy"], stories.Story(story.Id.ToString(CultureInfo.InvariantCulture))!.Articles.Select(a => a.DocId));
        Assert.Null(stories.Story("no such article"));
        return (story, detail.Story);
    }

    /// <summary>Rebuilds the stories of a store that holds <see cref="Documents"/> and checks it finds the same ones.</summary>
    public static void AssertRebuildKeepsStories(IStoryStore stories)
    {
        var before = stories.Stories(new StoryQuery { MinArticles = 1 }).Select(s => (s.Articles, string.Join(",", s.Outlets))).Order().ToList();
        var rebuilt = stories.Rebuild();
        Assert.Equal(4, rebuilt.Articles);
        Assert.Equal(2, rebuilt.Stories);
        Assert.Equal(1, rebuilt.MultiArticleStories);
        var after = stories.Stories(new StoryQuery { MinArticles = 1 }).Select(s => (s.Articles, string.Join(",", s.Outlets))).Order().ToList();
        Assert.Equal(before, after);
    }
}
