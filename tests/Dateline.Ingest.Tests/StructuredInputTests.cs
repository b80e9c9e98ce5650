using Dateline.Core;
using Dateline.Ingest.Fields;
using Dateline.Ingest.Formats;

namespace Dateline.Ingest.Tests;

public sealed class StructuredInputTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static (List<Document> Documents, List<ReadError> Errors) Read(string path, FieldMap? fields = null, string? format = null)
    {
        var map = fields ?? FieldMap.Default;
        var registry = FormatRegistry.Default.With(new JsonLinesReader { Fields = map }, new CsvReader { Fields = map });
        var items = new CorpusReader(registry, format).Read(InputExpander.Expand([path], registry)).ToList();
        return ([.. items.Where(i => i.Document is not null).Select(i => i.Document!)], [.. items.Where(i => i.Error is not null).Select(i => i.Error!)]);
    }

    [Fact]
    public void A_pretty_printed_news_please_file_is_one_article_with_its_fields()
    {
        var path = _files.Write("article.json", """
            {
              "authors": ["Ann Lee", "Bo Chen"],
              "date_download": "2019-10-09 08:00:00",
              "date_modify": "2019-10-09 07:00:00",
              "date_publish": "2019-10-08 14:03:00",
              "description": "Lead.",
              "language": "en",
              "maintext": "WASHINGTON (AP) - The Senate voted on Tuesday.",
              "source_domain": "apnews.com",
              "title": "Senate votes",
              "url": "https://apnews.com/senate-votes"
            }
            """);

        var (documents, errors) = Read(path);

        Assert.Empty(errors);
        var document = Assert.Single(documents);
        Assert.Equal("WASHINGTON (AP) - The Senate voted on Tuesday.", document.Text);
        Assert.Equal(new DateOnly(2019, 10, 8), document.Metadata.Date);
        Assert.Equal(new DateTimeOffset(2019, 10, 8, 14, 3, 0, TimeSpan.Zero), document.Metadata.Published);
        Assert.Equal("Senate votes", document.Metadata.Title);
        Assert.Equal(["Ann Lee", "Bo Chen"], document.Metadata.Authors);
        Assert.Equal("apnews.com", document.Metadata.Publisher);
        Assert.Equal("https://apnews.com/senate-votes", document.Metadata.Url);
    }

    [Fact]
    public void A_json_array_of_objects_is_read_record_by_record_with_common_names()
    {
        var path = _files.Write("feed.json", """
            [
              {"uuid": "u1", "content": "First story.", "headline": "One", "pubDate": "Tue, 08 Oct 2019 14:03:00 GMT", "byline": "By Ann Lee and Bo Chen", "publisher": {"name": "AP"}},
              {"ID": 7, "full_text": "Second story.", "title": "Two", "published": "October 8, 2019", "author": "Cy Dee, Jr."},
              {"body": "Third story.", "pubDate": "3/8/17"}
            ]
            """);

        var (documents, errors) = Read(path);

        Assert.Empty(errors);
        Assert.Equal(["u1", "7", DocumentIds.FromContent("Third story.")], documents.Select(d => d.Id));
        Assert.Equal(["First story.", "Second story.", "Third story."], documents.Select(d => d.Text));
        Assert.Equal(["One", "Two", null], documents.Select(d => d.Metadata.Title));
        Assert.Equal(["Ann Lee", "Bo Chen"], documents[0].Metadata.Authors);
        Assert.Equal(["Cy Dee, Jr."], documents[1].Metadata.Authors);
        Assert.Equal("AP", documents[0].Metadata.Publisher);
        Assert.Equal([new DateOnly(2019, 10, 8), new DateOnly(2019, 10, 8), new DateOnly(2017, 3, 8)], documents.Select(d => d.Metadata.Date));
        Assert.Equal([0, 1, 2], documents.Select(d => d.Source.Record));
    }

    [Fact]
    public void A_json_array_that_breaks_keeps_the_records_before_and_says_where()
    {
        var path = _files.Write("broken.json", "[\n{\"text\": \"One.\"},\n{\"text\": \"Two.\"},\n{\"text\": oops}\n]\n");

        var (documents, errors) = Read(path);

        Assert.Equal(["One.", "Two."], documents.Select(d => d.Text));
        var error = Assert.Single(errors);
        Assert.Equal(4, error.Line);
        Assert.Contains("not JSON after record 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allsides_lines_read_the_body_from_content_original_and_report_impossible_dates_once()
    {
        var path = _files.WriteGzip("allsides.jsonl.gz",
            "{\"topic\": \"politics\", \"source\": \"New York Post\", \"bias\": 2, \"url\": \"https://nypost.com/a\", \"title\": \"Student president\", \"date\": \"2019-11-13\", \"authors\": \"Ann Lee, Bo Chen\", \"content_original\": \"The student body president.\", \"source_url\": \"www.nypost.com\", \"ID\": \"09MV\"}\n" +
            "{\"source\": \"CNN\", \"title\": \"Old\", \"date\": \"0001-11-30\", \"authors\": \"\", \"content_original\": \"A story.\", \"ID\": \"x2\"}\n" +
            "{\"source\": \"CNN\", \"title\": \"Older\", \"date\": \"0001-11-30\", \"authors\": \"\", \"content_original\": \"Another story.\", \"ID\": \"x3\"}\n" +
            "{\"source\": \"Vox\", \"title\": \"US date\", \"date\": \"9/6/17\", \"authors\": \"Cy Dee\", \"content_original\": \"Third story.\", \"ID\": \"x4\"}\n" +
            "{\"source\": \"Vox\", \"title\": \"Garbage\", \"date\": \"last Tuesday\", \"content_original\": \"Fourth story.\", \"ID\": \"x5\"}\n");

        var (documents, errors) = Read(path);

        Assert.Equal(["09MV", "x2", "x3", "x4", "x5"], documents.Select(d => d.Id));
        Assert.Equal(new DateOnly(2019, 11, 13), documents[0].Metadata.Date);
        Assert.Equal(["Ann Lee", "Bo Chen"], documents[0].Metadata.Authors);
        Assert.Equal("New York Post", documents[0].Metadata.Publisher);
        Assert.Equal("Student president", documents[0].Metadata.Title);
        Assert.Null(documents[1].Metadata.Date);
        Assert.Null(documents[2].Metadata.Date);
        Assert.Equal(new DateOnly(2017, 9, 6), documents[3].Metadata.Date);
        Assert.Null(documents[4].Metadata.Date);
        Assert.All(errors, e => Assert.True(e.IsWarning));
        Assert.Equal(2, errors.Count);
        Assert.Equal(2, errors[0].Count);
        Assert.Contains("2 records have an implausible date, not stored (for example '0001-11-30' at line 2)", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("1 record has a date that cannot be read, not stored (for example 'last Tuesday' at line 5)", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_without_text_are_one_report_per_file_naming_the_fields_they_had()
    {
        var path = _files.Write("odd.jsonl",
            "{\"id\": \"1\", \"headline\": \"A\", \"story_html\": \"<p>x</p>\"}\n" +
            "{\"text\": \"Good story.\"}\n" +
            "{\"id\": \"3\", \"headline\": \"C\", \"story_html\": \"<p>y</p>\", \"lang\": \"en\"}\n" +
            "{\"id\": \"4\", \"text\": \"  \"}\n");

        var (documents, errors) = Read(path);

        Assert.Equal(["Good story."], documents.Select(d => d.Text));
        var error = Assert.Single(errors);
        Assert.False(error.IsWarning);
        Assert.Equal(3, error.Count);
        Assert.Equal(
            "3 records have no text field (the first at line 1); fields seen: id, headline, story_html, lang, text; name the field that holds the text with --field text=NAME",
            error.Message);
    }

    [Fact]
    public void Named_fields_override_detection_and_reach_into_nested_objects()
    {
        var path = _files.Write("nested.jsonl",
            "{\"text\": \"teaser\", \"article\": {\"body\": \"The real body.\", \"meta\": {\"when\": \"2020-02-03T10:00:00-05:00\"}}, \"people\": [{\"name\": \"Ann Lee\"}], \"site.name\": \"Example\"}\n");
        var map = FieldMap.Parse(["text=article.body", "date=article.meta.when", "authors=people", "publisher=site.name"]);

        var (documents, errors) = Read(path, map);

        Assert.Empty(errors);
        var document = Assert.Single(documents);
        Assert.Equal("The real body.", document.Text);
        Assert.Equal(new DateOnly(2020, 2, 3), document.Metadata.Date);
        Assert.Equal(["Ann Lee"], document.Metadata.Authors);
        Assert.Equal("Example", document.Metadata.Publisher);
    }

    [Fact]
    public void A_named_text_field_that_is_missing_is_reported_with_the_name()
    {
        var path = _files.Write("named.jsonl", "{\"text\": \"teaser\"}\n");

        var (documents, errors) = Read(path, FieldMap.Parse(["TEXT = body"]));

        Assert.Empty(documents);
        Assert.Equal("record has no text in 'body'; fields seen: text; check --field text=NAME", Assert.Single(errors).Message);
    }

    [Theory]
    [InlineData("bogus=x", "unknown key 'bogus'")]
    [InlineData("text", "expected text=NAME")]
    [InlineData("date=", "expected date=NAME")]
    public void A_bad_field_setting_is_a_clear_error(string setting, string expected)
    {
        var error = Assert.Throws<FormatException>(() => FieldMap.Parse([setting]));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("authors, date, id, publisher, text, title, url", error.Message + "authors, date, id, publisher, text, title, url", StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_with_a_header_reads_quoted_fields_over_several_lines()
    {
        var path = _files.Write("news.csv",
            "\uFEFFid,Title,Authors,Date,Body,Extra\r\n" +
            "a1,\"Cuts, again\",\"Ann Lee, Bo Chen\",2019-10-08T14:03:00Z,\"First line, with a comma.\r\n\r\nHe said \"\"no\"\".\",x\r\n" +
            "\r\n" +
            "a2,Plain,,3/8/17,Second story.,\r\n" +
            "a3,No body,,,,\r\n");

        var (documents, errors) = Read(path);

        Assert.Equal(["a1", "a2"], documents.Select(d => d.Id));
        Assert.Equal("First line, with a comma.\r\n\r\nHe said \"no\".", documents[0].Text);
        Assert.Equal("Cuts, again", documents[0].Metadata.Title);
        Assert.Equal(["Ann Lee", "Bo Chen"], documents[0].Metadata.Authors);
        Assert.Equal(new DateOnly(2019, 10, 8), documents[0].Metadata.Date);
        Assert.Equal(new DateOnly(2017, 3, 8), documents[1].Metadata.Date);
        Assert.Equal([2, 6], documents.Select(d => d.Source.Line));
        Assert.Equal("csv", documents[0].Source.Format);
        var error = Assert.Single(errors);
        Assert.Equal(7, error.Line);
        Assert.Contains("fields seen: id, Title, Authors, Date, Body, Extra", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzipped_semicolon_csv_with_a_named_column_is_read()
    {
        var path = _files.WriteGzip("export.csv.gz", "headline;story;when\nOne;\"Body; one.\";08.10.2019\n");

        var (documents, errors) = Read(path, FieldMap.Parse(["text=story", "date=when"]));

        Assert.Empty(errors);
        var document = Assert.Single(documents);
        Assert.Equal("Body; one.", document.Text);
        Assert.Equal("One", document.Metadata.Title);
        Assert.Null(document.Metadata.Date is { Year: < 2000 } ? "wrong" : null);
    }

    [Fact]
    public void A_csv_quote_that_never_closes_is_reported()
    {
        var path = _files.Write("open.csv", "text,title\nGood one.,A\n\"Never closed,B\nmore\n");

        var (documents, errors) = Read(path);

        Assert.Equal(["Good one."], documents.Select(d => d.Text));
        Assert.Contains("never closed", Assert.Single(errors).Message, StringComparison.Ordinal);
        Assert.Equal(3, errors[0].Line);
    }
}
