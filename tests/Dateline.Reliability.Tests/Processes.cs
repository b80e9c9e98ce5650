using System.Diagnostics;
using Dateline.Cli.Tests;

namespace Dateline.Reliability.Tests;

/// <summary>Child <c>dateline</c> processes for the fault tests: runs with a time limit, servers and their address.</summary>
internal static class Processes
{
    /// <summary>Starts <c>dateline</c>, discarding its output as it comes (so a full pipe never blocks it).</summary>
    public static Process StartQuiet(string folder, params string[] args)
    {
        var process = DatelineProcess.Start(folder, args);
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    /// <summary>Starts <c>dateline serve</c> on a free loopback port and returns it with the URL it reports.</summary>
    public static async Task<(Process Server, Uri Url)> ServeAsync(string folder, string db)
    {
        var server = DatelineProcess.Start(folder, "serve", "--db", db, "--urls", "http://127.0.0.1:0", "--rate-limit", "0");
        _ = server.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await server.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            var at = line.IndexOf(" at http://", StringComparison.Ordinal);
            if (line.StartsWith("dateline: serving", StringComparison.Ordinal) && at > 0)
            {
                _ = server.StandardError.ReadToEndAsync();
                return (server, new Uri(line[(at + 4)..].Split(' ')[0]));
            }
        }

        throw new InvalidOperationException("dateline serve stopped before it reported its address");
    }

    public static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        process.Dispose();
    }

    /// <summary>Waits until <paramref name="condition"/> holds or the process exits; false when it exited first or time ran out.</summary>
    public static bool WaitFor(Process process, Func<bool> condition, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (!process.HasExited && watch.Elapsed < limit)
        {
            if (condition())
            {
                return !process.HasExited;
            }

            Thread.Sleep(10);
        }

        return false;
    }

    /// <summary>The lines of an error output, for "exactly one line, no stack trace" checks.</summary>
    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
