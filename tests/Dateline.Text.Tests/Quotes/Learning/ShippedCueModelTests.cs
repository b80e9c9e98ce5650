using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Testing;
using Dateline.Text.Quotes;
using Dateline.Text.Quotes.Learning;
using Dateline.Text.Resolution;

namespace Dateline.Text.Tests.Quotes.Learning;

public sealed class ShippedCueModelTests
{
    private static string ModelPath => Path.Combine(TestPaths.RepositoryRoot, "models", "quotes-cues-en.bin");

    private static CueModel Shipped()
    {
        Skip.IfNot(File.Exists(ModelPath), "needs models/quotes-cues-en.bin");
        return CueModel.Load(ModelPath);
    }

    internal static Document Analyze(string text, CueModel? model, params (string Text, EntityLabel Label)[] mentions)
    {
        var document = QuoteTestDocuments.Create(text, mentions);
        document = new EntityResolutionStage().Process(document, CancellationToken.None);
        return new QuoteStage(model, statementsOnly: false).Process(document, CancellationToken.None);
    }

    [SkippableFact]
    public void Shipped_model_file_loads_with_weights_clusters_and_a_threshold()
    {
        var model = Shipped();
        Assert.True(model.Size >= 1 << 16);
        Assert.True(model.NonZero > 1000);
        Assert.InRange(model.Threshold, 0.05f, 0.95f);
        Assert.True(model.Clusters.Count > 1000);
    }

    [SkippableTheory]
    [InlineData("Ellen Brandt bemoaned that the bridge would not open until May.", "Ellen Brandt", "bemoaned", "the bridge would not open until May")]
    [InlineData("Mark Ruiz griped that the council had ignored the budget.", "Mark Ruiz", "griped", "the council had ignored the budget")]
    [InlineData("Okafor groused that nobody had read the report.", "Okafor", "groused", "nobody had read the report")]
    public void Reporting_verb_missing_from_the_lexicon_is_found_as_a_cue_by_the_trained_model(string text, string speaker, string cue, string content)
    {
        var model = Shipped();
        Assert.False(CueLexicon.TryGet(cue, out _));
        Assert.Empty(Analyze(text, null, (speaker, EntityLabel.PER)).Get(Layers.Quotes));

        var document = Analyze(text, model, (speaker, EntityLabel.PER));
        var quote = Assert.Single(document.Get(Layers.Quotes));
        Assert.Equal(cue, document.GetText(quote.Cue!.Value));
        Assert.Equal(content, document.GetText(quote.Content));
        Assert.Equal(speaker, quote.Speaker?.Name);
    }

    [SkippableFact]
    public void Learned_cue_with_a_noun_phrase_object_takes_the_phrase_up_to_the_comma()
    {
        var model = Shipped();
        var document = Analyze("Nora Quist lambasted the toll plan, which passed on Monday.", model, ("Nora Quist", EntityLabel.PER));
        var quote = Assert.Single(document.Get(Layers.Quotes));
        Assert.Equal("lambasted", document.GetText(quote.Cue!.Value));
        Assert.Equal("the toll plan", document.GetText(quote.Content));
    }

    [SkippableFact]
    public void Narrative_verbs_are_not_taken_as_cues()
    {
        var model = Shipped();
        var document = Analyze("Ellen Brandt drove to the bridge and parked her car near the river.", model, ("Ellen Brandt", EntityLabel.PER));
        Assert.Empty(document.Get(Layers.Quotes));
    }

    [Fact]
    public void Missing_or_broken_model_file_leaves_the_rules_alone()
    {
        var directory = Directory.CreateTempSubdirectory("cue-model-");
        try
        {
            Assert.Null(CueModel.TryLoad(Path.Combine(directory.FullName, "none.bin")));
            Assert.Null(CueModel.TryLoad(null));
            var broken = Path.Combine(directory.FullName, "broken.bin");
            File.WriteAllText(broken, "not a model");
            Assert.Null(CueModel.TryLoad(broken));
            Assert.Throws<InvalidDataException>(() => CueModel.Load(broken));

            var document = Analyze("Ellen Brandt said the bridge would open in May.", null, ("Ellen Brandt", EntityLabel.PER));
            Assert.Equal("the bridge would open in May", document.GetText(Assert.Single(document.Get(Layers.Quotes)).Content));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
