using Dateline.Core.Annotations;
using Dateline.Text.Ner;

namespace Dateline.Text.Tests.Ner;

public sealed class NerTrainerTests
{
    private const string Fixture = """
        -DOCSTART- -X- O O

        Maria NNP I-NP I-PER
        Lopez NNP I-NP I-PER
        visited VBD I-VP O
        Madrid NNP I-NP I-LOC
        . . O O

        Acme NNP I-NP I-ORG
        Corp NNP I-NP I-ORG
        hired VBD I-VP O
        John NNP I-NP I-PER
        Smith NNP I-NP I-PER
        in IN I-PP O
        Paris NNP I-NP I-LOC
        . . O O

        -DOCSTART- -X- O O

        John NNP I-NP I-PER
        Smith NNP I-NP I-PER
        left VBD I-VP O
        Acme NNP I-NP I-ORG
        Corp NNP I-NP I-ORG
        for IN I-PP O
        Madrid NNP I-NP I-LOC
        . . O O

        Maria NNP I-NP I-PER
        Lopez NNP I-NP I-PER
        visited VBD I-VP O
        Paris NNP I-NP I-LOC
        . . O O
        """;

    [Fact]
    public void Training_on_a_tiny_fixture_learns_it_and_survives_a_save_and_load()
    {
        var documents = ConllReader.Read(new StringReader(Fixture), "fixture");
        var model = NerTrainer.Train(documents, documents, NerLexicon.Empty, new NerTrainingOptions { Epochs = 5, PruneBelow = 0 });
        Assert.Equal(100, NerEvaluator.Evaluate(model, documents).F1, 3);

        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NerModel.Load(stream);
        Assert.Equal(100, NerEvaluator.Evaluate(loaded, documents).F1, 3);
    }

    [Fact]
    public void Training_is_deterministic()
    {
        var documents = ConllReader.Read(new StringReader(Fixture), "fixture");
        var options = new NerTrainingOptions { Epochs = 3 };
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        NerTrainer.Train(documents, null, NerLexicon.Empty, options).Save(a);
        NerTrainer.Train(documents, null, NerLexicon.Empty, options).Save(b);
        Assert.Equal(a.ToArray(), b.ToArray());
    }

    [Fact]
    public void A_bad_model_file_is_reported_not_crashed_on()
    {
        using var stream = new MemoryStream([1, 2, 3, 4, 5, 6]);
        Assert.ThrowsAny<Exception>(() => NerModel.Load(stream));
        var stage = new NerStage(NerTrainer.Train(ConllReader.Read(new StringReader(Fixture), "f"), null, NerLexicon.Empty, new NerTrainingOptions { Epochs = 1 }));
        Assert.NotNull(stage.Model);
    }
}
