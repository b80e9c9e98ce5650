using System.CommandLine;
using System.Globalization;
using Dateline.Core.Pipeline;
using Dateline.Text.Ner;
using Dateline.Text.Quotes.Evaluation;
using Dateline.Text.Quotes.Learning;
using Dateline.Text.Sentences;
using Dateline.Text.Structure;
using Dateline.Text.Tokenization;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline train quotes --gold DIR [--dev DIR] --out models/quotes-cues-en.bin</c>: train the attribution-cue
/// classifier on a brat attribution folder (PolNeAR train); the dev folder only reports and picks the threshold.
/// </summary>
internal sealed class TrainQuotesCommand : ICliCommand
{
    public string? Parent => "train";

    public Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Training gold: a brat attribution folder with cue spans (text/ + attributions/, as PolNeAR train).", Required = true };
        var dev = new Option<string?>("--dev") { Description = "Dev gold: precision/recall of cue words per threshold; the best-F1 threshold is stored." };
        var output = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => CueModelLocator.RelativePath };
        var epochs = new Option<int>("--epochs") { Description = "Training epochs.", DefaultValueFactory = _ => new CueTrainingOptions().Epochs };
        var threshold = new Option<float?>("--threshold") { Description = "Store this cue probability threshold instead of picking one on --dev." };
        var clusters = new Option<string?>("--clusters") { Description = "Word cluster file (default models/clusters-en.tsv.gz when present); stored in the model." };
        var command = new Command("quotes", "Train the attribution-cue classifier (logistic regression over hashed features) used by the quote finder.");
        foreach (var option in new Option[] { gold, dev, output, epochs, threshold, clusters })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            parse.GetValue(gold)!,
            parse.GetValue(dev),
            parse.GetValue(output)!,
            parse.GetValue(epochs),
            parse.GetValue(threshold),
            parse.GetValue(clusters) ?? TrainNerCommand.Default("models/clusters-en.tsv.gz")));
        return command;
    }

    private static int Run(string goldPath, string? devPath, string outputPath, int epochs, float? threshold, string? clustersPath)
    {
        if (clustersPath is not null && !File.Exists(clustersPath))
        {
            throw new UserException($"{clustersPath}: file not found.");
        }

        if (epochs < 1)
        {
            throw new UserException("--epochs must be at least 1.");
        }

        if (threshold is < 0f or > 1f)
        {
            throw new UserException("--threshold must be between 0 and 1.");
        }

        var pipeline = new PipelineBuilder()
            .Add(new StructureStage())
            .Add(new TokenizerStage())
            .Add(new SentenceStage())
            .Add(new NerStage())
            .Build();
        var error = CliOutput.Error;
        CueModel model;
        try
        {
            var train = QuoteEvaluator.ReadGold(goldPath).ToList();
            var devArticles = devPath is null ? null : QuoteEvaluator.ReadGold(devPath).ToList();
            model = CueTrainer.Train(
                train,
                devArticles,
                d => pipeline.Process(d),
                new CueTrainingOptions { Epochs = epochs, Threshold = threshold, ClustersPath = clustersPath },
                message => error.WriteLine(message));
        }
        catch (GoldFormatException ex)
        {
            throw new UserException(ex.Message, ex);
        }
        catch (IOException ex)
        {
            throw new UserException(ex.Message, ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new UserException(ex.Message, ex);
        }
        catch (InvalidDataException ex)
        {
            throw new UserException(ex.Message, ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new UserException($"{goldPath}: {ex.Message}", ex);
        }

        model.Save(outputPath);
        var size = new FileInfo(outputPath).Length;
        CliOutput.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {outputPath} ({size / 1048576.0:F1} MB, {model.NonZero:N0} of {model.Size:N0} weights set, threshold {model.Threshold:F2})"));
        return ExitCodes.Success;
    }
}
