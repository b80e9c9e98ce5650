using Dateline.Dedup.Stories;
using Dateline.Dedup.Stories.Evaluation;

namespace Dateline.Dedup.Tests.StoryClustering;

public sealed class StoryPairEvaluationTests
{
    [Fact]
    public void Pearson_of_a_linear_relation_is_one_and_of_a_reversed_one_minus_one()
    {
        Assert.Equal(1, StoryPairEvaluation.Pearson([1, 2, 3], [2, 4, 6]), 6);
        Assert.Equal(-1, StoryPairEvaluation.Pearson([1, 2, 3], [3, 2, 1]), 6);
        Assert.Equal(0, StoryPairEvaluation.Pearson([1, 1, 1], [3, 2, 1]));
    }

    [Fact]
    public void Same_story_pairs_are_scored_at_the_threshold()
    {
        var pairs = new[]
        {
            new StoryPair("a", string.Join(" ", Reports.DamLeft), string.Join(" ", Reports.DamCentre), 1),
            new StoryPair("b", string.Join(" ", Reports.DamLeft), string.Join(" ", Reports.Election), 4),
            new StoryPair("c", string.Join(" ", Reports.DamRight), string.Join(" ", Reports.SheriffBudget), 3),
        };
        var similarities = StoryPairEvaluation.Similarities(pairs, new StoryVectorizer());
        var score = StoryPairEvaluation.Score(pairs, similarities, StoryOptions.Default.JoinThreshold);
        Assert.Equal(3, score.Pairs);
        Assert.Equal(1, score.TruePositives);
        Assert.Equal(0, score.FalsePositives);
        Assert.True(score.Pearson > 0.8, $"pearson {score.Pearson:F3}");
    }
}
