namespace Dateline.Dedup.Tests;

public sealed class CopyIndexTests
{
    private readonly CopySigner _signer = new();

    private CopyArticle Article(string id, IEnumerable<string> paragraphs, string date, string title = Stories.Headline, string outlet = "AP") =>
        new(id, _signer.Sign(Stories.Join(paragraphs), title)) { Date = DateOnly.Parse(date), Outlet = outlet, Title = title };

    [Fact]
    public void Copies_join_one_story_and_a_different_story_founds_its_own()
    {
        var index = CopyIndex.InMemory();
        var first = index.Add(Article("ap", Stories.Budget, "2019-03-15"));
        var cut = index.Add(Article("paper", Stories.Budget.Take(6), "2019-03-15", "Budget passes", "Albuquerque Journal"));
        var other = index.Add(Article("az", Stories.OtherBudget, "2019-03-15"));
        Assert.True(first.IsNewStory);
        Assert.Equal("ap", cut.MatchedId);
        Assert.Equal(first.StoryId, cut.StoryId);
        Assert.True(other.IsNewStory);
        Assert.NotEqual(first.StoryId, other.StoryId);
        Assert.Single(index.Stories(minSize: 2));
    }

    [Fact]
    public void Canonical_is_the_fullest_copy_and_diffs_count_cut_and_added_paragraphs()
    {
        var index = CopyIndex.InMemory();
        index.Add(Article("cut", Stories.Budget.Take(6), "2019-03-15", "Budget passes"));
        index.Add(Article("full", Stories.Budget, "2019-03-16"));
        var local = "The Albuquerque school board will meet Tuesday to discuss how the new money would be spent in the city's 140 schools, district officials said.";
        index.Add(Article("local", Stories.Budget.Take(10).Append(local), "2019-03-16"));
        var story = index.StoryOf("cut")!;
        Assert.Equal("full", story.Canonical.Id);
        Assert.Equal(3, story.Size);
        var cut = story.Copies.Single(c => c.Article.Id == "cut").Diff;
        Assert.True(cut.HeadlineChanged);
        Assert.Equal(Enumerable.Range(6, 9), cut.ParagraphsCut);
        Assert.Empty(cut.ParagraphsAdded);
        var extended = story.Copies.Single(c => c.Article.Id == "local").Diff;
        Assert.False(extended.HeadlineChanged);
        Assert.Equal(new[] { 10 }, extended.ParagraphsAdded.ToArray());
        Assert.Equal(5, extended.ParagraphsCut.Length);
        Assert.True(story.Copies[0].Diff.IsCanonical);
    }

    [Fact]
    public void Canonical_among_equally_full_copies_is_the_earliest()
    {
        var index = CopyIndex.InMemory();
        index.Add(Article("b-later", Stories.Budget, "2019-03-17"));
        index.Add(Article("a-earlier", Stories.Budget, "2019-03-15"));
        Assert.Equal("a-earlier", index.StoryOf("b-later")!.Canonical.Id);
    }

    [Fact]
    public void Copy_ingested_a_year_later_joins_its_old_story()
    {
        var index = CopyIndex.InMemory();
        var old = index.Add(Article("2019", Stories.Budget, "2019-03-15"));
        for (var i = 0; i < 20; i++)
        {
            index.Add(Article("filler" + i, Stories.OtherBudget.Skip(i % 3).Take(6 + (i % 4)).Append("Filler paragraph number " + i + " with enough words to count as a real paragraph here."), "2019-06-01"));
        }

        var late = index.Add(Article("2020", Stories.Budget.Take(8), "2020-03-15", "A year on: the budget"));
        Assert.Equal(old.StoryId, late.StoryId);
        Assert.Contains(index.StoryOf(old.ArticleId)!.Copies, c => c.Article.Id == "2020");
    }

    [Fact]
    public void Removing_an_article_removes_it_from_its_story()
    {
        var index = CopyIndex.InMemory();
        index.Add(Article("ap", Stories.Budget, "2019-03-15"));
        index.Add(Article("paper", Stories.Budget.Take(6), "2019-03-15"));
        Assert.Equal(2, index.StoryOf("ap")!.Size);
        Assert.True(index.Remove("paper"));
        Assert.Null(index.StoryOf("paper"));
        Assert.Equal(1, index.StoryOf("ap")!.Size);
        Assert.Empty(index.Stories(minSize: 2));
        Assert.False(index.Remove("paper"));
        Assert.Empty(index.FindCopies(_signer.Sign(Stories.Join(Stories.Budget.Take(6))), excludeId: "ap"));
    }
}
