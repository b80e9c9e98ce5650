namespace Dateline.Html.Evaluation;

/// <summary>Publication date accuracy on the pages of a gold set that give a date.</summary>
public sealed record DateEvaluationReport
{
    public required string Split { get; init; }

    /// <summary>Pages with a gold date.</summary>
    public required int Pages { get; init; }

    /// <summary>Pages whose date is the gold day.</summary>
    public required int Right { get; init; }

    /// <summary>Pages for which no date was found.</summary>
    public required int Missing { get; init; }

    public double Accuracy => Pages == 0 ? 0 : Right / (double)Pages;

    /// <summary>Per source of the date (json-ld, meta, url, article-time, visible, other): pages dated from it and how many of them right.</summary>
    public required IReadOnlyDictionary<string, (int Pages, int Right)> BySource { get; init; }

    /// <summary>Wrong or missing pages: file, gold day, found day (or empty), source.</summary>
    public required IReadOnlyList<(string File, string Gold, string Found, string Source)> Errors { get; init; }
}
