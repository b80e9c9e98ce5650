using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Testing;
using Dateline.Text.Ner;

namespace Dateline.Text.Tests.Ner;

public sealed class ShippedNerModelTests
{
    [SkippableFact]
    public void Shipped_model_finds_the_people_places_and_organisations_of_the_sample_article()
    {
        var modelPath = Path.Combine(TestPaths.RepositoryRoot, "models", "ner-en.bin");
        Skip.IfNot(File.Exists(modelPath), "needs models/ner-en.bin");
        var pipeline = TextPipeline.CreateDefault().Build();
        var text = File.ReadAllText(TestPaths.SampleArticle);
        var document = pipeline.Process(new Document("sample", text, new DocumentSource(TestPaths.SampleArticle, "text", 0, 1)));
        Assert.Empty(document.Problems);
        var mentions = document.Get(Layers.Mentions);
        AnnotationAssert.SpansAreValid(text, mentions.Select(m => m.Span));
        var found = mentions.Select(m => (m.Span.GetText(text), m.Label)).ToHashSet();
        Assert.Contains(("Jeff Sessions", EntityLabel.PER), found);
        Assert.Contains(("Peter Simonson", EntityLabel.PER), found);
        Assert.Contains(("Justice Department", EntityLabel.ORG), found);
        Assert.Contains(("Albuquerque", EntityLabel.LOC), found);
        Assert.Contains(("Baltimore", EntityLabel.LOC), found);
        Assert.Contains(("San Bernardino", EntityLabel.LOC), found);
        Assert.Contains(("ACLU-NM", EntityLabel.ORG), found);

        // The byline "By RUSSELL CONTRERAS Associated Press": author and agency split where the casing changes.
        Assert.Contains(("RUSSELL CONTRERAS", EntityLabel.PER), found);
        Assert.Contains(("Associated Press", EntityLabel.ORG), found);
        Assert.All(mentions, m => Assert.InRange(m.Confidence, 0f, 1f));
    }

    [Fact]
    public void Missing_model_adds_a_problem_and_an_empty_layer_instead_of_failing()
    {
        var stage = NerStage.FromFile(Path.Combine(Path.GetTempPath(), "no-such-dir", "ner-en.bin"));
        var document = Tokenized("Peter Simonson spoke.");
        document = stage.Process(document, CancellationToken.None);
        Assert.Single(document.Problems);
        Assert.Contains("NER model not found", document.Problems[0].Message, StringComparison.Ordinal);
        Assert.Empty(document.Get(Layers.Mentions));
    }

    [Fact]
    public void Corrupt_model_file_adds_a_problem_instead_of_failing()
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, [5, 68, 76, 78, 69, 82, 9, 9, 9]);
        try
        {
            var document = NerStage.FromFile(path).Process(Tokenized("Hello there."), CancellationToken.None);
            Assert.Single(document.Problems);
            Assert.Contains("could not be loaded", document.Problems[0].Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Document Tokenized(string text)
    {
        var document = new Document("x", text, new DocumentSource("x", "text", 0, 1));
        document = new Dateline.Text.Tokenization.TokenizerStage().Process(document, CancellationToken.None);
        return new Dateline.Text.Sentences.SentenceStage().Process(document, CancellationToken.None);
    }
}
