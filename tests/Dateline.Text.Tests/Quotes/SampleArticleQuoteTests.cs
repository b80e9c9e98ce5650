using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Testing;

namespace Dateline.Text.Tests.Quotes;

public sealed class SampleArticleQuoteTests
{
    private static readonly Lazy<Document> Analyzed = new(() =>
    {
        // Read as users do: the record reader knows the date header.
        var plan = Dateline.Ingest.InputExpander.Expand([TestPaths.SampleArticle], Dateline.Ingest.FormatRegistry.Default);
        var document = new Dateline.Ingest.CorpusReader(Dateline.Ingest.FormatRegistry.Default).Read(plan).Single().Document!;
        return TextPipeline.CreateDefault().Build().Process(document);
    });

    [Fact]
    public void Sample_has_two_quotes_by_Peter_Simonson_with_their_partial_quotations()
    {
        var document = Analyzed.Value;
        var simonson = document.Get(Layers.Quotes).Where(q => q.Speaker?.Name == "Peter Simonson").ToList();
        Assert.Equal(2, simonson.Count);
        Assert.Contains("a bullying tactic", document.GetText(simonson[0].Content), StringComparison.Ordinal);
        Assert.Contains("determined to make misery in the lives of immigrant families.", document.GetText(simonson[0].Content), StringComparison.Ordinal);
        Assert.Equal(QuoteKind.Mixed, simonson[0].Kind);
        Assert.Contains("petty, coercive, and dangerous", document.GetText(simonson[1].Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Scare_quotes_in_the_headline_are_not_a_quotation()
    {
        var document = Analyzed.Value;
        var headline = document.Get(Layers.Structure)!.Headline!.Value;
        Assert.Contains("'sanctuary'", document.GetText(headline), StringComparison.Ordinal);
        Assert.DoesNotContain(document.Get(Layers.Quotes), q => q.Content.Overlaps(headline));
    }

    [Fact]
    public void Sample_resolves_Sessions_in_every_form_to_one_entity()
    {
        var document = Analyzed.Value;
        var sessions = Assert.Single(document.Get(Layers.Entities), e => e.Name == "Jeff Sessions");
        Assert.Contains("Sessions", sessions.Aliases);
        Assert.Contains("U.S. Attorney General", sessions.Titles);
        Assert.Contains("Attorney General", sessions.Titles);
        var mentions = document.Get(Layers.Mentions);
        var headline = document.Text.IndexOf("decries Sessions", StringComparison.Ordinal) + "decries ".Length;
        Assert.Contains(sessions.Mentions, m => mentions[m].Span.Start == headline);
    }

    [Fact]
    public void Sample_joins_ACLU_NM_and_its_full_name_and_keeps_one_Justice_Department()
    {
        var document = Analyzed.Value;
        var aclu = Assert.Single(document.Get(Layers.Entities), e => e.Aliases.Contains("ACLU-NM"));
        Assert.Equal("American Civil Liberties Union of New Mexico", aclu.Name);
        Assert.Single(document.Get(Layers.Entities), e => e.Name == "Justice Department" && e.Label == EntityLabel.ORG);
    }
}
