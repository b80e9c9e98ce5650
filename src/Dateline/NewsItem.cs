namespace Dateline;

/// <summary>
/// One article to analyse with <see cref="NewsAnalyzer.AnalyzeMany(IEnumerable{NewsItem}, int?, CancellationToken)"/>:
/// its text and what its container knows about it.
/// </summary>
/// <param name="Text">The article text. Every offset of the result points into it (UTF-16 code units).</param>
/// <param name="Date">The publication date, when known; relative times ("on Tuesday") are resolved against it.</param>
/// <param name="Url">The article's address, when known.</param>
/// <param name="Title">The title given by the container (a feed or a JSON field), when known.</param>
/// <param name="Id">A stable identifier; when <c>null</c> one is derived from the text (the same text, the same id).</param>
public sealed record NewsItem(string Text, DateOnly? Date = null, string? Url = null, string? Title = null, string? Id = null);
