using Dateline.Html;
using Dateline.Html.Warc;
using Dateline.Ingest;
using Dateline.Ingest.Formats;

namespace Dateline.Cli;

/// <summary>The input formats the tool reads: text records, JSON Lines (with an optional <c>html</c> field), plain text, HTML pages and WARC crawls.</summary>
internal static class Readers
{
    public static FormatRegistry Registry { get; } = FormatRegistry.Default.With(
        new WarcReader(),
        new HtmlReader(),
        new JsonLinesReader { HtmlHandler = HtmlDocumentFactory.Default.Create });
}
