using Dateline.Core.Annotations;
using Dateline.Testing;
using Dateline.Text.Times.Evaluation;

namespace Dateline.Text.Tests.Times;

public sealed class TimeEvaluationTests
{
    private const string Sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
        <TEXT>
        Stocks &amp; bonds <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07" functionInDocument="NONE">yesterday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P5Y" functionInDocument="NONE">five years</TIMEX3> of gains.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void Reader_strips_tags_keeps_gold_spans_and_takes_the_creation_time_as_the_date()
    {
        var document = TimeMlReader.Parse("sample", Sample);
        Assert.Equal(new DateOnly(1998, 1, 8), document.CreationDate);
        Assert.DoesNotContain("<", document.Text, StringComparison.Ordinal);
        Assert.Contains("Stocks & bonds fell", document.Text, StringComparison.Ordinal);
        Assert.Equal(2, document.Gold.Length);
        Assert.Equal("yesterday", document.Gold[0].Span.GetText(document.Text));
        Assert.Equal("five years", document.Gold[1].Span.GetText(document.Text));
        Assert.Equal(TimeType.Duration, document.Gold[1].Type);
    }

    [Fact]
    public void Evaluator_scores_a_perfect_document_at_one_hundred()
    {
        var score = TimeEvaluator.Evaluate([TimeMlReader.Parse("sample", Sample)]);
        Assert.Equal(2, score.Gold);
        Assert.Equal(100, score.StrictF1, 3);
        Assert.Equal(100, score.RelaxedF1, 3);
        Assert.Equal(100, score.ValueF1, 3);
        Assert.Equal(100, score.TypeAccuracy, 3);
    }

    [Fact]
    public void Reader_reports_broken_markup_as_a_format_error() =>
        Assert.Throws<FormatException>(() => TimeMlReader.Parse("bad", "<TimeML><TEXT>no end"));

    [SkippableFact]
    public void TempEval_training_files_score_well_on_spans_and_values()
    {
        var folder = TestPaths.Shared("tempeval3", "Training", "TBAQ-cleaned", "TimeBank");
        Skip.If(folder is null, "needs ../shared/data/tempeval3");
        var files = Directory.GetFiles(folder, "*.tml").Order(StringComparer.Ordinal).Take(20).ToList();
        var score = TimeEvaluator.Evaluate(files.Select(TimeMlReader.Read));
        Assert.Equal(20, score.Documents);
        Assert.True(score.RelaxedF1 > 80, $"relaxed F1 {score.RelaxedF1:F1}");
        Assert.True(score.ValueF1 > 60, $"value F1 {score.ValueF1:F1}");
    }
}
