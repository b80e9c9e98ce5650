using Dateline.Ingest.Fields;

namespace Dateline.Ingest.Tests;

public sealed class LooseDateTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2019-10-08", "2019-10-08", null)]
    [InlineData("2019-10-08T14:03:00Z", "2019-10-08", "2019-10-08T14:03:00+00:00")]
    [InlineData("2019-10-08T23:30:00-05:00", "2019-10-08", "2019-10-08T23:30:00-05:00")]
    [InlineData("2019-10-08T14:03:00.000+0000", "2019-10-08", "2019-10-08T14:03:00+00:00")]
    [InlineData("2019-10-08 14:03:00", "2019-10-08", "2019-10-08T14:03:00+00:00")]
    [InlineData("Tue, 08 Oct 2019 14:03:00 GMT", "2019-10-08", "2019-10-08T14:03:00+00:00")]
    [InlineData("Tue, 08 Oct 2019 14:03:00 EDT", "2019-10-08", "2019-10-08T14:03:00-04:00")]
    [InlineData("October 8, 2019", "2019-10-08", null)]
    [InlineData("8 Oct 2019", "2019-10-08", null)]
    [InlineData("Sept. 8, 2019", "2019-09-08", null)]
    [InlineData("Sept 8, 2019", "2019-09-08", null)]
    [InlineData("3/8/17", "2017-03-08", null)]
    [InlineData("9/6/17", "2017-09-06", null)]
    [InlineData("25/12/2018", "2018-12-25", null)]
    [InlineData("12/25/98", "1998-12-25", null)]
    [InlineData("2019/10/08", "2019-10-08", null)]
    [InlineData("1570543380", "2019-10-08", "2019-10-08T14:03:00+00:00")]
    public void Dates_in_the_wild_are_read(string value, string day, string? moment)
    {
        var reading = LooseDate.Read(value, Now);

        Assert.Equal(DateStatus.Read, reading.Status);
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), reading.Date);
        Assert.Equal(moment, reading.Moment?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("last Tuesday")]
    [InlineData("May 5")]
    [InlineData("13/13/2019")]
    [InlineData("2019-02-30")]
    [InlineData("12")]
    public void Garbage_is_unreadable_and_no_year_is_guessed(string value) =>
        Assert.Equal(DateStatus.Unreadable, LooseDate.Read(value, Now).Status);

    [Theory]
    [InlineData("0001-11-30")]
    [InlineData("1799-12-31")]
    [InlineData("2025-06-04")]
    [InlineData("2999-01-01T00:00:00Z")]
    public void Dates_before_1800_or_more_than_two_days_ahead_are_implausible(string value) =>
        Assert.Equal(DateStatus.Implausible, LooseDate.Read(value, Now).Status);

    [Fact]
    public void Two_days_ahead_is_still_plausible_and_empty_is_missing()
    {
        Assert.Equal(DateStatus.Read, LooseDate.Read("2025-06-03", Now).Status);
        Assert.Equal(DateStatus.Missing, LooseDate.Read("  ", Now).Status);
        Assert.Equal(DateStatus.Missing, LooseDate.Read(null, Now).Status);
    }
}
