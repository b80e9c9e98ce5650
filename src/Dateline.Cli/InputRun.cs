using Dateline.Core;
using Dateline.Ingest;
using Dateline.Ingest.Fields;

namespace Dateline.Cli;

/// <summary>
/// Reads the documents of a command's inputs, printing each bad input as one line on standard error and
/// counting them, and turns the counts into the exit code: 0 all read, 1 some bad, 2 nothing readable.
/// Warnings (something ignored in input that was read, such as an implausible date) are printed but do not
/// change the exit code.
/// </summary>
internal sealed class InputRun
{
    private readonly CorpusReader _reader;

    public InputRun(IEnumerable<string> paths, string? format, FieldMap? fields = null)
    {
        var registry = fields is null || fields.IsDefault ? Readers.Registry : Readers.Create(fields);
        Plan = InputExpander.Expand(paths, registry);
        _reader = new CorpusReader(registry, format);
    }

    public InputPlan Plan { get; }

    public int Read { get; private set; }

    /// <summary>Input records skipped (one report may stand for many records).</summary>
    public int Failed { get; private set; }

    /// <summary>Bytes read so far from the input files (compressed bytes for <c>.gz</c>).</summary>
    public long BytesRead => _reader.BytesRead;

    /// <summary>Where bad inputs are reported; by default one line each on standard error.</summary>
    public Action<ReadError> OnError { get; set; } = error => CliOutput.Warn(error.ToString());

    /// <summary>Where warnings are reported; by default one line each on standard error.</summary>
    public Action<ReadError> OnWarning { get; set; } = warning => CliOutput.Warn(warning.ToString());

    public IEnumerable<Document> Documents(CancellationToken cancellationToken = default)
    {
        foreach (var item in _reader.Read(Plan, cancellationToken))
        {
            if (item.Document is { } document)
            {
                Read++;
                yield return document;
            }
            else if (item.Error is { IsWarning: true } warning)
            {
                OnWarning(warning);
            }
            else if (item.Error is { } error)
            {
                Failed += error.Count;
                OnError(error);
            }
        }
    }

    public void ReportFailure(ReadError error)
    {
        Failed += error.Count;
        CliOutput.Warn(error.ToString());
    }

    /// <summary>Prints the failure count (if any) and returns the exit code.</summary>
    public int Finish()
    {
        if (Failed > 0)
        {
            CliOutput.Warn($"{Read} document(s) read, {Failed} input(s) failed.");
        }

        return Read == 0 ? ExitCodes.Fatal : Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
    }
}
