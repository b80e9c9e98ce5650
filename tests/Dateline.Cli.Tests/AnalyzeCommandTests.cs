using System.Text.Json;
using Dateline.Testing;

namespace Dateline.Cli.Tests;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dateline-cli-" + Guid.NewGuid().ToString("N"));

    public AnalyzeCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Json_output_is_one_object_per_document_and_every_span_maps_back_to_the_text()
    {
        var (code, output, error) = CliRunner.Run("analyze", TestPaths.SampleArticle, "--json");

        Assert.True(code == 0, error);
        var original = File.ReadAllText(TestPaths.SampleArticle);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var json = JsonDocument.Parse(Assert.Single(lines));
        var root = json.RootElement;
        Assert.Equal("2017-08-03", root.GetProperty("date").GetString());
        Assert.Equal("record", root.GetProperty("source").GetProperty("format").GetString());
        var spans = 0;
        foreach (var span in AllSpans(root))
        {
            var start = span.GetProperty("start").GetInt32();
            var end = span.GetProperty("end").GetInt32();
            Assert.Equal(span.GetProperty("text").GetString(), original[start..end]);
            spans++;
        }

        Assert.True(spans >= 0);
    }

    [Fact]
    public void Exit_code_is_zero_when_all_inputs_are_read()
    {
        var (code, _, _) = CliRunner.Run("analyze", TestPaths.SampleArticle);
        Assert.Equal(0, code);
    }

    [Fact]
    public void Exit_code_is_one_when_some_inputs_are_bad_and_the_good_ones_still_print()
    {
        var bad = Path.Combine(_folder, "bad.jsonl");
        File.WriteAllText(bad, "{\"text\":\"Good story.\"}\nnot json\n");

        var (code, output, error) = CliRunner.Run("analyze", "--json", bad, Path.Combine(_folder, "missing.txt"));

        Assert.Equal(1, code);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("bad.jsonl:2: not JSON", error, StringComparison.Ordinal);
        Assert.Contains("missing.txt: no such file", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Exit_code_is_two_when_nothing_can_be_read()
    {
        var (code, output, error) = CliRunner.Run("analyze", Path.Combine(_folder, "missing.txt"));

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_usage_is_a_message_and_exit_code_two()
    {
        var (code, _, error) = CliRunner.Run("analyze", "--format", "nonsense", TestPaths.SampleArticle);

        Assert.Equal(2, code);
        Assert.Contains("nonsense", error, StringComparison.Ordinal);
    }

    private static IEnumerable<JsonElement> AllSpans(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("start", out var start) && start.ValueKind == JsonValueKind.Number &&
                element.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
            {
                yield return element;
            }

            foreach (var property in element.EnumerateObject())
            {
                foreach (var inner in AllSpans(property.Value))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in AllSpans(item))
                {
                    yield return inner;
                }
            }
        }
    }
}
