namespace Dateline.Store.Queries;

/// <summary>For one day: articles that mention an entity, its mentions, and quotes it said.</summary>
public readonly record struct DailyActivity(DateOnly Day, int Articles, int Mentions, int Quotes);
