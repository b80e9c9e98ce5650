namespace Dateline.Search;

/// <summary>One period of a timeline: its label (<c>2017-08-03</c>, week of <c>2017-07-31</c>, <c>2017-08</c>) and counts.</summary>
public sealed record TimelinePoint(string Period, DateOnly Start, int Articles, int Mentions, int Quotes);
