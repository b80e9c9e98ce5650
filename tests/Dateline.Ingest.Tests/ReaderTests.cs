using System.Text;
using Dateline.Core;
using Dateline.Testing;

namespace Dateline.Ingest.Tests;

public sealed class ReaderTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static (List<Document> Documents, List<ReadError> Errors) ReadAll(params string[] paths) => ReadWithFormat(null, paths);

    private static (List<Document> Documents, List<ReadError> Errors) ReadWithFormat(string? format, params string[] paths)
    {
        var reader = new CorpusReader(FormatRegistry.Default, format);
        var items = reader.Read(InputExpander.Expand(paths, FormatRegistry.Default)).ToList();
        return (items.Where(i => i.Document is not null).Select(i => i.Document!).ToList(), items.Where(i => i.Error is not null).Select(i => i.Error!).ToList());
    }

    [Fact]
    public void The_sample_is_one_record_whose_text_is_the_file_exactly()
    {
        var (documents, errors) = ReadAll(TestPaths.SampleArticle);

        Assert.Empty(errors);
        var document = Assert.Single(documents);
        Assert.Equal(File.ReadAllText(TestPaths.SampleArticle), document.Text);
        Assert.Equal("record", document.Source.Format);
        Assert.Equal(new DateOnly(2017, 8, 3), document.Metadata.Date);
        Assert.Equal("date 2017-08-03", document.GetText(document.Metadata.Header!.Value));
        Assert.StartsWith(" date 2017-08-03 FILE - In this", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_many_records_splits_at_each_header_line()
    {
        var path = _files.Write("many.txt", "date 2020-01-02 First story.\nMore of it.\n\n  date 2020-01-03\nSecond story.\ndate 2020-01-04 Third.");

        var (documents, errors) = ReadAll(path);

        Assert.Empty(errors);
        Assert.Equal(3, documents.Count);
        Assert.Equal("date 2020-01-02 First story.\nMore of it.\n\n", documents[0].Text);
        Assert.Equal("  date 2020-01-03\nSecond story.\n", documents[1].Text);
        Assert.Equal(new DateOnly(2020, 1, 4), documents[2].Metadata.Date);
        Assert.Equal([1, 4, 6], documents.Select(d => d.Source.Line));
        Assert.Equal([0, 1, 2], documents.Select(d => d.Source.Record));
    }

    [Fact]
    public void A_header_without_text_is_reported_and_the_rest_still_read()
    {
        var path = _files.Write("gap.txt", "date 2020-01-02\n\ndate 2020-01-03 Real story.\n");

        var (documents, errors) = ReadAll(path);

        Assert.Single(documents);
        var error = Assert.Single(errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("no text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_read_text_and_metadata_and_report_bad_lines_by_number()
    {
        var path = _files.Write("dump.jsonl",
            "{\"id\":\"a1\",\"text\":\"Story one.\",\"date\":\"2017-08-03\",\"url\":\"http://x/1\",\"title\":\"One\"}\n" +
            "not json at all\n" +
            "{\"id\":\"a3\",\"title\":\"No text\"}\n" +
            "\n" +
            "{\"body\":\"Story four.\",\"date\":\"2017-08-05T10:00:00Z\",\"authors\":[\"Ann Lee\"]}\n");

        var (documents, errors) = ReadAll(path);

        Assert.Equal(2, documents.Count);
        Assert.Equal("a1", documents[0].Id);
        Assert.Equal("One", documents[0].Metadata.Title);
        Assert.Equal(new DateOnly(2017, 8, 3), documents[0].Metadata.Date);
        Assert.Equal("Story four.", documents[1].Text);
        Assert.Equal(["Ann Lee"], documents[1].Metadata.Authors);
        Assert.Equal([2, 3], errors.Select(e => e.Line));
        Assert.Contains("not JSON", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("no text", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_is_one_document_with_a_content_id()
    {
        var path = _files.Write("plain.txt", "Just a story without a header.\n");
        var again = _files.Write("copy.txt", "Just a story without a header.\n");

        var (documents, _) = ReadAll(path, again);

        Assert.Equal(2, documents.Count);
        Assert.Equal("text", documents[0].Source.Format);
        Assert.Equal(documents[0].Id, documents[1].Id);
    }

    [Fact]
    public void Format_option_overrides_detection()
    {
        var path = _files.Write("looks-like-record.txt", "date 2020-01-02 Story.\n");

        var (documents, _) = ReadWithFormat("text", path);

        Assert.Equal("text", Assert.Single(documents).Source.Format);
        Assert.Null(documents[0].Metadata.Date);
    }

    [Fact]
    public void Gzip_files_are_read_as_streams_of_their_inner_format()
    {
        var path = _files.WriteGzip("dump.jsonl.gz", "{\"text\":\"A\"}\n{\"text\":\"B\"}\n");

        var (documents, errors) = ReadAll(path);

        Assert.Empty(errors);
        Assert.Equal(["A", "B"], documents.Select(d => d.Text));
    }

    [Fact]
    public void A_gzip_file_of_several_members_is_read_whole_without_a_false_truncation_report()
    {
        var first = File.ReadAllBytes(_files.WriteGzip("one.gz", "{\"text\":\"A\"}\n"));
        var second = File.ReadAllBytes(_files.WriteGzip("two.gz", "{\"text\":\"B\"}\n{\"text\":\"C\"}\n"));
        var path = _files.WriteBytes("members.jsonl.gz", [.. first, .. second]);

        var (documents, errors) = ReadAll(path);

        Assert.Empty(errors);
        Assert.Equal(["A", "B", "C"], documents.Select(d => d.Text));
    }

    [Fact]
    public void A_truncated_gzip_keeps_the_documents_before_the_break_and_reports_it()
    {
        var content = string.Concat(Enumerable.Range(0, 3000).Select(i => $"{{\"id\":\"d{i}\",\"text\":\"Story number {i} with some words to make it longer.\"}}\n"));
        var full = _files.WriteGzip("full.jsonl.gz", content);
        var length = (int)new FileInfo(full).Length;
        var path = _files.WriteGzip("cut.jsonl.gz", content, truncateTo: length / 2);

        var (documents, errors) = ReadAll(path);

        Assert.True(documents.Count > 100, $"only {documents.Count} documents before the break");
        Assert.True(documents.Count < 3000);
        var error = Assert.Single(errors);
        Assert.Contains("cut.jsonl.gz", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("broken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_line_and_good_lines_are_kept()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"text\":\"good one\"}\n")
            .Concat(new byte[] { (byte)'{', (byte)'"', (byte)'t', (byte)'e', (byte)'x', (byte)'t', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}', (byte)'\n' })
            .Concat(Encoding.UTF8.GetBytes("{\"text\":\"good two\"}\n"))
            .ToArray();
        var path = _files.WriteBytes("bad-utf8.jsonl", bytes);

        var (documents, errors) = ReadAll(path);

        Assert.Equal(["good one", "good two"], documents.Select(d => d.Text));
        var error = Assert.Single(errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("invalid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_empty_and_unreadable_inputs_are_each_one_clear_error()
    {
        var empty = _files.Write("empty.txt", string.Empty);
        var emptyDirectory = Path.Combine(_files.Root, "nothing");
        Directory.CreateDirectory(emptyDirectory);
        File.WriteAllText(Path.Combine(emptyDirectory, "notes.md"), "not an input");

        var (documents, errors) = ReadAll(Path.Combine(_files.Root, "missing.txt"), empty, emptyDirectory);

        Assert.Empty(documents);
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Message.Contains("no such file", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("no readable files", StringComparison.Ordinal));
    }

    [Fact]
    public void Directories_and_globs_expand_to_sorted_known_files()
    {
        _files.Write("corpus/b.jsonl", "{\"text\":\"B\"}\n");
        _files.Write("corpus/a.txt", "date 2020-01-01 A\n");
        _files.Write("corpus/sub/c.jsonl", "{\"text\":\"C\"}\n");
        _files.Write("corpus/readme.md", "ignored");

        var (fromDirectory, _) = ReadAll(Path.Combine(_files.Root, "corpus"));
        var (fromGlob, _) = ReadAll(Path.Combine(_files.Root, "corpus", "**", "*.jsonl"));

        Assert.Equal(3, fromDirectory.Count);
        Assert.Equal(["B", "C"], fromGlob.Select(d => d.Text));
    }
}
