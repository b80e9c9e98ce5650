using Dateline.Text.Structure;

namespace Dateline.Text.Tests.Structure;

public sealed class ParagraphTests
{
    private readonly StructureStage _stage = new();

    [Fact]
    public void Text_without_front_matter_is_all_body()
    {
        var text = "The city council met on Monday to discuss the budget for next year.\n\nMembers said they would vote next week.";
        var structure = _stage.Analyze(text);
        Assert.Null(structure.Headline);
        Assert.Null(structure.Dateline);
        Assert.Equal(2, structure.Paragraphs.Length);
        StructureAssert.SpansAreValid(text, structure);
    }

    [Fact]
    public void Hard_wrapped_text_without_front_matter_is_joined_into_paragraphs()
    {
        var text = "The city council met on Monday to discuss the\nbudget for next year, officials said.\n\nMembers said they would vote\nnext week.";
        var structure = _stage.Analyze(text);
        Assert.Null(structure.Headline);
        Assert.Equal(2, structure.Paragraphs.Length);
        Assert.Equal("The city council met on Monday to discuss the\nbudget for next year, officials said.", structure.Paragraphs[0].GetText(text));
    }

    [Fact]
    public void Feed_residue_after_the_sign_off_goes_with_the_sign_off()
    {
        var text = "GE SEES DELIVERIES\n    NEW YORK, March 3 - GE said deliveries will start in early 1988.\n Reuter\n&#3;\n";
        var structure = _stage.Analyze(text);
        Assert.Equal("Reuters", structure.Agency);
        Assert.Equal(["GE said deliveries will start in early 1988."], structure.Paragraphs.Select(p => p.GetText(text)));
    }

    [Fact]
    public void A_last_line_of_figures_without_a_sign_off_stays_in_the_body()
    {
        var text = "RESULTS\n    NEW YORK, March 3 - Net profit per share rose to\n12.5\n";
        var structure = _stage.Analyze(text);
        Assert.Contains("12.5", structure.Paragraphs[^1].GetText(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Indented_lines_start_paragraphs_in_wrapped_copy()
    {
        var text = "COCOA REVIEW\n    SALVADOR, Feb 26 - Showers continued throughout the week in\nthe Bahia cocoa zone.\n    The dry period means the temporao will be late.\n    Arrivals for the week were\n155,221 bags.\n Reuter\n";
        var structure = _stage.Analyze(text);
        Assert.Equal("COCOA REVIEW", structure.Headline!.Value.GetText(text));
        Assert.Equal("Salvador", structure.Dateline!.Place);
        Assert.Equal("Reuters", structure.Agency);
        Assert.Equal(
            ["Showers continued throughout the week in\nthe Bahia cocoa zone.", "The dry period means the temporao will be late.", "Arrivals for the week were\n155,221 bags."],
            structure.Paragraphs.Select(p => p.GetText(text)));
        StructureAssert.SpansAreValid(text, structure);
    }

    [Fact]
    public void Long_lines_are_paragraphs_of_their_own()
    {
        var first = "The city council met on Monday to discuss the budget for next year, and members spent most of the evening on schools.";
        var second = "Members said they would vote next week after hearing from residents at two more public meetings in the spring.";
        var text = "Council weighs budget\n" + first + "\n" + second;
        var structure = _stage.Analyze(text);
        Assert.Equal("Council weighs budget", structure.Headline!.Value.GetText(text));
        Assert.Equal([first, second], structure.Paragraphs.Select(p => p.GetText(text)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n \r\n\t\n")]
    [InlineData("Reuter")]
    [InlineData("x")]
    public void Empty_or_tiny_text_does_not_crash(string text)
    {
        var structure = _stage.Analyze(text);
        StructureAssert.SpansAreValid(text, structure);
        Assert.True(structure.Paragraphs.Length <= 1);
    }

    [Fact]
    public void Begin_offset_past_the_end_gives_an_empty_structure()
    {
        var structure = _stage.Analyze("abc", 10);
        Assert.Empty(structure.Paragraphs);
    }
}
