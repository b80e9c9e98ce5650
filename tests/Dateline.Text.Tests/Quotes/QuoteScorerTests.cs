using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Text.Quotes.Evaluation;

namespace Dateline.Text.Tests.Quotes;

public sealed class QuoteScorerTests
{
    [Fact]
    public void Overlap_is_shared_characters_over_the_longer_span()
    {
        Assert.Equal(0.5, QuoteScorer.Overlap(new TextSpan(0, 10), new TextSpan(5, 15)));
        Assert.Equal(0, QuoteScorer.Overlap(new TextSpan(0, 10), new TextSpan(10, 15)));
    }

    [Fact]
    public void Matched_quote_with_the_right_speaker_name_scores_full_marks()
    {
        const string text = "\"We won,\" Ann Cole said. Weather was fine.";
        var gold = new GoldArticle("a", text, null, [new GoldQuote(new TextSpan(0, 9), null, "ann cole")]);
        var scorer = new QuoteScorer();
        scorer.Add(gold, [new PredictedQuote(new TextSpan(0, 9), new TextSpan(10, 18), "Ann Cole"), new PredictedQuote(new TextSpan(25, 41), null, null)]);
        var result = scorer.Result();
        Assert.Equal(50, result.All.Overlap03.Precision);
        Assert.Equal(100, result.All.Overlap03.Recall);
        Assert.Equal(100, result.All.Overlap03.SpeakerAccuracy);
        Assert.Equal(100, result.Quoted.Overlap08.Precision);
    }

    [Fact]
    public void Name_accuracy_judges_the_resolved_name_even_when_the_pronoun_span_matches()
    {
        const string text = "Ann Cole left. \"We won,\" she said. \"We lost,\" she said.";
        var gold = new GoldArticle("n", text, null,
        [
            new GoldQuote(new TextSpan(16, 23), new TextSpan(25, 28), "Ann Cole"),
            new GoldQuote(new TextSpan(36, 44), new TextSpan(46, 49), "Ann Cole"),
        ]);
        var scorer = new QuoteScorer(recordErrors: true);
        scorer.Add(gold, [new PredictedQuote(new TextSpan(16, 23), new TextSpan(25, 28), "Ann Cole"), new PredictedQuote(new TextSpan(36, 44), new TextSpan(46, 49), "Bea Lund")]);
        var result = scorer.Result();
        Assert.Equal(100, result.All.Overlap03.SpeakerAccuracy);
        Assert.Equal(50, result.All.Overlap03.NameAccuracy);
        var wrong = Assert.Single(result.Errors, e => e.Kind == QuoteErrorKind.WrongName);
        Assert.Equal(("Ann Cole", "Bea Lund"), (wrong.GoldSpeaker, wrong.PredictedSpeaker));
    }

    [Fact]
    public void Scorer_that_records_errors_lists_missed_false_and_wrong_speaker_quotes_with_their_text()
    {
        const string text = "Ann said it rained. Bob said it snowed. Cal thinks so.";
        var gold = new GoldArticle("d", text, null,
        [
            new GoldQuote(new TextSpan(9, 18), new TextSpan(0, 3), null, new TextSpan(4, 8)),
            new GoldQuote(new TextSpan(29, 38), new TextSpan(20, 23), null, new TextSpan(24, 28)),
        ]);
        var scorer = new QuoteScorer(recordErrors: true);
        scorer.Add(gold, [new PredictedQuote(new TextSpan(9, 18), new TextSpan(20, 23), "Bob"), new PredictedQuote(new TextSpan(51, 54), null, null)]);
        var errors = scorer.Result().Errors;
        Assert.Equal(3, errors.Length);
        var wrong = Assert.Single(errors, e => e.Kind == QuoteErrorKind.WrongSpeaker);
        Assert.Equal(("it rained", "Ann", "Bob", "said"), (wrong.Text, wrong.GoldSpeaker, wrong.PredictedSpeaker, wrong.Cue));
        Assert.Equal("it snowed", Assert.Single(errors, e => e.Kind == QuoteErrorKind.Missed).Text);
        Assert.Equal("so.", Assert.Single(errors, e => e.Kind == QuoteErrorKind.False).Text);
        Assert.Empty(new QuoteScorer().Result().Errors);
    }

    [Fact]
    public void Brat_reader_joins_source_cue_and_content_and_uses_one_annotator()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "text"));
            Directory.CreateDirectory(Path.Combine(folder.FullName, "attributions"));
            File.WriteAllText(Path.Combine(folder.FullName, "text", "art.txt"), "Ann said the vote was fair.");
            File.WriteAllText(Path.Combine(folder.FullName, "attributions", "art_a1.ann"),
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\nT1\tSource 0 3\tAnn\nT2\tCue 4 8\tsaid\nT3\tContent 9 26\tthe vote was fair\nT4\tAttribution 4 8\tsaid\n");
            File.WriteAllText(Path.Combine(folder.FullName, "attributions", "art_b2.ann"), "T1\tContent 0 3\tAnn\nE1\tAttribution:T1 Content:T1\n");
            var article = Assert.Single(BratAttributionReader.Read(folder.FullName));
            var quote = Assert.Single(article.Quotes);
            Assert.Equal(new TextSpan(9, 26), quote.Content);
            Assert.Equal(new TextSpan(0, 3), quote.Source);
            Assert.Equal(new TextSpan(4, 8), quote.Cue);
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public void Json_lines_reader_rejects_a_quote_outside_the_text_with_file_and_line()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "{\"id\":\"a\",\"text\":\"short\",\"quotes\":[{\"start\":0,\"end\":99,\"speaker\":\"X\"}]}\n");
            var error = Assert.Throws<GoldFormatException>(() => JsonLinesGoldReader.Read(file).ToList());
            Assert.Contains(":1:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Json_lines_reader_reads_quotes_and_speakers()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "{\"id\":\"a\",\"text\":\"Ann said hi.\",\"date\":\"2020-01-02\",\"quotes\":[{\"start\":9,\"end\":11,\"speaker\":\"Ann Lee\",\"speakerStart\":0,\"speakerEnd\":3}]}\n");
            var article = Assert.Single(JsonLinesGoldReader.Read(file));
            Assert.Equal(new DateOnly(2020, 1, 2), article.Date);
            Assert.Equal("Ann Lee", Assert.Single(article.Quotes).Speaker);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [SkippableFact]
    public void PolNeAR_dev_reads_every_article_with_attributions()
    {
        var dev = Dateline.Testing.TestPaths.Shared("polnear", "dev");
        Skip.If(dev is null, "needs ../shared/data/polnear");
        var articles = BratAttributionReader.Read(dev).ToList();
        Assert.Equal(84, articles.Count);
        Assert.True(articles.Sum(a => a.Quotes.Length) > 2000);
    }
}
