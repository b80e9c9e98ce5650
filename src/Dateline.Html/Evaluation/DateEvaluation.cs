using System.Globalization;
using System.Text.Json;
using Dateline.Html.Metadata;

namespace Dateline.Html.Evaluation;

/// <summary>
/// Scores the publication date of pages against trafilatura's evaluation set (<c>evaldata.json</c>, records with
/// a <c>date</c>): a page is right when the day found is the gold day. The records are split in two halves by
/// their position in the file: even positions are the development half (look at its errors, tune on it), odd
/// positions the test half (measure it, do not look).
/// </summary>
public static class DateEvaluation
{
    public const string Dev = "dev";
    public const string Test = "test";
    public const string All = "all";

    public static DateEvaluationReport Run(string directory, string split, HtmlArticleExtractor? extractor = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(split);
        extractor ??= HtmlArticleExtractor.Default;
        var goldFile = Path.Combine(directory, "evaldata.json");
        if (!File.Exists(goldFile))
        {
            throw new InvalidDataException($"{directory}: no evaldata.json (trafilatura's evaluation set)");
        }

        using var gold = JsonDocument.Parse(File.ReadAllBytes(goldFile));
        int pages = 0, right = 0, missing = 0, index = -1;
        var bySource = new Dictionary<string, (int Pages, int Right)>(StringComparer.Ordinal);
        var errors = new List<(string, string, string, string)>();
        foreach (var entry in gold.RootElement.EnumerateObject())
        {
            cancellationToken.ThrowIfCancellationRequested();
            index++;
            if ((split == Dev && index % 2 == 1) || (split == Test && index % 2 == 0))
            {
                continue;
            }

            if (!entry.Value.TryGetProperty("date", out var dateValue) || dateValue.ValueKind != JsonValueKind.String
                || DateText.Parse(dateValue.GetString()) is not { } goldDate || !entry.Value.TryGetProperty("file", out var fileValue) || fileValue.GetString() is not { } file)
            {
                continue;
            }

            pages++;
            var path = new[] { "eval", "cache" }.SelectMany(d => new[] { Path.Combine(directory, d, file + ".gz"), Path.Combine(directory, d, file) }).FirstOrDefault(File.Exists);
            PageMetadata? metadata = null;
            if (path is not null)
            {
                try
                {
                    metadata = extractor.Extract(HtmlEvaluation.ReadPage(path), entry.Name).Metadata;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    metadata = null;
                }
            }

            var found = metadata?.Date ?? (metadata?.Published is { } published ? DateOnly.FromDateTime(published.Date) : null);
            var source = metadata?.DateFrom is { } from ? Name(from) : "none";
            var ok = found == goldDate.Day;
            right += ok ? 1 : 0;
            missing += found is null ? 1 : 0;
            var counts = bySource.GetValueOrDefault(source);
            bySource[source] = (counts.Pages + 1, counts.Right + (ok ? 1 : 0));
            if (!ok)
            {
                errors.Add((file, Day(goldDate.Day), found is { } day ? Day(day) : string.Empty, source));
            }
        }

        return new DateEvaluationReport { Split = split, Pages = pages, Right = right, Missing = missing, BySource = bySource, Errors = errors };
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Name(DateSource source) => source switch
    {
        DateSource.JsonLd => "json-ld",
        DateSource.Meta => "meta",
        DateSource.Url => "url",
        DateSource.ArticleTime => "article-time",
        DateSource.Visible => "visible",
        _ => "other",
    };
}
