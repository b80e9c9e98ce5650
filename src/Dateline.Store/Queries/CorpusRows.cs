using System.Data.Common;
using System.Globalization;
using Dateline.Core.Annotations;

namespace Dateline.Store.Queries;

/// <summary>
/// Maps the result rows both store backends share (quotes, entities, times, exported articles, filter hits) from
/// any ADO.NET reader, so SQLite and PostgreSQL differ only in their SQL. Each method documents the column order
/// its query must select.
/// </summary>
internal static class CorpusRows
{
    /// <summary>The text in column <paramref name="i"/>, or null for SQL NULL.</summary>
    public static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>
    /// A quote from: quote id, article id, document id, headline, date, speaker name, entity id, kind, content,
    /// cue text, time.
    /// </summary>
    public static QuoteHit Quote(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetInt64(1),
        r.GetString(2),
        Text(r, 3),
        Text(r, 4),
        Text(r, 5),
        r.IsDBNull(6) ? null : r.GetInt64(6),
        ((QuoteKind)r.GetInt32(7)).ToString().ToLowerInvariant(),
        r.GetString(8),
        Text(r, 9),
        Text(r, 10));

    /// <summary>
    /// A corpus entity from: id, label, name, (forms, read by <paramref name="forms"/>: text and mentions, most first),
    /// article count, mention count, quote count, ambiguous, first date, last date, key.
    /// </summary>
    public static CorpusEntity Entity(DbDataReader r, IReadOnlyList<EntityForm> forms)
    {
        var name = r.GetString(2);
        var nameKey = NameKey.Of(name);
        return new CorpusEntity(
            r.GetInt64(0),
            ((EntityLabel)r.GetInt32(1)).ToString(),
            name,
            [.. forms.Where(f => NameKey.Of(f.Text) != nameKey).Select(f => f.Text)],
            r.GetInt32(4),
            r.GetInt32(5),
            r.GetInt32(6))
        {
            Forms = forms,
            Ambiguous = Convert.ToInt64(r.GetValue(7), CultureInfo.InvariantCulture) != 0,
            First = Text(r, 8),
            Last = Text(r, 9),
            Key = r.GetString(10),
        };
    }

    /// <summary>Forms as a JSON array of [text, mentions] pairs.</summary>
    public static List<EntityForm> Forms(string json) => Linking.EntityForms.FromJson(json);

    /// <summary>A time expression from: article id, index, start, end, type, value, text.</summary>
    public static TimeRecord Time(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetInt32(1),
        r.GetInt32(2),
        r.GetInt32(3),
        ((TimeType)r.GetInt32(4)).ToString().ToUpperInvariant(),
        r.GetString(5),
        r.GetString(6));

    /// <summary>
    /// An exported article from: id, doc id, date, published, headline, authors, agency, place, region, country,
    /// url, source path, source format, source record, text.
    /// </summary>
    public static ArticleRecord Article(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), Text(r, 2), Text(r, 3), Text(r, 4), Text(r, 5), Text(r, 6), Text(r, 7), Text(r, 8), Text(r, 9), Text(r, 10),
        r.GetString(11), r.GetString(12), r.GetInt32(13), r.GetString(14));

    /// <summary>
    /// A search hit without a score or highlights (a filter-only page) from: id, doc id, date, headline, agency,
    /// place, the start of the text.
    /// </summary>
    public static SearchHit UnrankedHit(DbDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), Text(r, 2), Text(r, 3), Text(r, 4), Text(r, 5), 0, Lead(r.GetString(6)), []);

    /// <summary>The start of an article's text on one line, at most 200 characters.</summary>
    public static string Lead(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 200 ? flat : string.Concat(flat.AsSpan(0, 199), "…");
    }

    /// <summary>A stored day (<c>yyyy-MM-dd</c>).</summary>
    public static DateOnly ParseDay(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The stored form of a day (<c>yyyy-MM-dd</c>).</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
