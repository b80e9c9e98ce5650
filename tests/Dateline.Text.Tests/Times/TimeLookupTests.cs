using Dateline.Core;
using Dateline.Text.Times;

namespace Dateline.Text.Tests.Times;

public sealed class TimeLookupTests
{
    private static readonly DateOnly Thursday = new(2017, 8, 3);

    private static TextSpan Cue(string text, string word)
    {
        var start = text.IndexOf(word, StringComparison.Ordinal);
        return new TextSpan(start, start + word.Length);
    }

    [Theory]
    [InlineData("Simonson said Thursday that the demands were unfair.")]
    [InlineData("Simonson said on Thursday that the demands were unfair.")]
    [InlineData("Simonson said, Thursday, that the demands were unfair.")]
    [InlineData("Simonson on Thursday said that the demands were unfair.")]
    public void Quote_takes_the_time_of_its_cue(string text)
    {
        var times = TimeStage.Find(text, Thursday);
        Assert.Equal("2017-08-03", TimeLookup.AdjacentTo(times, Cue(text, "said"), text));
    }

    [Fact]
    public void A_distant_time_or_a_duration_is_not_the_time_of_the_cue()
    {
        const string far = "Simonson said the city has changed a great deal since Thursday.";
        Assert.Null(TimeLookup.AdjacentTo(TimeStage.Find(far, Thursday), Cue(far, "said"), far));
        const string duration = "Simonson said three years of work were lost.";
        Assert.Null(TimeLookup.AdjacentTo(TimeStage.Find(duration, Thursday), Cue(duration, "said"), duration));
        Assert.Null(TimeLookup.AdjacentTo([], Cue(duration, "said"), duration));
    }
}
