using Dateline.Text.Structure;

namespace Dateline.Text.Tests.Structure;

public sealed class CaptionTests
{
    private readonly StructureStage _stage = new();

    [Theory]
    [InlineData("FILE - In this Aug. 1, 2016 file photo, traffic moves past the theater.")]
    [InlineData("In this Jan. 5, 2017 photo, a man walks past the building in Denver.")]
    [InlineData("Protesters gather outside the court on Monday. (AP Photo/Susan Montoya Bryan)")]
    [InlineData("A trader works on the floor of the exchange. REUTERS/Brendan McDermid")]
    [InlineData("Protesters rally in Washington, D.C., June 28, 2018. (Jonathan Ernst/Reuters)")]
    [InlineData("Image caption The first ban was met by protests")]
    public void Photo_captions_are_recognised(string line)
    {
        Assert.True(CaptionRule.IsCaption(line));
    }

    [Theory]
    [InlineData("In this case, the court ruled against the city.")]
    [InlineData("The file was sent to the photo lab on Monday.")]
    [InlineData("Speeds reached 120 km/h (75 mph) on the highway (Route 9/Exit 4)")]
    public void Ordinary_sentences_are_not_captions(string line)
    {
        Assert.False(CaptionRule.IsCaption(line));
    }

    [Fact]
    public void Caption_inside_the_body_is_set_aside()
    {
        var text = "City council meets\n\nThe council met on Monday to discuss the budget.\n\n"
            + "Council members listen during the meeting. (AP Photo/Jane Doe)\n\nThe vote is set for next week.";
        var structure = _stage.Analyze(text);
        var caption = Assert.Single(structure.Captions);
        Assert.EndsWith("(AP Photo/Jane Doe)", caption.GetText(text), StringComparison.Ordinal);
        Assert.Equal(2, structure.Paragraphs.Length);
        StructureAssert.SpansAreValid(text, structure);
    }

    [Fact]
    public void Repeated_paragraph_is_listed_as_a_duplicate_of_the_first()
    {
        var repeated = "The mayor said the city would appeal the ruling as soon as possible.";
        var text = "Mayor vows appeal\n\n" + repeated + "\n\nThe ruling came on Friday.\n\n" + repeated;
        var structure = _stage.Analyze(text);
        var duplicate = Assert.Single(structure.Duplicates);
        Assert.Equal(structure.Paragraphs[0], duplicate.Of);
        Assert.Equal(2, structure.Paragraphs.Length);
        StructureAssert.SpansAreValid(text, structure);
    }
}
