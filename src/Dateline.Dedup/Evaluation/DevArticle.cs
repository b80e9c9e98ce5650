namespace Dateline.Dedup.Evaluation;

/// <summary>An article of the generated dev corpus, with how it was made from its source.</summary>
public sealed record DevArticle(string Id, string Title, string Date, string Outlet, string Text, string SourceId, double Keep, string Edits);
