using System.CommandLine;
using System.Globalization;
using Dateline.Text.Ner;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline train ner --train FILE --dev FILE --out models/ner-en.bin</c>: train the averaged-perceptron NER model.</summary>
internal sealed class TrainNerCommand : ICliCommand
{
    public string? Parent => "train";

    public Command Create()
    {
        var train = new Option<string>("--train") { Description = "CoNLL-2003 style training file (IOB1 or IOB2).", Required = true };
        var dev = new Option<string?>("--dev") { Description = "CoNLL dev file: F1 after each epoch; the best epoch is kept." };
        var output = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => NerModelLocator.RelativePath };
        var epochs = new Option<int>("--epochs") { Description = "Training epochs.", DefaultValueFactory = _ => new NerTrainingOptions().Epochs };
        var clusters = new Option<string?>("--clusters") { Description = "Word cluster file (default models/clusters-en.tsv.gz when present)." };
        var gazetteer = new Option<string?>("--gazetteer") { Description = "Gazetteer file, CATEGORY TAB name (default models/gazetteer-en.tsv when present)." };
        var command = new Command("ner", "Train the named-entity model (averaged perceptron, BILOU, Viterbi).");
        foreach (var option in new Option[] { train, dev, output, epochs, clusters, gazetteer })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            parse.GetValue(train)!,
            parse.GetValue(dev),
            parse.GetValue(output)!,
            parse.GetValue(epochs),
            parse.GetValue(clusters) ?? Default("models/clusters-en.tsv.gz"),
            parse.GetValue(gazetteer) ?? Default("models/gazetteer-en.tsv")));
        return command;
    }

    internal static string? Default(string relative) => File.Exists(relative) ? relative : null;

    internal static List<ConllDocument> ReadConll(string path)
    {
        if (!File.Exists(path))
        {
            throw new UserException($"{path}: file not found.");
        }

        try
        {
            return ConllReader.Read(path);
        }
        catch (InvalidDataException ex)
        {
            throw new UserException(ex.Message, ex);
        }
    }

    private static int Run(string trainPath, string? devPath, string outputPath, int epochs, string? clustersPath, string? gazetteerPath)
    {
        if (epochs < 1)
        {
            throw new UserException("--epochs must be at least 1.");
        }

        foreach (var path in new[] { clustersPath, gazetteerPath })
        {
            if (path is not null && !File.Exists(path))
            {
                throw new UserException($"{path}: file not found.");
            }
        }

        var trainDocs = ReadConll(trainPath);
        var devDocs = devPath is null ? null : ReadConll(devPath);
        var lexicon = NerLexicon.Build(clustersPath, gazetteerPath);
        var error = CliOutput.Error;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"train: {trainDocs.Count} documents; dev: {devDocs?.Count ?? 0}; clusters: {lexicon.ClusterCount:N0} words ({clustersPath ?? "none"}); gazetteer: {lexicon.GazetteerCount:N0} names ({gazetteerPath ?? "none"})"));
        var model = NerTrainer.Train(
            trainDocs,
            devDocs,
            lexicon,
            new NerTrainingOptions { Epochs = epochs },
            message => error.WriteLine(message),
            report => error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"epoch {report.Epoch,2}/{report.Epochs}: {report.WrongSentences,5} of {report.Sentences} sentences wrong{(report.DevF1 is { } f1 ? $", dev F1 {f1:F2}" : string.Empty)}  [{report.Elapsed.TotalSeconds:F0}s]")));
        model.Save(outputPath);
        var size = new FileInfo(outputPath).Length;
        CliOutput.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {outputPath} ({size / 1048576.0:F1} MB, {model.FeatureCount:N0} features)"));
        return ExitCodes.Success;
    }
}
