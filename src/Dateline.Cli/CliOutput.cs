namespace Dateline.Cli;

/// <summary>Where commands write: results to standard output, messages to standard error.</summary>
internal static class CliOutput
{
    public static TextWriter Out => Console.Out;

    public static TextWriter Error => Console.Error;

    public static bool ErrorIsTerminal => !Console.IsErrorRedirected;

    public static void Fail(string message) => Error.WriteLine($"dateline: error: {message}");

    public static void Warn(string message) => Error.WriteLine($"dateline: {message}");
}
