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
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files, directories or globs to ingest (.txt records, .jsonl, plain text, and .gz of each)." };
        var db = StoreOptions.Database();
        var format = InputOptions.Format();
        var batch = new Option<int>("--batch-size") { Description = "Documents per transaction.", DefaultValueFactory = _ => 256 };
        var threads = new Option<int>("--threads") { Description = "Analysis threads (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("ingest", "Analyse documents and store them, with their entities, quotes and times, in a searchable corpus database.");
        command.Arguments.Add(paths);
        command.Options.Add(db);
        command.Options.Add(format);
        command.Options.Add(batch);
        command.Options.Add(threads);
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(db)!, parse.GetValue(format), Math.Max(1, parse.GetValue(batch)), Math.Max(1, parse.GetValue(threads))));
        return command;
    }

    private static int Run(string[] paths, string database, string? format, int batchSize, int threads)
    {
        var run = new InputRun(paths, format);
        var failures = new List<ReadError>();
        run.OnError = failures.Add;
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
        var ingester = new CorpusIngester(pipeline, writer) { BatchSize = batchSize, Parallelism = threads };

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
            summary = CliOutput.ErrorIsTerminal
                ? WithProgressBar(ingester, run, totalBytes, cancel.Token)
                : WithProgressLines(ingester, run, totalBytes, cancel.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        WriteSummary(store.Location, summary, failures);
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

    private static void WriteSummary(string location, IngestSummary summary, List<ReadError> failures)
    {
        var output = CliOutput.Out;
        var seconds = Math.Max(0.001, summary.Elapsed.TotalSeconds);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ingested into {location} in {seconds:0.0} s ({summary.Read / seconds:N0} documents/s)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  documents read           {summary.Read,10:N0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  stored                   {summary.Stored,10:N0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  skipped as exact copies  {summary.Duplicates,10:N0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  failed                   {failures.Count,10:N0}"));
        foreach (var failure in failures.Take(20))
        {
            output.WriteLine($"    {failure}");
        }

        if (failures.Count > 20)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    ... and {failures.Count - 20:N0} more"));
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
