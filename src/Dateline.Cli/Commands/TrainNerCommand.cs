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
        var inDomain = new Option<string?>("--in-domain") { Description = "CoNLL file of in-domain (modern news) training documents, added to --train." };
        var inDomainDev = new Option<string?>("--in-domain-dev") { Description = "In-domain CoNLL dev file: its F1 is printed after each epoch and takes part in picking the best one." };
        var repeat = new Option<int>("--in-domain-repeat") { Description = "Times each in-domain document is visited per epoch.", DefaultValueFactory = _ => 1 };
        var domainFeatures = new Option<bool>("--domain-features") { Description = "Give in-domain tokens a domain-conjoined copy of every feature, added to the shared weights in the saved model." };
        var stopOn = new Option<string>("--stop-on") { Description = "With both dev sets: which picks the best epoch (mean, dev, in-domain).", DefaultValueFactory = _ => "mean" };
        stopOn.AcceptOnlyFromAmong("mean", "dev", "in-domain");
        var command = new Command("ner", "Train the named-entity model (averaged perceptron, BILOU, Viterbi).");
        foreach (var option in new Option[] { train, dev, output, epochs, clusters, gazetteer, inDomain, inDomainDev, repeat, domainFeatures, stopOn })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            (parse.GetValue(train)!, parse.GetValue(dev), parse.GetValue(inDomain), parse.GetValue(inDomainDev)),
            parse.GetValue(output)!,
            parse.GetValue(clusters) ?? Default("models/clusters-en.tsv.gz"),
            parse.GetValue(gazetteer) ?? Default("models/gazetteer-en.tsv"),
            new NerTrainingOptions
            {
                Epochs = parse.GetValue(epochs),
                InDomainRepeat = parse.GetValue(repeat),
                DomainFeatures = parse.GetValue(domainFeatures),
                StopOn = parse.GetValue(stopOn) switch { "dev" => NerStopRule.Dev, "in-domain" => NerStopRule.InDomain, _ => NerStopRule.Mean },
            }));
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

    private static int Run((string Train, string? Dev, string? InDomain, string? InDomainDev) paths, string outputPath, string? clustersPath, string? gazetteerPath, NerTrainingOptions options)
    {
        if (options.Epochs < 1)
        {
            throw new UserException("--epochs must be at least 1.");
        }

        if (options.InDomainRepeat < 1)
        {
            throw new UserException("--in-domain-repeat must be at least 1.");
        }

        if (paths.InDomain is null && (options.DomainFeatures || options.InDomainRepeat > 1))
        {
            throw new UserException("--domain-features and --in-domain-repeat need --in-domain.");
        }

        foreach (var path in new[] { clustersPath, gazetteerPath })
        {
            if (path is not null && !File.Exists(path))
            {
                throw new UserException($"{path}: file not found.");
            }
        }

        var trainDocs = ReadConll(paths.Train);
        var devDocs = paths.Dev is null ? null : ReadConll(paths.Dev);
        var inDomainDocs = paths.InDomain is null ? null : ReadConll(paths.InDomain);
        var inDomainDevDocs = paths.InDomainDev is null ? null : ReadConll(paths.InDomainDev);
        var lexicon = NerLexicon.Build(clustersPath, gazetteerPath);
        var error = CliOutput.Error;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"train: {trainDocs.Count} documents + {inDomainDocs?.Count ?? 0} in-domain (x{options.InDomainRepeat}{(options.DomainFeatures ? ", domain features" : string.Empty)}); dev: {devDocs?.Count ?? 0} + {inDomainDevDocs?.Count ?? 0} in-domain; clusters: {lexicon.ClusterCount:N0} words ({clustersPath ?? "none"}); gazetteer: {lexicon.GazetteerCount:N0} names ({gazetteerPath ?? "none"})"));
        var model = NerTrainer.Train(
            new NerTrainingData(trainDocs, devDocs) { InDomain = inDomainDocs, InDomainDev = inDomainDevDocs },
            lexicon,
            options,
            message => error.WriteLine(message),
            report => error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"epoch {report.Epoch,2}/{report.Epochs}: {report.WrongSentences,5} of {report.Sentences} sentences wrong{(report.DevF1 is { } f1 ? $", dev F1 {f1:F2}" : string.Empty)}{(report.InDomainDevF1 is { } m ? $", in-domain dev F1 {m:F2}" : string.Empty)}  [{report.Elapsed.TotalSeconds:F0}s]")));
        model.Save(outputPath);
        var size = new FileInfo(outputPath).Length;
        CliOutput.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {outputPath} ({size / 1048576.0:F1} MB, {model.FeatureCount:N0} features)"));
        return ExitCodes.Success;
    }
}
