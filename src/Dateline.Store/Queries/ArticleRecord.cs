namespace Dateline.Store.Queries;

/// <summary>An article as a flat row for export.</summary>
public sealed record ArticleRecord(
    long Id,
    string DocId,
    string? Date,
    string? Published,
    string? Headline,
    string? Authors,
    string? Agency,
    string? Place,
    string? Region,
    string? Country,
    string? Url,
    string SourcePath,
    string SourceFormat,
    int SourceRecord,
    string Text);
