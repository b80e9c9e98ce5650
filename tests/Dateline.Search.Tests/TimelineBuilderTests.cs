using Dateline.Store.Queries;

namespace Dateline.Search.Tests;

public sealed class TimelineBuilderTests
{
    private static readonly DailyActivity[] Days =
    [
        new(new DateOnly(2017, 8, 3), 1, 4, 2),
        new(new DateOnly(2017, 8, 6), 1, 1, 0),
        new(new DateOnly(2017, 8, 7), 2, 3, 1),
        new(new DateOnly(2017, 10, 1), 1, 2, 0),
    ];

    [Fact]
    public void Weeks_start_on_monday_and_empty_weeks_between_are_filled_with_zeros()
    {
        var points = TimelineBuilder.Bucket(Days, TimelineBucket.Week);
        Assert.Equal(new DateOnly(2017, 7, 31), points[0].Start);
        Assert.Equal("2017-W31", points[0].Period);
        Assert.Equal((2, 5, 2), (points[0].Articles, points[0].Mentions, points[0].Quotes));
        Assert.Equal((2, 3, 1), (points[1].Articles, points[1].Mentions, points[1].Quotes));
        Assert.Equal(new DateOnly(2017, 9, 25), points[^1].Start);
        Assert.All(points.Skip(2).SkipLast(1), p => Assert.Equal(0, p.Mentions));
        Assert.Equal(9, points.Count);
    }

    [Fact]
    public void Months_sum_their_days_and_include_empty_months()
    {
        var points = TimelineBuilder.Bucket(Days, TimelineBucket.Month);
        Assert.Equal(["2017-08", "2017-09", "2017-10"], points.Select(p => p.Period));
        Assert.Equal([8, 0, 2], points.Select(p => p.Mentions));
        Assert.Equal([3, 0, 0], points.Select(p => p.Quotes));
    }

    [Fact]
    public void No_activity_gives_no_points()
    {
        Assert.Empty(TimelineBuilder.Bucket([], TimelineBucket.Day));
    }
}
