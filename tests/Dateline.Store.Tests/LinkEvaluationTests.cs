using Dateline.Store.Linking.Evaluation;
using Dateline.Testing;

namespace Dateline.Store.Tests;

public sealed class LinkEvaluationTests
{
    [Fact]
    public void The_fixture_gold_scores_link_precision_and_recall_on_the_linking_corpus()
    {
        using var temp = new TempStore();
        using var store = temp.Create();
        using (var writer = store.OpenWriter())
        {
            writer.Write(LinkingCorpus.Presidents());
            writer.Write([LinkingCorpus.ObamaAlone()]);
        }

        var path = Path.Combine(TestPaths.RepositoryRoot, "eval", "links", "fixture.jsonl");
        using var reader = File.OpenText(path);
        var gold = LinkEvaluation.ReadGold(reader, path);
        var score = LinkEvaluation.Score(gold, id => store.Queries.ArticleEntities(id));

        // Six links made, all right ("Clinton" alone is ambiguous: no link, right for the null judgement and
        // a miss for the one that says Hillary Clinton).
        Assert.Equal((8, 6, 7, 6, 0), (score.Mentions, score.Links, score.GoldLinks, score.Correct, score.NotFound));
        Assert.Equal(100, score.Precision);
        Assert.Equal(100.0 * 6 / 7, score.Recall, 6);
        Assert.False(score.Judgements[^1].Correct);
        Assert.True(score.Judgements[1].Correct);
    }

    [Fact]
    public void A_bad_gold_line_names_its_file_and_line()
    {
        using var reader = new StringReader("{\"article\": \"a\", \"mention\": \"Obama\", \"entity\": null}\n{\"mention\": \"x\"}\n");
        var error = Assert.Throws<FormatException>(() => LinkEvaluation.ReadGold(reader, "gold.jsonl"));
        Assert.StartsWith("gold.jsonl:2: expected", error.Message, StringComparison.Ordinal);
    }
}
