using Dateline.Testing;
using Dateline.Text.Structure;
using Dateline.Text.Structure.Evaluation;

namespace Dateline.Text.Tests.Structure;

public sealed class ReutersEvaluationTests
{
    private const string Sgml = """
        <!DOCTYPE lewis SYSTEM "lewis.dtd">
        <REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="1" NEWID="7">
        <DATE>26-FEB-1987 15:01:01.79</DATE>
        <TEXT>&#2;
        <TITLE>OIL &lt;XYZ> TO FORM &amp; FUND UNIT</TITLE>
        <AUTHOR>    By Jane Doe and John Roe, Reuters</AUTHOR>
        <DATELINE>    CLEVELAND, Feb 26 - </DATELINE><BODY>XYZ Oil Co said it plans to form a
        venture to manage its money.
            The venture will be run by XYZ.
         Reuter
        &#3;</BODY></TEXT>
        </REUTERS>
        <REUTERS TOPICS="NO" NEWID="8">
        <TEXT TYPE="BRIEF">&#2;
        ******<TITLE>NO BODY HERE</TITLE>
        &#3;
        </TEXT>
        </REUTERS>
        """;

    [Fact]
    public void Sgml_documents_with_a_body_are_read_and_decoded()
    {
        var document = Assert.Single(ReutersSgml.Parse(Sgml));
        Assert.Equal("7", document.NewId);
        Assert.Equal("OIL <XYZ> TO FORM & FUND UNIT", document.Title);
        Assert.DoesNotContain('\u0003', document.Body);
        Assert.StartsWith("OIL <XYZ> TO FORM & FUND UNIT\nBy Jane Doe and John Roe, Reuters\n    CLEVELAND, Feb 26 - XYZ Oil", document.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rendered_reuters_article_is_structured()
    {
        var document = ReutersSgml.Parse(Sgml)[0];
        var text = document.Render();
        var structure = new StructureStage().Analyze(text);
        Assert.Equal("OIL <XYZ> TO FORM & FUND UNIT", structure.Headline!.Value.GetText(text));
        Assert.Equal(new[] { "Jane Doe", "John Roe" }, structure.Authors.ToArray());
        Assert.Equal("Reuters", structure.Agency);
        Assert.Equal(("Cleveland", "Ohio", "US"), (structure.Dateline!.Place, structure.Dateline.Region, structure.Dateline.Country));
        Assert.Equal(2, structure.Paragraphs.Length);
        Assert.Equal("The venture will be run by XYZ.", structure.Paragraphs[1].GetText(text));
        StructureAssert.SpansAreValid(text, structure);
    }

    [Fact]
    public void Evaluator_scores_every_field_of_the_sample_document()
    {
        var evaluator = new StructureEvaluator();
        evaluator.Add(ReutersSgml.Parse(Sgml)[0]);
        var scores = evaluator.Scores;
        Assert.Equal(1, scores.Documents);
        Assert.Equal(new FieldScore(1, 1), scores.Headline);
        Assert.Equal(new FieldScore(1, 1), scores.DatelinePlace);
        Assert.Equal(new FieldScore(1, 1), scores.Authors);
        Assert.Equal(new FieldScore(1, 1), scores.Agency);
    }

    [Theory]
    [InlineData("    TOKYO, March 3 - ", "TOKYO")]
    [InlineData("    WASHINGTON - ", "WASHINGTON")]
    [InlineData(" APRIL 7  - ", null)]
    [InlineData(" MAR8  --     --", null)]
    public void Gold_place_is_the_place_part_of_the_dateline(string dateline, string? place)
    {
        Assert.Equal(place, StructureEvaluator.GoldPlace(dateline));
    }

    [SkippableFact]
    public void Reuters_file_meets_the_headline_and_dateline_targets()
    {
        var path = TestPaths.Shared("reuters-21578", "reut2-000.sgm.gz");
        Skip.If(path is null, "needs ../shared/data/reuters-21578");
        var evaluator = new StructureEvaluator();
        foreach (var document in ReutersSgml.ReadFile(path!))
        {
            evaluator.Add(document);
        }

        var scores = evaluator.Scores;
        Assert.True(scores.Documents > 500);
        Assert.True(scores.Headline.Accuracy >= 98, $"headline accuracy {scores.Headline.Accuracy:F2}%");
        Assert.True(scores.DatelinePlace.Accuracy >= 97, $"dateline place accuracy {scores.DatelinePlace.Accuracy:F2}%");
    }
}
