using Dateline.Html.Evaluation;
using Dateline.Testing;

namespace Dateline.Html.Tests;

public sealed class EvaluationTests
{
    [Fact]
    public void Shingle_matching_counts_four_token_shingles_as_multisets_normalized_per_page()
    {
        // gold: a b c d e -> shingles abcd, bcde; predicted: a b c d x -> abcd, bcdx.
        var (tp, fp, fn) = ShingleScorer.Match("a b c d e", "a b c d x");

        Assert.Equal(1.0 / 3, tp, 9);
        Assert.Equal(1.0 / 3, fp, 9);
        Assert.Equal(1.0 / 3, fn, 9);
    }

    [Fact]
    public void A_text_shorter_than_a_shingle_is_one_shingle_and_empty_texts_score_as_the_benchmark_does()
    {
        Assert.Equal((1.0, 0.0, 0.0), ShingleScorer.Match("two words", "two, words!"));
        var (tp, fp, fn) = ShingleScorer.Match("some gold text here", string.Empty);
        Assert.Equal((0.0, 0.0, 1.0), (tp, fp, fn));
        Assert.Equal(0, ShingleScorer.Precision(tp, fp, fn));
        Assert.Equal(0, ShingleScorer.Recall(tp, fp, fn));
        Assert.Equal(1, ShingleScorer.Precision(0, 0, 0));
    }

    [Fact]
    public void Tokens_are_runs_of_letters_digits_and_underscores()
    {
        Assert.Equal(["Grüße", "an", "die", "Welt_2", "x"], ShingleScorer.Tokens("Grüße an die Welt_2! -x-"));
    }

    [Fact]
    public void A_zyte_layout_folder_is_detected_and_scored()
    {
        var folder = Directory.CreateTempSubdirectory("dateline-zyte-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "html"));
            File.WriteAllText(Path.Combine(folder.FullName, "html", "p1.html"), ExtractionTests.NewsPage);
            var body = "The city council voted on Tuesday to build a new bridge across the Green River, ending a debate that has lasted for more than a decade.";
            File.WriteAllText(Path.Combine(folder.FullName, "ground-truth.json"), System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object> { ["p1"] = new { articleBody = body } }));

            Assert.Equal(HtmlEvaluation.Zyte, HtmlEvaluation.DetectLayout(folder.FullName));
            var report = HtmlEvaluation.Run(folder.FullName, new DatelineTextExtractor());

            Assert.Equal(1, report.Pages);
            Assert.Equal(1.0, report.Recall, 6);
            Assert.True(report.Precision is > 0.2 and < 0.6, $"precision {report.Precision}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public void Extraction_on_the_first_trafilatura_pages_finds_most_gold_segments()
    {
        var folder = TestPaths.Shared("trafilatura-eval");
        Skip.If(folder is null, "needs ../shared/data/trafilatura-eval");

        var report = HtmlEvaluation.Run(folder, new DatelineTextExtractor(), limit: 60);

        Assert.Equal(60, report.Pages);
        Assert.True(report.F1 > 0.8, $"F1 {report.F1:F3}");
    }
}
