using System.Diagnostics;

namespace Dateline.Html.Evaluation;

/// <summary>
/// Adds up wall-clock and processor time spent inside extractor calls. Processor time is the process's
/// (extraction is single-threaded, and the CLI's garbage collector runs on the same thread), read before
/// and after each call; its tick granularity averages out over many pages.
/// </summary>
internal sealed class ExtractionTimer
{
    private readonly Process _process = Process.GetCurrentProcess();

    public TimeSpan Wall { get; private set; }

    public TimeSpan Cpu { get; private set; }

    public T Time<T>(Func<T> action)
    {
        _process.Refresh();
        var cpu = _process.TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        try
        {
            return action();
        }
        finally
        {
            Wall += Stopwatch.GetElapsedTime(start);
            _process.Refresh();
            Cpu += _process.TotalProcessorTime - cpu;
        }
    }
}
