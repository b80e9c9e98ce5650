using Dateline.Core;
using Dateline.Ingest;

namespace Dateline.Cli;

/// <summary>
/// Reads the documents of a command's inputs, printing each bad input as one line on standard error and
/// counting them, and turns the counts into the exit code: 0 all read, 1 some bad, 2 nothing readable.
/// </summary>
internal sealed class InputRun
{
    private readonly CorpusReader _reader;

    public InputRun(IEnumerable<string> paths, string? format)
    {
        Plan = InputExpander.Expand(paths, Readers.Registry);
        _reader = new CorpusReader(Readers.Registry, format);
    }

    public InputPlan Plan { get; }

    public int Read { get; private set; }

    public int Failed { get; private set; }

    /// <summary>Bytes read so far from the input files (compressed bytes for <c>.gz</c>).</summary>
    public long BytesRead => _reader.BytesRead;

    /// <summary>Where bad inputs are reported; by default one line each on standard error.</summary>
    public Action<ReadError> OnError { get; set; } = error => CliOutput.Warn(error.ToString());

    public IEnumerable<Document> Documents(CancellationToken cancellationToken = default)
    {
        foreach (var item in _reader.Read(Plan, cancellationToken))
        {
            if (item.Document is { } document)
            {
                Read++;
                yield return document;
            }
            else if (item.Error is { } error)
            {
                Failed++;
                OnError(error);
            }
        }
    }

    public void ReportFailure(ReadError error)
    {
        Failed++;
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
