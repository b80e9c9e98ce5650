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

    [Fact]
    public void In_domain_documents_with_domain_features_override_the_general_convention_in_the_saved_model()
    {
        // General news writes "Medicare" as a plain word (O); the in-domain documents tag it MISC in the same contexts.
        var general = ConllReader.Read(new StringReader(Documents(4, "O")), "general");
        var modern = ConllReader.Read(new StringReader(Documents(2, "B-MISC")), "modern");
        var options = new NerTrainingOptions { Epochs = 6, PruneBelow = 0 };

        var generalOnly = NerTrainer.Train(general, null, NerLexicon.Empty, options);
        Assert.Equal(0, NerEvaluator.Evaluate(generalOnly, modern).PredictedOf(EntityLabel.MISC));

        var adapted = NerTrainer.Train(
            new NerTrainingData(general, null) { InDomain = modern, InDomainDev = modern },
            NerLexicon.Empty,
            options with { DomainFeatures = true, StopOn = NerStopRule.InDomain });
        var scores = NerEvaluator.Evaluate(adapted, modern);
        Assert.Equal(100, scores.F1, 3);

        // The domain copies are folded into the shared rows: as many rows as a model of the same documents without copies.
        var sharedOnly = NerTrainer.Train(general.Concat(modern).ToList(), null, NerLexicon.Empty, options);
        Assert.Equal(sharedOnly.FeatureCount, adapted.FeatureCount);
    }

    [Fact]
    public void In_domain_documents_are_visited_repeat_times_per_epoch_and_their_dev_set_is_reported()
    {
        var general = ConllReader.Read(new StringReader(Fixture), "general");
        var modern = ConllReader.Read(new StringReader(Documents(1, "B-MISC")), "modern");
        var reports = new List<NerEpochReport>();
        NerTrainer.Train(
            new NerTrainingData(general, general) { InDomain = modern, InDomainDev = modern },
            NerLexicon.Empty,
            new NerTrainingOptions { Epochs = 2, InDomainRepeat = 3 },
            progress: reports.Add);

        // 4 general sentences + 3 visits of the in-domain document's 2 sentences.
        Assert.All(reports, r => Assert.Equal(4 + (3 * 2), r.Sentences));
        Assert.All(reports, r => Assert.NotNull(r.DevF1));
        Assert.All(reports, r => Assert.NotNull(r.InDomainDevF1));
    }

    private static string Documents(int count, string medicareTag)
    {
        var text = new System.Text.StringBuilder();
        for (var d = 0; d < count; d++)
        {
            text.AppendLine("-DOCSTART- O").AppendLine();
            text.AppendLine("Officials O").AppendLine("said O").AppendLine($"Medicare {medicareTag}").AppendLine("would O")
                .AppendLine("change O").AppendLine(". O").AppendLine();
            text.AppendLine("Maria B-PER").AppendLine("Lopez I-PER").AppendLine("praised O").AppendLine($"Medicare {medicareTag}")
                .AppendLine("in O").AppendLine("Madrid B-LOC").AppendLine(". O").AppendLine();
        }

        return text.ToString();
    }
}
