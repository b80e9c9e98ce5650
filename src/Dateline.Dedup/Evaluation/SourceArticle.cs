namespace Dateline.Dedup.Evaluation;

/// <summary>A real article the dev-set generator makes copies of.</summary>
/// <param name="Id">Id in its corpus ("reuters-1234", "allsides-09MVLHl0gnJqt42h").</param>
/// <param name="Group">Topic and day: articles of one group are different stories on the same topic and day.</param>
public sealed record SourceArticle(string Id, string Title, string Date, string Outlet, string Group, string? Dateline, IReadOnlyList<string> Paragraphs);
