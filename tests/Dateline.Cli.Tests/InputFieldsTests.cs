using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Dateline.Cli.Tests;

public sealed class InputFieldsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dateline-cli-fields-" + Guid.NewGuid().ToString("N"));

    public InputFieldsTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void Allsides_lines_ingest_with_titles_dates_and_authors_and_an_impossible_date_gives_way_to_the_articles_own()
    {
        var input = Write("allsides.jsonl",
            """{"topic": "politics", "source": "New York Post", "bias": 2, "url": "https://nypost.com/2019/11/13/a/", "title": "Student president faces impeachment", "date": "2019-11-13", "authors": "Ann Lee, Bo Chen", "content_original": "The student body president of the University of Florida is facing impeachment calls.\n\nStudents said the visit was paid for with fees.", "source_url": "www.nypost.com", "bias_text": "right", "ID": "09MVLHl0gnJqt42h"}""" + "\n" +
            """{"topic": "elections", "source": "CNN", "bias": 0, "url": "https://cnn.com/b", "title": "Senate votes on budget", "date": "9/6/17", "authors": "Cy Dee", "content_original": "The Senate voted on the budget on Wednesday.\n\nThe bill now goes to the House.", "ID": "A2"}""" + "\n" +
            """{"topic": "immigration", "source": "Brookings", "bias": 1, "url": "https://brookings.edu/c", "title": "Border policy", "date": "0001-11-30", "authors": "", "content_original": "Published: 3 August 2017 | 12:05 AM GMT\n\nThe border policy changed again this week.", "ID": "A3"}""" + "\n");
        var db = Path.Combine(_folder, "corpus.db");

        var (code, output, error) = CliRunner.Run("ingest", input, "--db", db);

        Assert.True(code == 0, error + output);
        Assert.Contains("1 record has an implausible date, not stored (for example '0001-11-30' at line 3)", output, StringComparison.Ordinal);
        var rows = Rows(db, "SELECT doc_id, date, headline, coalesce(authors, ''), agency FROM articles ORDER BY doc_id");
        Assert.Equal(
            [
                "09MVLHl0gnJqt42h|2019-11-13|Student president faces impeachment|Ann Lee, Bo Chen|New York Post",
                "A2|2017-09-06|Senate votes on budget|Cy Dee|CNN",
                "A3|2017-08-03|Border policy||Brookings",
            ],
            rows);
    }

    [Fact]
    public void A_named_text_field_reads_json_the_detection_would_miss()
    {
        var input = Write("nested.jsonl",
            """{"id": "n1", "story": {"body": "The council met on Monday.", "when": "2020-02-03"}, "headline": "Council meets"}""" + "\n");

        var missed = CliRunner.Run("analyze", input, "--json");
        var (code, output, error) = CliRunner.Run("analyze", input, "--json", "--field", "text=story.body", "--field", "date=story.when");

        Assert.Equal(2, missed.ExitCode);
        Assert.Contains("record has no text field; fields seen: id, story, headline; name the field that holds the text with --field text=NAME", missed.Error, StringComparison.Ordinal);
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2020-02-03", json.RootElement.GetProperty("date").GetString());
        Assert.Equal("n1", json.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void A_bad_field_key_is_a_one_line_user_error()
    {
        var input = Write("one.jsonl", """{"text": "A story."}""" + "\n");

        var (code, _, error) = CliRunner.Run("analyze", input, "--field", "body=content");

        Assert.Equal(2, code);
        Assert.Equal("dateline: error: --field 'body=content': unknown key 'body' (keys: authors, date, id, publisher, text, title, url; for example --field text=content_original)", error.Trim());
    }

    [Fact]
    public void Csv_rows_without_text_are_one_line_and_the_good_rows_still_print()
    {
        var input = Write("news.csv", "title,content,date\nOne,\"First story, in full.\",2019-10-08\nTwo,,2019-10-09\nThree,,2019-10-10\n");

        var (code, output, error) = CliRunner.Run("analyze", input, "--json");

        Assert.Equal(1, code);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("news.csv: 2 records have no text field (the first at line 3); fields seen: title, content, date", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("1 document(s) read, 2 input(s) failed.", StringComparison.Ordinal));
    }

    [Fact]
    public void Quiet_ingest_prints_only_errors()
    {
        var input = Write("mixed.jsonl", """{"text": "A story about the council."}""" + "\n" + "not json\n" + """{"text": "Old.", "date": "0001-01-01"}""" + "\n");
        var db = Path.Combine(_folder, "quiet.db");

        var (code, output, error) = CliRunner.Run("ingest", input, "--db", db, "--quiet");

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("mixed.jsonl:2: not JSON", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_names_the_tool_and_the_model_files()
    {
        var (code, output, _) = CliRunner.Run("--version");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("dateline ", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("NER model: ", StringComparison.Ordinal) && (l.Contains("sha256 ", StringComparison.Ordinal) || l.Contains("not found", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("quote cue model: ", StringComparison.Ordinal));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static List<string> Rows(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : reader.GetString(i))));
        }

        return rows;
    }
}
