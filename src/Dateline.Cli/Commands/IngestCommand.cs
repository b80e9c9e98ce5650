using System.CommandLine;
using System.Globalization;
using Dateline.Ingest;
using Dateline.Store.Ingest;
using Dateline.Text;
using Spectre.Console;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline ingest PATH... [--db FILE]</c>: analyses every document on all cores and stores it with its
/// annotations, once per distinct text. Interrupted runs resume when rerun.
/// </summary>
internal sealed class IngestCommand : ICliCommand
{
    public string? Parent => null;

    public Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files, directories or globs to ingest (.txt records, JSON, CSV, plain text, HTML, WARC, and .gz of each)." };
        var db = StoreOptions.Database();
        var format = InputOptions.Format();
        var fields = InputOptions.Fields();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing but errors: no progress, no summary, no warnings." };
        var batch = new Option<int>("--batch-size") { Description = "Documents per transaction.", DefaultValueFactory = _ => 256 };
        var threads = new Option<int>("--threads") { Description = "Analysis threads (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("ingest", "Analyse documents and store them, with their entities, quotes and times, in a searchable corpus database.");
        command.Arguments.Add(paths);
        command.Options.Add(db);
        command.Options.Add(format);
        command.Options.Add(fields);
        command.Options.Add(quiet);
        command.Options.Add(batch);
        command.Options.Add(threads);
        command.SetAction(parse => Run(
            parse.GetValue(paths)!,
            parse.GetValue(db)!,
            new IngestSettings(parse.GetValue(format), InputOptions.ParseFields(parse.GetValue(fields)), parse.GetValue(quiet), Math.Max(1, parse.GetValue(batch)), Math.Max(1, parse.GetValue(threads)))));
        return command;
    }

    private static int Run(string[] paths, string database, IngestSettings settings)
    {
        var run = new InputRun(paths, settings.Format, settings.Fields);
        var failures = new List<ReadError>();
        var warnings = new List<ReadError>();
        if (settings.Quiet)
        {
            run.OnError = error =>
            {
                failures.Add(error);
                CliOutput.Warn(error.ToString());
            };
            run.OnWarning = _ => { };
        }
        else
        {
            run.OnError = failures.Add;
            run.OnWarning = warnings.Add;
        }

        if (run.Plan.Files.Count == 0)
        {
            foreach (var error in run.Plan.Errors)
            {
                CliOutput.Warn(error.ToString());
            }

            throw new UserException("nothing to ingest");
        }

        var pipeline = TextPipeline.CreateDefault().Build();
        using var store = StoreOptions.Open(database, create: true);
        using var writer = StoreOptions.Guard(store.OpenWriter);
        var ingester = new CorpusIngester(pipeline, writer) { BatchSize = settings.BatchSize, Parallelism = settings.Threads };

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            if (!cancel.IsCancellationRequested)
            {
                e.Cancel = true;
                cancel.Cancel();
            }
        };
        Console.CancelKeyPress += onCancel;
        IngestSummary summary;
        try
        {
            var totalBytes = run.Plan.TotalBytes;
            summary = settings.Quiet ? StoreOptions.Guard(() => ingester.Run(run.Documents(cancel.Token), _ => { }, () => run.Failed, cancel.Token))
                : CliOutput.ErrorIsTerminal ? WithProgressBar(ingester, run, totalBytes, cancel.Token)
                : WithProgressLines(ingester, run, totalBytes, cancel.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        if (!settings.Quiet)
        {
            WriteSummary(store.Location, summary, failures, warnings);
        }

        if (summary.Cancelled)
        {
            CliOutput.Warn("interrupted: every batch stored so far is complete; rerun the same command to finish");
            return ExitCodes.Fatal;
        }

        return run.Read == 0 ? ExitCodes.Fatal : failures.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
    }

    private static IngestSummary WithProgressBar(CorpusIngester ingester, InputRun run, long totalBytes, CancellationToken cancellationToken)
    {
        IngestSummary? summary = null;
        Terminal.Error.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("ingesting", maxValue: Math.Max(1, totalBytes));
                summary = StoreOptions.Guard(() => ingester.Run(
                    run.Documents(cancellationToken),
                    p =>
                    {
                        task.Value = Math.Min(totalBytes, run.BytesRead);
                        task.Description = Markup.Escape(Describe(p));
                    },
                    () => run.Failed,
                    cancellationToken));
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    private static IngestSummary WithProgressLines(CorpusIngester ingester, InputRun run, long totalBytes, CancellationToken cancellationToken)
    {
        var last = TimeSpan.Zero;
        return StoreOptions.Guard(() => ingester.Run(
            run.Documents(cancellationToken),
            p =>
            {
                if (p.Elapsed - last < TimeSpan.FromSeconds(5))
                {
                    return;
                }

                last = p.Elapsed;
                var percent = totalBytes > 0 ? string.Create(CultureInfo.InvariantCulture, $", {100.0 * Math.Min(totalBytes, run.BytesRead) / totalBytes:0}% of input") : string.Empty;
                CliOutput.Warn($"ingest: {Describe(p)}{percent}");
            },
            () => run.Failed,
            cancellationToken));
    }

    private static string Describe(IngestProgress p)
    {
        var rate = p.Elapsed.TotalSeconds > 0 ? p.Read / p.Elapsed.TotalSeconds : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{p.Read:N0} read, {p.Stored:N0} stored, {p.Duplicates:N0} copies, {p.Failed:N0} failed, {rate:N0} docs/s");
    }

    private static void WriteSummary(string location, IngestSummary summary, List<ReadError> failures, List<ReadError> warnings)
    {
        var output = CliOutput.Out;
        var seconds = Math.Max(0.001, summary.Elapsed.TotalSeconds);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ingested into {location} in {seconds:0.0} s ({summary.Read / seconds:N0} documents/s)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  documents read           {summary.Read,10:N0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  stored                   {summary.Stored,10:N0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  skipped as exact copies  {summary.Duplicates,10:N0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  failed                   {failures.Sum(f => f.Count),10:N0}"));
        foreach (var failure in failures.Take(20))
        {
            output.WriteLine($"    {failure}");
        }

        if (failures.Count > 20)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    ... and {failures.Count - 20:N0} more"));
        }

        if (warnings.Count > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  warnings                 {warnings.Count,10:N0}"));
            foreach (var warning in warnings.Take(20))
            {
                output.WriteLine($"    {warning}");
            }
        }

        if (summary.WithProblems > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  stored with stage problems {summary.WithProblems,8:N0}"));
            foreach (var sample in summary.ProblemSamples)
            {
                output.WriteLine($"    {sample}");
            }
        }
    }
}
