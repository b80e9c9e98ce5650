using System.Globalization;
using Dateline.Store.Queries;

namespace Dateline.Search;

/// <summary>Buckets an entity's daily activity into days, ISO weeks (starting Monday) or months, filling empty periods.</summary>
public static class TimelineBuilder
{
    /// <summary>At most this many periods are filled in between the first and last active ones.</summary>
    public const int MaxPeriods = 5000;

    public static Timeline Build(ICorpusQueries queries, string name, TimelineBucket by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var entities = queries.FindEntities(name, cancellationToken);
        var activity = queries.Activity(name, cancellationToken);
        return new Timeline(name, by.ToString().ToLowerInvariant(), entities, Bucket(activity, by));
    }

    public static IReadOnlyList<TimelinePoint> Bucket(IReadOnlyList<DailyActivity> days, TimelineBucket by)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 0)
        {
            return [];
        }

        var sums = new SortedDictionary<DateOnly, (int Articles, int Mentions, int Quotes)>();
        foreach (var day in days)
        {
            var start = Start(day.Day, by);
            var (a, m, q) = sums.GetValueOrDefault(start);
            sums[start] = (a + day.Articles, m + day.Mentions, q + day.Quotes);
        }

        var points = new List<TimelinePoint>();
        var first = sums.Keys.First();
        var last = sums.Keys.Last();
        for (var period = first; period <= last && points.Count < MaxPeriods; period = Next(period, by))
        {
            var (a, m, q) = sums.GetValueOrDefault(period);
            points.Add(new TimelinePoint(Label(period, by), period, a, m, q));
        }

        return points;
    }

    private static DateOnly Start(DateOnly day, TimelineBucket by) => by switch
    {
        TimelineBucket.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        TimelineBucket.Month => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };

    private static DateOnly Next(DateOnly start, TimelineBucket by) => by switch
    {
        TimelineBucket.Week => start.AddDays(7),
        TimelineBucket.Month => start.AddMonths(1),
        _ => start.AddDays(1),
    };

    private static string Label(DateOnly start, TimelineBucket by) => by switch
    {
        TimelineBucket.Week => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(start.ToDateTime(TimeOnly.MinValue)):00}"),
        TimelineBucket.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
