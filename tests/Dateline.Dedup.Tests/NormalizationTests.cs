using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Dedup.Tests;

public sealed class NormalizationTests
{
    [Fact]
    public void Normalize_lower_cases_folds_typographic_quotes_and_dashes_and_collapses_white_space()
    {
        Assert.Equal("\"it's done\" - he said", TextNormalizer.Normalize("  “It’s   DONE”\u00A0— he\n said "));
    }

    [Theory]
    [InlineData("Copyright 2017 The Associated Press. All rights reserved.")]
    [InlineData("© 2019 Reuters. All rights reserved.")]
    [InlineData("Sign up for our daily newsletter here.")]
    [InlineData("Reporting by Jane Doe; Editing by John Smith")]
    [InlineData("By MARY CLARE JALONICK")]
    [InlineData("Associated Press writer Morgan Lee contributed to this report.")]
    public void Boilerplate_lines_are_recognised(string line) => Assert.True(Boilerplate.IsBoilerplate(line));

    [Theory]
    [InlineData("The spending plan increases funding for public schools by nearly 9 percent.")]
    [InlineData("By the time the final gavel fell, several members had not slept in more than 24 hours and the coffee had run out.")]
    public void Story_sentences_are_not_boilerplate(string line) => Assert.False(Boilerplate.IsBoilerplate(line));

    [Theory]
    [InlineData("WASHINGTON (AP) — The Senate voted.", "The Senate voted.")]
    [InlineData("LONDON, Feb 26 - Shares rose.", "Shares rose.")]
    [InlineData("NEW YORK -- Stocks fell.", "Stocks fell.")]
    [InlineData("The Senate voted — narrowly.", "The Senate voted — narrowly.")]
    public void Dateline_prefix_is_found(string paragraph, string rest) =>
        Assert.Equal(rest, paragraph[DatelinePrefix.Length(paragraph)..]);

    [Fact]
    public void Paragraphs_split_on_blank_lines_or_on_line_breaks_when_there_are_none()
    {
        var blank = BodyParagraphs.Split("One\nstill one\n\n  Two\n \nThree");
        Assert.Equal(3, blank.Count);
        var lines = BodyParagraphs.Split("One\nTwo\nThree\n");
        Assert.Equal(3, lines.Count);
    }

    [Fact]
    public void Document_with_structure_uses_its_paragraphs()
    {
        var text = "Headline\n\nFirst paragraph here. Second part\nthird";
        var document = new Document("d", text, new DocumentSource("x", "text", 0, 1))
            .With(Layers.Structure, new ArticleStructure { Paragraphs = [new TextSpan(10, 31)] });
        var paragraphs = BodyParagraphs.Of(document);
        Assert.Single(paragraphs);
        Assert.Equal("First paragraph here.", document.GetText(paragraphs[0]));
    }
}
