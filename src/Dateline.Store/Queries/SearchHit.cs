namespace Dateline.Store.Queries;

/// <summary>
/// One matching article: its store id, document id, date, headline, agency, dateline place, BM25 score
/// (higher is better) and a snippet whose matched terms are given as <see cref="Highlights"/> ranges into
/// <see cref="Snippet"/> (so a terminal and a web page can mark them their own way).
/// </summary>
public sealed record SearchHit(
    long Id,
    string DocId,
    string? Date,
    string? Headline,
    string? Agency,
    string? Place,
    double Score,
    string Snippet,
    IReadOnlyList<HighlightRange> Highlights);
