using System.Text.Json;
using Dateline.Core.Annotations;
using Dateline.Ingest;
using Dateline.Testing;

namespace Dateline.Tests;

public sealed class NewsAnalyzerTests
{
    private static readonly Lazy<NewsAnalyzer> Analyzer = new(NewsAnalyzer.Create);

    [Fact]
    public void Create_finds_both_shipped_models_beside_the_application()
    {
        var models = Analyzer.Value.Models;
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "models", "ner-en.bin"), models.Ner);
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "models", "quotes-cues-en.bin"), models.QuoteCues);
    }

    [Fact]
    public void The_sample_file_gives_the_two_Peter_Simonson_quotes()
    {
        var document = Assert.Single(Analyzer.Value.AnalyzeFile(TestPaths.SampleArticle));

        var simonson = document.Quotes.Where(q => document.SpeakerOf(q) == "Peter Simonson").Select(document.TextOf).ToList();

        Assert.Equal(2, simonson.Count);
        Assert.Contains("a bullying tactic", simonson[0], StringComparison.Ordinal);
        Assert.Contains("petty, coercive, and dangerous", simonson[1], StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2017, 8, 3), document.Metadata.Date);
        Assert.Empty(document.Problems);
    }

    [Fact]
    public void Every_layer_is_there_with_typed_access()
    {
        var document = Assert.Single(Analyzer.Value.AnalyzeFile(TestPaths.SampleArticle));

        Assert.NotNull(document.Structure?.Headline);
        Assert.Contains("ACLU-NM decries Sessions", document.GetText(document.Structure!.Headline!.Value), StringComparison.Ordinal);
        Assert.NotEmpty(document.Tokens);
        Assert.NotEmpty(document.Sentences);
        Assert.Contains(document.Mentions, m => document.GetText(m.Span) == "Peter Simonson" && m.Label == EntityLabel.PER);
        var sessions = Assert.Single(document.Entities, e => e.Name == "Jeff Sessions");
        Assert.Same(sessions, document.EntityOf(sessions.Mentions[0]));
        Assert.NotEmpty(document.Times);
        AnnotationAssert.SpansAreValid(document.Text, document.Mentions.Select(m => m.Span));
    }

    [Fact]
    public void Analyze_text_resolves_times_against_the_given_date_and_keeps_url_and_title()
    {
        const string text = "Peter Simonson said Thursday that those demands were a bullying tactic.";

        var document = Analyzer.Value.Analyze(text, date: new DateOnly(2017, 8, 3), url: "https://example.com/a", title: "A title");

        Assert.Equal(text, document.Text);
        Assert.Equal(DocumentIds.FromContent(text), document.Id);
        var thursday = Assert.Single(document.Times, t => document.GetText(t.Span) == "Thursday");
        Assert.Equal("2017-08-03", thursday.Value);
        Assert.Equal("https://example.com/a", document.Metadata.Url);
        Assert.Equal("A title", document.Metadata.Title);
    }

    [Fact]
    public void AnalyzeMany_runs_in_parallel_and_keeps_the_input_order()
    {
        var texts = Enumerable.Range(1, 24)
            .Select(i => $"Mayor Tim Keller said on Monday that the city would answer letter number {i} within {i} days.")
            .ToList();

        var documents = Analyzer.Value.AnalyzeMany(texts, degreeOfParallelism: 4).ToList();

        Assert.Equal(texts, documents.Select(d => d.Text));
        Assert.Equal(Enumerable.Range(0, 24), documents.Select(d => d.Source.Record));
        Assert.Equal(texts.Select(t => Analyzer.Value.Analyze(t).Times.Select(x => x.Value)), documents.Select(d => d.Times.Select(x => x.Value)));
    }

    [Fact]
    public void AnalyzeMany_takes_items_with_their_dates_ids_and_urls()
    {
        var items = new[]
        {
            new NewsItem("The council met on Friday.", new DateOnly(2020, 1, 6), "https://example.com/1", Id: "one"),
            new NewsItem("The council met on Friday.", new DateOnly(2021, 1, 6), Id: "two"),
        };

        var documents = Analyzer.Value.AnalyzeMany(items).ToList();

        Assert.Equal(["one", "two"], documents.Select(d => d.Id));
        Assert.Equal("https://example.com/1", documents[0].Metadata.Url);
        Assert.NotEqual(documents[0].Times.Single().Value, documents[1].Times.Single().Value);
    }

    [Fact]
    public void ToJson_is_the_documented_object_on_one_line()
    {
        var document = Assert.Single(Analyzer.Value.AnalyzeFile(TestPaths.SampleArticle));

        var json = document.ToJson();

        Assert.DoesNotContain('\n', json);
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        Assert.Equal(document.Id, root.GetProperty("id").GetString());
        Assert.Equal("2017-08-03", root.GetProperty("date").GetString());
        Assert.Equal(document.Quotes.Length, root.GetProperty("quotes").GetArrayLength());
        Assert.Contains("Peter Simonson", json, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalyzeFile_reports_bad_input_to_the_callback_or_throws()
    {
        var missing = Path.Combine(Path.GetTempPath(), "dateline-missing-" + Guid.NewGuid().ToString("N") + ".txt");
        var errors = new List<ReadError>();

        Assert.Empty(Analyzer.Value.AnalyzeFile(missing, errors.Add));
        Assert.Single(errors);
        Assert.Throws<InvalidDataException>(() => Analyzer.Value.AnalyzeFile(missing).ToList());
    }
}
