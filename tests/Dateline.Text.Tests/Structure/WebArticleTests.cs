using Dateline.Text.Structure;

namespace Dateline.Text.Tests.Structure;

public sealed class WebArticleTests
{
    private readonly StructureStage _stage = new();

    [Fact]
    public void Single_newline_web_article_is_read_line_by_line()
    {
        var text = "Stocks slide as tech shares drag\nBy Jane Doe\n3 Min Read\nNEW YORK (Reuters) - U.S. stocks fell on Tuesday as technology shares weighed on the market, with investors nervous ahead of earnings.\nThe S&P 500 lost 1.2 percent.";
        var structure = _stage.Analyze(text);
        Assert.Equal("Stocks slide as tech shares drag", structure.Headline!.Value.GetText(text));
        Assert.Equal(new[] { "Jane Doe" }, structure.Authors.ToArray());
        Assert.Equal("Reuters", structure.Agency);
        Assert.Equal(("New York", "New York", "US"), (structure.Dateline!.Place, structure.Dateline.Region, structure.Dateline.Country));
        Assert.Equal(2, structure.Paragraphs.Length);
        Assert.StartsWith("U.S. stocks fell", structure.Paragraphs[0].GetText(text), StringComparison.Ordinal);
        StructureAssert.SpansAreValid(text, structure);
    }

    [Fact]
    public void Ap_article_with_caption_after_the_headline_is_read()
    {
        var text = "Senate passes budget bill\n\nSenators leave the chamber on Tuesday. (AP Photo/J. Scott Applewhite)\n\nBy MARY CLARE JALONICK and ALAN FRAM\nAssociated Press\n\n"
            + "Aug. 3, 2017 1:33 p.m. EDT\n\nWASHINGTON (AP) — The Senate passed the bill late Tuesday.\n\nThe House votes next.";
        var structure = _stage.Analyze(text);
        Assert.Equal("Senate passes budget bill", structure.Headline!.Value.GetText(text));
        Assert.Single(structure.Captions);
        Assert.Equal(new[] { "Mary Clare Jalonick", "Alan Fram" }, structure.Authors.ToArray());
        Assert.Equal("Associated Press", structure.Agency);
        Assert.Equal(new DateTime(2017, 8, 3, 13, 33, 0), structure.Published);
        Assert.Equal("Washington", structure.Dateline!.Place);
        Assert.Equal(new[] { "The Senate passed the bill late Tuesday.", "The House votes next." }, structure.Paragraphs.Select(p => p.GetText(text)).ToArray());
        StructureAssert.SpansAreValid(text, structure);
    }
}
