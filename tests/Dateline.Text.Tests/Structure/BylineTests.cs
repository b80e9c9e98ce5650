using Dateline.Text.Structure;

namespace Dateline.Text.Tests.Structure;

public sealed class BylineTests
{
    [Theory]
    [InlineData("By RUSSELL CONTRERAS Associated Press", "Russell Contreras", "Associated Press")]
    [InlineData("By Peter Torday, Reuters", "Peter Torday", "Reuters")]
    [InlineData("By Jane Doe and John Roe", "Jane Doe|John Roe", null)]
    [InlineData("By Ann Lee, Bob Stone and Carla Diaz", "Ann Lee|Bob Stone|Carla Diaz", null)]
    [InlineData("By Jane Doe, Associated Press", "Jane Doe", "Associated Press")]
    [InlineData("By MARCY GORDON AP Business Writer", "Marcy Gordon", "Associated Press")]
    [InlineData("By Reuters Staff", "", "Reuters")]
    [InlineData("BY SEAN MCDONALD AND MARY O'BRIEN-SMITH, AFP", "Sean McDonald|Mary O'Brien-Smith", "Agence France-Presse")]
    [InlineData("by Tom Smith, Staff Writer", "Tom Smith", null)]
    [InlineData("By TED d'AFFLISIO, Reuters", "TED d'AFFLISIO", "Reuters")]
    [InlineData("By The Associated Press", "", "Associated Press")]
    [InlineData("By Solange De Santis, Bloomberg News", "Solange De Santis", "Bloomberg")]
    public void Byline_forms_give_authors_and_agency(string line, string authors, string? agency)
    {
        Assert.True(BylineParser.TryParse(line, out var byline));
        Assert.Equal(authors.Split('|', StringSplitOptions.RemoveEmptyEntries), byline.Authors);
        Assert.Equal(agency, byline.Agency);
    }

    [Theory]
    [InlineData("By the time police arrived, the crowd had gone.")]
    [InlineData("Byron Smith said he would run.")]
    [InlineData("By 2020 the plant will close")]
    public void Sentences_starting_with_by_are_not_bylines(string line)
    {
        Assert.False(BylineParser.TryParse(line, out _));
    }

    [Theory]
    [InlineData("RUSSELL CONTRERAS", "Russell Contreras")]
    [InlineData("MCDONALD", "McDonald")]
    [InlineData("O'BRIEN", "O'Brien")]
    [InlineData("WINSTON-SALEM", "Winston-Salem")]
    [InlineData("JOHN SMITH III", "John Smith III")]
    [InlineData("RIO DE JANEIRO", "Rio de Janeiro")]
    [InlineData("Peter McDonald", "Peter McDonald")]
    [InlineData("jane doe", "Jane Doe")]
    public void Names_in_one_case_are_proper_cased(string name, string expected)
    {
        Assert.Equal(expected, NameCasing.Normalize(name));
    }

    [Fact]
    public void Byline_in_an_article_sets_authors_and_agency()
    {
        var text = "Storm hits coast\n\nBy ANN LEE and BOB STONE Associated Press\n\nA storm hit the coast on Monday, officials said.";
        var structure = new StructureStage().Analyze(text);
        Assert.Equal(new[] { "Ann Lee", "Bob Stone" }, structure.Authors.ToArray());
        Assert.Equal("Associated Press", structure.Agency);
        Assert.Equal("Storm hits coast", structure.Headline!.Value.GetText(text));
        StructureAssert.SpansAreValid(text, structure);
    }
}
