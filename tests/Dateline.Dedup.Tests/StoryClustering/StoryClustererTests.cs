using Dateline.Dedup.Stories;

namespace Dateline.Dedup.Tests.StoryClustering;

public sealed class StoryClustererTests
{
    private static readonly DateOnly Sunday = new(2017, 2, 12);
    private readonly StoryVectorizer _vectorizer = new();

    [Fact]
    public void Similarity_is_one_for_one_text_and_zero_for_texts_without_a_shared_term()
    {
        var dam = _vectorizer.Vectorize(Reports.DamLeft);
        Assert.Equal(1, StoryVector.Similarity(dam, dam), 3);
        Assert.Equal(0, StoryVector.Similarity(dam, _vectorizer.Vectorize(["Quarterly cocoa harvest outlook improves."])), 3);
        Assert.Equal(0, StoryVector.Similarity(dam, StoryVector.Empty));
    }

    [Fact]
    public void Reports_of_one_event_are_more_similar_than_reports_sharing_only_names()
    {
        var left = _vectorizer.Vectorize(Reports.DamLeft);
        var centre = _vectorizer.Vectorize(Reports.DamCentre);
        var sheriff = _vectorizer.Vectorize(Reports.SheriffBudget);
        var sameEvent = StoryVector.Similarity(left, centre);
        Assert.True(sameEvent >= _vectorizer.Options.JoinThreshold, $"same event {sameEvent:F3}");
        Assert.True(StoryVector.Similarity(left, sheriff) < _vectorizer.Options.JoinThreshold, $"shared names {StoryVector.Similarity(left, sheriff):F3}");
        Assert.True(StoryVector.Similarity(left, sheriff) < sameEvent);
    }

    [Fact]
    public void Vectors_round_trip_through_bytes()
    {
        var vector = _vectorizer.Vectorize(Reports.DamCentre);
        var read = StoryVector.FromBytes(vector.ToBytes());
        Assert.Equal(vector.Terms, read.Terms);
        Assert.Equal(vector.Weights, read.Weights);
        Assert.Throws<InvalidDataException>(() => StoryVector.FromBytes(new byte[5]));
    }

    [Fact]
    public void One_event_from_three_outlets_over_two_days_is_one_story_and_other_events_are_not()
    {
        var clusterer = new StoryClusterer(StoryOptions.Default);
        var left = clusterer.Assign(1, _vectorizer.Vectorize(Reports.DamLeft), Sunday);
        var sheriff = clusterer.Assign(2, _vectorizer.Vectorize(Reports.SheriffBudget), Sunday);
        var centre = clusterer.Assign(3, _vectorizer.Vectorize(Reports.DamCentre), Sunday);
        var election = clusterer.Assign(4, _vectorizer.Vectorize(Reports.Election), Sunday);
        var right = clusterer.Assign(5, _vectorizer.Vectorize(Reports.DamRight), Sunday.AddDays(1));

        Assert.True(left.Founded);
        Assert.Equal(1, centre.StoryId);
        Assert.Equal(1, right.StoryId);
        Assert.True(sheriff.Founded);
        Assert.True(election.Founded);
        Assert.Equal(3, clusterer.Find(1)!.Articles);
        Assert.Equal(Sunday.AddDays(1), clusterer.Find(1)!.Last);
    }

    [Fact]
    public void A_cold_story_takes_no_article()
    {
        var clusterer = new StoryClusterer(StoryOptions.Default);
        clusterer.Assign(1, _vectorizer.Vectorize(Reports.DamLeft), Sunday);
        var late = clusterer.Assign(2, _vectorizer.Vectorize(Reports.DamCentre), Sunday.AddDays(StoryOptions.Default.ColdDays + 1));
        var early = clusterer.Assign(3, _vectorizer.Vectorize(Reports.DamRight), Sunday.AddDays(-StoryOptions.Default.ColdDays - 1));
        var undated = clusterer.Assign(4, _vectorizer.Vectorize(Reports.DamRight), null);
        Assert.True(late.Founded);
        Assert.True(early.Founded);
        Assert.True(undated.Founded);
    }

    [Fact]
    public void A_copy_joins_its_originals_story_whatever_its_text_and_date()
    {
        var clusterer = new StoryClusterer(StoryOptions.Default);
        clusterer.Assign(1, _vectorizer.Vectorize(Reports.DamLeft), Sunday);
        var copy = clusterer.Assign(2, _vectorizer.Vectorize(Reports.Election), Sunday.AddDays(30), copyOfStory: 1);
        Assert.Equal(1, copy.StoryId);
        Assert.False(copy.Founded);
        var ofForgotten = clusterer.Assign(3, StoryVector.Empty, Sunday, copyOfStory: 99);
        Assert.Equal(99, ofForgotten.StoryId);
    }

    [Fact]
    public void Memory_holds_at_most_the_capacity()
    {
        var clusterer = new StoryClusterer(StoryOptions.Default with { Capacity = 10 });
        for (var i = 0; i < 50; i++)
        {
            clusterer.Assign(i, _vectorizer.Vectorize([$"Report number {i} about topic{i} and subject{i}"]), Sunday.AddDays(i * 10));
        }

        Assert.True(clusterer.LiveCount <= 10);
    }
}
