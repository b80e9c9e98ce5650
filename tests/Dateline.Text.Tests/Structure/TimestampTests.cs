using Dateline.Text.Structure;

namespace Dateline.Text.Tests.Structure;

public sealed class TimestampTests
{
    [Theory]
    [InlineData("August 03, 2017 1:33 PM", "2017-08-03T13:33:00")]
    [InlineData("Aug. 3, 2017 1:33 p.m. EDT", "2017-08-03T13:33:00")]
    [InlineData("2017-08-03 13:33", "2017-08-03T13:33:00")]
    [InlineData("2017-08-03T13:33:20", "2017-08-03T13:33:20")]
    [InlineData("Updated 1:33 PM EDT Thursday, August 3, 2017", "2017-08-03T13:33:00")]
    [InlineData("Published: 3 August 2017 | 12:05 AM GMT", "2017-08-03T00:05:00")]
    [InlineData("Sept. 14, 2016", "2016-09-14T00:00:00")]
    [InlineData("08/03/2017 9:05 am", "2017-08-03T09:05:00")]
    public void Timestamp_forms_are_read(string line, string expected)
    {
        Assert.True(TimestampParser.TryParse(line, out var value));
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("The vote is on August 3, 2017 at the capitol.")]
    [InlineData("August 3")]
    [InlineData("February 30, 2017")]
    [InlineData("13:33 PM August 3, 2017")]
    public void Other_lines_are_not_timestamps(string line)
    {
        Assert.False(TimestampParser.TryParse(line, out _));
    }

    [Theory]
    [InlineData("6 years ago", true)]
    [InlineData("Updated 5 hours ago", true)]
    [InlineData("He left two years ago", false)]
    public void Relative_times_are_recognised(string line, bool relative)
    {
        Assert.Equal(relative, TimestampParser.IsRelative(line));
    }

    [Fact]
    public void Timestamp_line_in_an_article_sets_published()
    {
        var text = "Headline of the story\nUpdated Aug. 3, 2017 1:33 p.m. EDT\nThe story begins here and runs on for a while.";
        var structure = new StructureStage().Analyze(text);
        Assert.Equal(new DateTime(2017, 8, 3, 13, 33, 0), structure.Published);
        Assert.Equal("Updated Aug. 3, 2017 1:33 p.m. EDT", structure.Timestamp!.Value.GetText(text));
        Assert.Single(structure.Paragraphs);
    }
}
