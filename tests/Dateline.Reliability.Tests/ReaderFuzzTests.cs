using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CsCheck;
using Dateline.Html;
using Dateline.Html.Warc;
using Dateline.Ingest;
using Dateline.Ingest.Formats;

namespace Dateline.Reliability.Tests;

/// <summary>
/// Every reader (text records, JSON Lines, CSV, HTML, WARC, plain text, and each gzipped) over mutated valid
/// files, through the same <see cref="CorpusReader"/> the CLI uses: reading always ends, within a time limit,
/// without an exception; problems are one-line messages; good documents beside a bad one are all kept.
/// </summary>
public sealed class ReaderFuzzTests : IDisposable
{
    private static readonly FormatRegistry Registry = FormatRegistry.Default.With(
        new WarcReader(), new HtmlReader(), new JsonLinesReader { HtmlHandler = HtmlDocumentFactory.Default.Create }, new CsvReader());

    private readonly string _folder = TempFolder.Create();

    public void Dispose() => TempFolder.Delete(_folder);

    public static TheoryData<string> Formats => new() { ".rec", ".jsonl", ".csv", ".html", ".warc", ".txt" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Mutated_files_of_each_format_are_read_to_the_end_without_an_exception(string extension)
    {
        var seeds = Seeds(extension);
        Fuzz.Check(Fuzz.Mutations(seeds), extension == ".html" ? 200 : 400, bytes => ReadAll(extension, bytes));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Gzipped_files_whole_or_damaged_are_read_to_the_end_without_an_exception(string extension)
    {
        var seeds = Seeds(extension).Select(Gzip).ToArray();
        var gen = Gen.Select(Fuzz.Mutations(Seeds(extension)), Fuzz.Mutations(seeds), Gen.Bool, (inner, damaged, whole) => whole ? Gzip(inner) : damaged);
        Fuzz.Check(gen, 150, bytes => ReadAll(extension + ".gz", bytes));
    }

    [Fact]
    public void Random_bytes_under_any_name_are_read_without_an_exception()
    {
        var gen = Gen.Select(Gen.Byte.Array[0, 4096], Gen.OneOf(".rec", ".jsonl", ".json", ".csv", ".html", ".warc", ".txt", ".gz", ".warc.gz", ".bin"));
        Fuzz.Check(gen, 400, input => ReadAll(input.Item2, input.Item1));
    }

    [Fact]
    public void A_damaged_json_line_among_good_ones_costs_only_itself()
    {
        var good = Enumerable.Range(0, 6).Select(i => SyntheticNews.Line(i)).ToArray();
        var bad = Fuzz.TextMutations(good[0]).Where(line => !line.Contains('\n') && !line.Contains('\r'));
        Fuzz.Check(Gen.Select(bad, Gen.Int[0, good.Length]), 300, input =>
        {
            var lines = good.ToList();
            lines.Insert(input.Item2, input.Item1);
            AssertKept(".jsonl", string.Join('\n', lines), good.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!));
        });
    }

    [Fact]
    public void A_json_line_whose_string_holds_an_unpaired_surrogate_escape_is_reported_and_the_others_kept()
    {
        var good = SyntheticNews.Line(1);
        var bad = "{\"id\":\"bad\",\"text\":\"Officials met on Tuesday to review the f\\ud800igures.\"}";
        var path = Path.Combine(_folder, "surrogate.jsonl");
        File.WriteAllText(path, bad + "\n" + good + "\n");
        var items = new CorpusReader(Registry).Read(new InputFile(path, new FileInfo(path).Length)).ToList();
        var error = Assert.Single(items, i => i.Error is not null).Error!;
        Assert.Equal(1, error.Line);
        Assert.Contains("not valid text", error.Message, StringComparison.Ordinal);
        Assert.Single(items, i => i.Document?.Id == "syn-1-0000001");
    }

    [Theory]
    [InlineData("[{\"id\":\"bad\",\"text\":\"x\"}")]
    [InlineData("{\"id\":\"bad\",\"text\":\"cut sho")]
    [InlineData("[\"id\":\"bad\",\"text\":\"x\"}")]
    public void A_json_lines_file_whose_first_line_is_damaged_keeps_the_other_lines(string first)
    {
        var good = Enumerable.Range(1, 3).Select(i => SyntheticNews.Line(i)).ToArray();
        var path = Path.Combine(_folder, "stray.jsonl");
        File.WriteAllText(path, first + "\n" + string.Join('\n', good) + "\n");
        var documents = new CorpusReader(Registry).Read(new InputFile(path, new FileInfo(path).Length)).Where(i => i.Document is not null).ToList();
        Assert.Equal(["syn-1-0000001", "syn-1-0000002", "syn-1-0000003"], documents.Select(d => d.Document!.Id).Where(id => id.StartsWith("syn", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_damaged_csv_row_among_good_ones_costs_only_itself()
    {
        var rows = Enumerable.Range(0, 6).Select(i => CsvRow(i)).ToArray();
        var bad = Fuzz.TextMutations(rows[0]).Where(row => !row.Contains('\n') && !row.Contains('\r') && !row.Contains('"'));
        Fuzz.Check(Gen.Select(bad, Gen.Int[0, rows.Length]), 300, input =>
        {
            var lines = rows.ToList();
            lines.Insert(input.Item2, input.Item1);
            AssertKept(".csv", "id,date,title,text\n" + string.Join('\n', lines), Enumerable.Range(0, rows.Length).Select(i => "csv-" + i));
        });
    }

    [Fact]
    public void A_warc_record_with_a_damaged_page_among_good_ones_costs_only_itself()
    {
        var page = Encoding.UTF8.GetBytes(Page(99));
        Fuzz.Check(Fuzz.Mutations(page), 300, damaged =>
        {
            var warc = (byte[])[.. Warc(Page(1)), .. Warc(damaged, 99), .. Warc(Page(2))];
            var documents = ReadAll(".warc", warc);
            foreach (var n in new[] { 1, 2 })
            {
                Assert.Contains(documents, d => d.Metadata.Url == $"https://news.example/story/{n}");
            }
        });
    }

    private void AssertKept(string extension, string content, IEnumerable<string> ids)
    {
        var documents = ReadAll(extension, Encoding.UTF8.GetBytes(content));
        foreach (var id in ids)
        {
            Assert.Contains(documents, d => d.Id == id);
        }
    }

    private List<Core.Document> ReadAll(string extension, byte[] bytes)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + extension);
        File.WriteAllBytes(path, bytes);
        try
        {
            var documents = new List<Core.Document>();
            foreach (var item in new CorpusReader(Registry).Read(new InputFile(path, bytes.Length)))
            {
                if (item.Error is { } error)
                {
                    Fuzz.AssertOneLine(error.Message);
                }
                else
                {
                    Assert.NotNull(item.Document!.Text);
                    documents.Add(item.Document);
                }
            }

            return documents;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[][] Seeds(string extension) => extension switch
    {
        ".rec" => [Encoding.UTF8.GetBytes("date 2020-01-02 First story.\nMore of it, said Maria Lopez.\n\n  date 2020-01-03\nSecond story.\ndate 2020-01-04 Third.\n")],
        ".jsonl" => [Encoding.UTF8.GetBytes(string.Join('\n', Enumerable.Range(0, 3).Select(i => SyntheticNews.Line(i)))), Encoding.UTF8.GetBytes("[" + SyntheticNews.Line(5) + "," + SyntheticNews.Line(6) + "]")],
        ".csv" => [Encoding.UTF8.GetBytes("id,date,title,text\n" + string.Join('\n', Enumerable.Range(0, 3).Select(CsvRow)) + "\n")],
        ".html" => [Encoding.UTF8.GetBytes(Page(1))],
        ".warc" => [[.. Warc(Page(1)), .. Warc(Page(2))]],
        _ => [Encoding.UTF8.GetBytes("Budget talks resume\n\n\"We will vote,\" said Maria Lopez, the committee chair, on Monday.\n")],
    };

    private static string CsvRow(int i) => $"csv-{i},2020-01-0{1 + (i % 9)},Budget story {i},\"Lawmakers debated item {i}, and Maria Lopez said \"\"no\"\".\"";

    private static string Page(int n) =>
        $"<!DOCTYPE html><html><head><title>Story number {n}</title><meta property=\"article:published_time\" content=\"2020-05-06\"></head>" +
        $"<body><nav><a href=\"/\">Home</a></nav><article><h1>Story number {n}</h1><p>This is the first paragraph of story {n}, which the mayor, Maria Lopez, called \"a first step\".</p>" +
        $"<p>The second paragraph of story {n} adds details about the budget and the vote.</p></article><footer>© News</footer></body></html>";

    private static byte[] Warc(string page, int n = 0) => Warc(Encoding.UTF8.GetBytes(page), n == 0 ? int.Parse(page.Split("Story number ")[1].Split('<')[0], System.Globalization.CultureInfo.InvariantCulture) : n);

    private static byte[] Warc(byte[] page, int n)
    {
        var http = (byte[])[.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {page.Length}\r\n\r\n"), .. page];
        var header = Encoding.ASCII.GetBytes(
            $"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nWARC-Date: 2020-05-06T07:08:09Z\r\n" +
            $"WARC-Target-URI: https://news.example/story/{n}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {http.Length}\r\n\r\n");
        return [.. header, .. http, .. "\r\n\r\n"u8];
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
