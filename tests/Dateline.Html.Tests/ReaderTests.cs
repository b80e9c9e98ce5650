using System.Text;
using Dateline.Core;
using Dateline.Html.Warc;
using Dateline.Ingest;
using Dateline.Ingest.Formats;
using Dateline.Testing;

namespace Dateline.Html.Tests;

public sealed class ReaderTests
{
    private static readonly FormatRegistry Registry = FormatRegistry.Default.With(
        new WarcReader(),
        new HtmlReader(),
        new JsonLinesReader { HtmlHandler = HtmlDocumentFactory.Default.Create });

    [Fact]
    public void An_html_file_is_read_as_one_article()
    {
        var item = Assert.Single(new HtmlReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(ExtractionTests.NewsPage)), "page.html", CancellationToken.None));

        Assert.StartsWith("Council approves river bridge\n\n", item.Document!.Text);
        Assert.Equal("html", item.Document.Source.Format);
    }

    [Fact]
    public void Html_files_are_detected_by_extension_and_by_their_first_bytes()
    {
        Assert.IsType<HtmlReader>(Registry.Detect("a/page.htm", []));
        Assert.IsType<HtmlReader>(Registry.Detect("a/page.html.gz", []));
        Assert.IsType<WarcReader>(Registry.Detect("crawl.warc.gz", []));
        Assert.IsType<HtmlReader>(Registry.Detect("download", "\n<!DOCTYPE html><html>"u8));
        Assert.IsType<WarcReader>(Registry.Detect("download", "WARC/1.0\r\n"u8));
    }

    [Fact]
    public void A_json_lines_record_with_an_html_field_is_extracted_like_a_page()
    {
        var line = System.Text.Json.JsonSerializer.Serialize(new { id = "n1", url = "https://x.example/1", html = ExtractionTests.NewsPage }) + "\n";
        var reader = new JsonLinesReader { HtmlHandler = HtmlDocumentFactory.Default.Create };

        var item = Assert.Single(reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(line)), "pages.jsonl", CancellationToken.None));

        var document = item.Document!;
        Assert.Equal("n1", document.Id);
        Assert.Equal("jsonl+html", document.Source.Format);
        Assert.Equal("https://x.example/1", document.Metadata.Url);
        Assert.StartsWith("Council approves river bridge", document.Text);
        Assert.Contains("<article>", document.Original);
    }

    [Fact]
    public void A_gzipped_html_file_is_read_through_the_corpus_reader()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dateline-{Guid.NewGuid():N}.html.gz");
        using (var file = File.Create(path))
        using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(ExtractionTests.NewsPage));
        }

        try
        {
            var items = new CorpusReader(Registry).Read(InputExpander.Expand([path], Registry)).ToList();

            Assert.Contains("The city council voted", Assert.Single(items).Document!.Text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableFact]
    public void The_iana_capture_with_chunked_encoding_is_read()
    {
        var path = TestPaths.Shared("warc-fixtures", "warcio", "example-iana.org-chunked.warc");
        Skip.If(path is null, "needs ../shared/data/warc-fixtures");

        var items = new WarcReader().Read(File.OpenRead(path), path, CancellationToken.None).ToList();

        var document = Assert.Single(items).Document!;
        Assert.Contains("Internet Assigned Numbers Authority", document.Text + document.Metadata.Title);
        Assert.Equal("http://www.iana.org/", document.Metadata.Url);
    }

    [SkippableFact]
    public void The_clipped_common_crawl_news_record_is_reported_as_cut_short()
    {
        var path = TestPaths.Shared("warc-fixtures", "resiliparse", "clipped.warc.gz");
        Skip.If(path is null, "needs ../shared/data/warc-fixtures");

        var items = new CorpusReader(Registry).Read(InputExpander.Expand([path], Registry)).ToList();

        var error = Assert.Single(items).Error!;
        Assert.Contains("record 0 is cut short", error.Message);
    }

    [SkippableFact]
    public void The_common_crawl_excerpt_yields_its_html_responses()
    {
        var path = TestPaths.Shared("warc-fixtures", "resiliparse", "warcfile.warc.gz");
        Skip.If(path is null, "needs ../shared/data/warc-fixtures");

        var items = new CorpusReader(Registry).Read(InputExpander.Expand([path], Registry)).ToList();

        var documents = items.Where(i => i.Document is not null).Select(i => i.Document!).ToList();
        Assert.True(documents.Count >= 10, $"only {documents.Count} documents");
        Assert.All(documents, d => Assert.StartsWith("http", d.Metadata.Url));
        // Each page has a date: its own, or else the crawl's WARC-Date.
        Assert.All(documents, d => Assert.NotNull(d.Metadata.Date));
    }
}
