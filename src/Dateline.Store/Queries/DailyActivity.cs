namespace Dateline.Store.Queries;

/// <summary>For one day: articles that mention an entity, its mentions, and quotes it said.</summary>
public readonly record struct DailyActivity(DateOnly Day, int Articles, int Mentions, int Quotes)
{
    /// <summary>
    /// One row per day, in day order, from the per-day mention counts and the per-day quote counts a store
    /// read (days as <c>yyyy-MM-dd</c>); a day missing from one side counts zero there.
    /// </summary>
    internal static IReadOnlyList<DailyActivity> Combine(
        IEnumerable<(string Day, int Articles, int Mentions)> mentions,
        IEnumerable<(string Day, int Quotes)> quotes)
    {
        var days = new SortedDictionary<DateOnly, DailyActivity>();
        foreach (var (day, articles, count) in mentions)
        {
            var key = CorpusRows.ParseDay(day);
            days[key] = new DailyActivity(key, articles, count, 0);
        }

        foreach (var (day, count) in quotes)
        {
            var key = CorpusRows.ParseDay(day);
            days[key] = days.TryGetValue(key, out var existing) ? existing with { Quotes = count } : new DailyActivity(key, 0, 0, count);
        }

        return [.. days.Values];
    }
}
