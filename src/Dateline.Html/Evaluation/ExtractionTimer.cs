using System.Diagnostics;
using System.Globalization;

namespace Dateline.Html.Evaluation;

/// <summary>
/// Adds up wall-clock and processor time spent inside extractor calls. Processor time is the calling thread's
/// own where the system tells it (Linux: <c>/proc/thread-self/schedstat</c>, nanoseconds), so the JIT's
/// background compilation and other threads do not count; elsewhere it is the process's.
/// </summary>
internal sealed class ExtractionTimer
{
    private const string ThreadClock = "/proc/thread-self/schedstat";
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly bool _threadClock = File.Exists(ThreadClock);

    public TimeSpan Wall { get; private set; }

    public TimeSpan Cpu { get; private set; }

    /// <summary>Whether <see cref="Cpu"/> counts the calling thread only.</summary>
    public bool ThreadOnly => _threadClock;

    public T Time<T>(Func<T> action)
    {
        var cpu = Now();
        var start = Stopwatch.GetTimestamp();
        try
        {
            return action();
        }
        finally
        {
            Wall += Stopwatch.GetElapsedTime(start);
            Cpu += Now() - cpu;
        }
    }

    private TimeSpan Now()
    {
        if (_threadClock)
        {
            var text = File.ReadAllText(ThreadClock);
            var end = text.IndexOf(' ', StringComparison.Ordinal);
            if (long.TryParse(end < 0 ? text : text[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var nanoseconds))
            {
                return TimeSpan.FromTicks(nanoseconds / 100);
            }
        }

        _process.Refresh();
        return _process.TotalProcessorTime;
    }
}
