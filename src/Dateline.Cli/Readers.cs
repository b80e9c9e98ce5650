using Dateline.Html;
using Dateline.Html.Warc;
using Dateline.Ingest;
using Dateline.Ingest.Fields;
using Dateline.Ingest.Formats;

namespace Dateline.Cli;

/// <summary>The input formats the tool reads: text records, JSON (lines, arrays; with an optional <c>html</c> field), CSV, plain text, HTML pages and WARC crawls.</summary>
internal static class Readers
{
    public static FormatRegistry Registry { get; } = Create(FieldMap.Default);

    /// <summary>The readers with the structured formats (JSON, CSV) reading the fields <paramref name="fields"/> names.</summary>
    public static FormatRegistry Create(FieldMap fields) => FormatRegistry.Default.With(
        new WarcReader(),
        new HtmlReader(),
        new JsonLinesReader { HtmlHandler = HtmlDocumentFactory.Default.Create, Fields = fields },
        new CsvReader { Fields = fields });
}
