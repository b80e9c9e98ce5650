using System.Globalization;
using Dateline.Core;

namespace Dateline.Ingest.Fields;

/// <summary>
/// Turns the records of one structured file (JSON, CSV) into documents and gathers the problems they share, so a
/// file of a thousand records without text is one report, not a thousand: records without text are counted with
/// the fields they had; dates that cannot be read or cannot be right (<see cref="LooseDate"/>) are counted and
/// not stored, so the article's own timestamp, if it has one, dates it.
/// </summary>
internal sealed class RecordAssembler
{
    private const int MaxFieldsShown = 24;

    private readonly string _path;
    private readonly string _format;
    private readonly FieldMap _fields;
    private readonly DateTimeOffset _now;
    private readonly Func<string, string, DocumentSource, DocumentMetadata, Document?>? _htmlHandler;
    private readonly List<string> _fieldsSeen = [];
    private int _noText;
    private int _noTextLine;
    private string? _noTextWhere;
    private int _implausible;
    private string? _implausibleExample;
    private int _unreadable;
    private string? _unreadableExample;

    public RecordAssembler(string path, string format, FieldMap fields, DateTimeOffset now, Func<string, string, DocumentSource, DocumentMetadata, Document?>? htmlHandler = null)
    {
        _path = path;
        _format = format;
        _fields = fields;
        _now = now;
        _htmlHandler = htmlHandler;
    }

    /// <summary>Which fields hold what.</summary>
    public FieldMap Fields => _fields;

    /// <summary>The document of one record, an error, or <c>null</c> when the record has no text (counted for <see cref="Finish"/>).</summary>
    /// <param name="values">What the record gave.</param>
    /// <param name="record">Zero-based record index in the file.</param>
    /// <param name="line">One-based line where the record starts, or 0 when unknown.</param>
    /// <param name="fieldsSeen">The record's field names, asked for only when it has no text.</param>
    public ReadItem? Build(RecordValues values, int record, int line, Func<IEnumerable<string>> fieldsSeen)
    {
        var where = line > 0 ? $"line {line.ToString(CultureInfo.InvariantCulture)}" : $"record {(record + 1).ToString(CultureInfo.InvariantCulture)}";
        var metadata = Metadata(values, where);
        var source = new DocumentSource(_path, _format, record, line);
        if (values.Html is { Length: > 0 } html && _htmlHandler is not null)
        {
            var fromHtml = _htmlHandler(values.Id ?? DocumentIds.FromContent(html), html, source with { Format = _format + "+html" }, metadata);
            return fromHtml is null
                ? ReadItem.Failed(_path, line, $"{(line > 0 ? string.Empty : where + ": ")}no article text could be extracted from the html field")
                : ReadItem.Of(fromHtml);
        }

        if (string.IsNullOrWhiteSpace(values.Text))
        {
            _noText++;
            if (_noText == 1)
            {
                _noTextLine = line;
                _noTextWhere = where;
            }

            if (_fieldsSeen.Count <= MaxFieldsShown)
            {
                foreach (var name in fieldsSeen())
                {
                    if (!_fieldsSeen.Contains(name, StringComparer.Ordinal))
                    {
                        _fieldsSeen.Add(name);
                    }
                }
            }

            return null;
        }

        var text = values.Text;
        return ReadItem.Of(new Document(string.IsNullOrWhiteSpace(values.Id) ? DocumentIds.FromContent(text) : values.Id.Trim(), text, source, metadata));
    }

    /// <summary>The file's shared problems: records without text (an error naming the fields seen), and dates not stored (warnings).</summary>
    public IEnumerable<ReadItem> Finish()
    {
        if (_noText > 0)
        {
            var fields = _fieldsSeen.Count == 0 ? "none" : string.Join(", ", _fieldsSeen.Take(MaxFieldsShown).Select(Shorten)) + (_fieldsSeen.Count > MaxFieldsShown ? ", ..." : string.Empty);
            var expected = _fields.Overrides.TryGetValue(RecordField.Text, out var named)
                ? $"no text in '{named}'"
                : "no text field";
            var hint = _fields.Overrides.ContainsKey(RecordField.Text)
                ? "check --field text=NAME"
                : "name the field that holds the text with --field text=NAME";
            var message = _noText == 1
                ? $"{(_noTextLine > 0 ? "record" : _noTextWhere)} has {expected}; fields seen: {fields}; {hint}"
                : string.Create(CultureInfo.InvariantCulture, $"{_noText:N0} records have {expected} (the first at {_noTextWhere}); fields seen: {fields}; {hint}");
            yield return ReadItem.Failed(new ReadError(_path, _noText == 1 ? _noTextLine : 0, message) { Count = _noText });
        }

        if (_implausible > 0)
        {
            yield return ReadItem.Failed(new ReadError(_path, 0, string.Create(CultureInfo.InvariantCulture,
                $"{Records(_implausible)} an implausible date, not stored (for example {_implausibleExample}); a publication date before {LooseDate.EarliestYear} or more than 2 days ahead is ignored and the article's own timestamp used if it has one"))
            { IsWarning = true, Count = _implausible });
        }

        if (_unreadable > 0)
        {
            yield return ReadItem.Failed(new ReadError(_path, 0, string.Create(CultureInfo.InvariantCulture,
                $"{Records(_unreadable)} a date that cannot be read, not stored (for example {_unreadableExample})"))
            { IsWarning = true, Count = _unreadable });
        }
    }

    private static string Records(int count) =>
        count == 1 ? "1 record has" : string.Create(CultureInfo.InvariantCulture, $"{count:N0} records have");

    private DocumentMetadata Metadata(RecordValues values, string where)
    {
        var reading = values.DateNumber is { } number
            ? LooseDate.FromUnixTime(number, _now)
            : LooseDate.Read(values.Date, _now);
        var raw = values.DateNumber?.ToString(CultureInfo.InvariantCulture) ?? values.Date?.Trim();
        switch (reading.Status)
        {
            case DateStatus.Implausible:
                _implausible++;
                _implausibleExample ??= $"'{Shorten(raw)}' at {where}";
                break;
            case DateStatus.Unreadable:
                _unreadable++;
                _unreadableExample ??= $"'{Shorten(raw)}' at {where}";
                break;
        }

        var usable = reading.Status == DateStatus.Read;
        return DocumentMetadata.Empty with
        {
            Date = usable ? reading.Date : null,
            Published = usable ? reading.Moment : null,
            Url = Blank(values.Url),
            Title = Blank(values.Title),
            Authors = values.Authors.Count == 0 ? [] : [.. values.Authors],
            Publisher = Blank(values.Publisher),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A value quoted in a message: at most 40 characters, on one line (a damaged CSV header can hold line breaks).</summary>
    private static string Shorten(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var line = string.Create(Math.Min(value.Length, 40), value, (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
        return value.Length <= 40 ? line : line + "...";
    }
}
