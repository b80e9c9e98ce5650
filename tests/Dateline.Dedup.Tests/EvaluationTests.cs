using Dateline.Core;
using Dateline.Dedup.Evaluation;

namespace Dateline.Dedup.Tests;

public sealed class EvaluationTests
{
    private static readonly SourceArticle[] Sources =
    [
        new("s-budget", Stories.Headline, "2019-03-15", "AP", "test/budget/2019-03-15", "SANTA FE, N.M. -", Stories.Budget.Select(p => p.Replace("SANTA FE, N.M. (AP) — ", string.Empty, StringComparison.Ordinal)).ToList()),
        new("s-other", "Arizona Senate adjourns without budget", "2019-03-15", "AP", "test/budget/2019-03-15", null, Stories.OtherBudget.Skip(1).ToList()),
    ];

    [Fact]
    public void Generated_dev_set_is_deterministic_for_a_seed_and_has_copies_and_same_day_negatives()
    {
        var a = new DevSetGenerator(7) { StoriesPerCorpus = 5 }.Generate(Sources);
        var b = new DevSetGenerator(7) { StoriesPerCorpus = 5 }.Generate(Sources);
        Assert.Equal(a.Articles.Select(x => x.Text), b.Articles.Select(x => x.Text));
        Assert.Contains(a.Pairs, p => p.Duplicate && p.Kind == "copy");
        Assert.Contains(a.Pairs, p => !p.Duplicate && p.Kind == "same-topic-day");
    }

    [Fact]
    public void Evaluation_scores_the_generated_copies_of_a_story_against_a_same_day_story()
    {
        var set = new DevSetGenerator(3) { StoriesPerCorpus = 5 }.Generate(Sources);
        var documents = set.Articles.Select(x => new Document(x.Id, x.Text, new DocumentSource("dev", "jsonl", 0, 1), new DocumentMetadata { Title = x.Title }));
        var result = DedupEvaluation.Run(documents, set.Pairs, DedupOptions.Default);
        Assert.Equal(0, result.Missing);
        Assert.Equal(0, result.All.FalsePositives);
        Assert.Equal(1.0, result.KeepHalf.Recall);
    }

    [Fact]
    public void Gold_lines_that_are_not_pairs_are_reported_with_their_line_number()
    {
        using var reader = new StringReader("{\"a\": \"x\", \"b\": \"y\", \"duplicate\": true}\n{\"a\": \"x\"}\n");
        var error = Assert.Throws<FormatException>(() => DedupEvaluation.ReadGold(reader, "gold.jsonl"));
        Assert.StartsWith("gold.jsonl:2:", error.Message);
    }
}
