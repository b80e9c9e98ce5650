using System.Globalization;
using System.Text;
using Dateline.Core.Annotations;
using Dateline.Text.Quotes.Evaluation;
using Dateline.Text.Quotes.Learning;

namespace Dateline.Text.Tests.Quotes.Learning;

public sealed class CueTrainerTests
{
    private static readonly string[] Names = ["Ana Ruiz", "Tom Hale", "Mia Stone", "Lev Brandt", "Ida Moss", "Sam Okoro"];

    private static readonly string[] Claims = ["the budget was late", "the road would close", "the vote was rigged", "nobody read the report", "the plan had failed", "the school needed money"];

    /// <summary>Writes a brat folder in the PolNeAR layout: sentences with the made-up cue "blorped" and narrative ones.</summary>
    private static string ComposeBratFolder()
    {
        var root = Directory.CreateTempSubdirectory("cue-train-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "text"));
        Directory.CreateDirectory(Path.Combine(root, "attributions"));
        for (var article = 0; article < 3; article++)
        {
            var text = new StringBuilder("Council news\n\n");
            var ann = new StringBuilder();
            var t = 0;
            for (var i = 0; i < Names.Length; i++)
            {
                var name = Names[(i + article) % Names.Length];
                var claim = Claims[(i + (2 * article)) % Claims.Length];
                var start = text.Length;
                text.Append(name).Append(" blorped that ").Append(claim).Append(". ");
                var cueStart = start + name.Length + 1;
                var contentStart = cueStart + "blorped ".Length;
                ann.Append(CultureInfo.InvariantCulture, $"T{++t}\tSource {start} {start + name.Length}\t{name}\n");
                ann.Append(CultureInfo.InvariantCulture, $"T{++t}\tCue {cueStart} {cueStart + 7}\tblorped\n");
                ann.Append(CultureInfo.InvariantCulture, $"T{++t}\tContent {contentStart} {contentStart + 5 + claim.Length}\tthat {claim}\n");
                ann.Append(CultureInfo.InvariantCulture, $"E{i + 1}\tAttribution:T{t - 1} Content:T{t} Cue:T{t - 1} Source:T{t - 2}\n");
                text.Append(name).Append(" walked to the river and parked the car near the bridge. ");
                text.Append(name).Append(" visited the school and painted the fence on Monday.\n\n");
            }

            File.WriteAllText(Path.Combine(root, "text", $"a{article}.txt"), text.ToString());
            File.WriteAllText(Path.Combine(root, "attributions", $"a{article}_1.ann"), ann.ToString());
        }

        return root;
    }

    [Fact]
    public void Training_on_a_tiny_brat_folder_gives_a_model_that_finds_its_cue()
    {
        var folder = ComposeBratFolder();
        try
        {
            var gold = BratAttributionReader.Read(folder).ToList();
            Assert.Equal(3, gold.Count);
            var options = new CueTrainingOptions { Bits = 16, Epochs = 10, Threshold = 0.5f };
            var model = CueTrainer.Train(gold, null, d => d, options);

            var path = Path.Combine(folder, "cues.bin");
            model.Save(path);
            var loaded = CueModel.Load(path);
            Assert.Equal(0.5f, loaded.Threshold);

            var document = ShippedCueModelTests.Analyze("Nora Quist blorped that the bridge would open in May.", loaded, ("Nora Quist", EntityLabel.PER));
            var quote = Assert.Single(document.Get(Layers.Quotes));
            Assert.Equal("blorped", document.GetText(quote.Cue!.Value));
            Assert.Equal("Nora Quist", quote.Speaker?.Name);
            Assert.Equal("the bridge would open in May", document.GetText(quote.Content));

            var narrative = ShippedCueModelTests.Analyze("Nora Quist walked to the bridge and parked the car.", loaded, ("Nora Quist", EntityLabel.PER));
            Assert.Empty(narrative.Get(Layers.Quotes));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Training_is_deterministic_for_a_seed()
    {
        var folder = ComposeBratFolder();
        try
        {
            var gold = BratAttributionReader.Read(folder).ToList();
            var options = new CueTrainingOptions { Bits = 12, Epochs = 3, Threshold = 0.5f };
            var first = Path.Combine(folder, "one.bin");
            var second = Path.Combine(folder, "two.bin");
            CueTrainer.Train(gold, null, d => d, options).Save(first);
            CueTrainer.Train(gold, null, d => d, options).Save(second);
            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Gold_without_cue_spans_outside_the_lexicon_is_refused()
    {
        var article = new GoldArticle("a", "Ana Ruiz said the road would close.", null, []);
        Assert.Throws<InvalidOperationException>(() => CueTrainer.Train([article], null, d => d, new CueTrainingOptions { Bits = 10, Epochs = 1 }));
    }
}
