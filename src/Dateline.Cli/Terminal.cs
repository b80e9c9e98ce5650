using Spectre.Console;

namespace Dateline.Cli;

/// <summary>Spectre.Console consoles for results (standard output) and progress (standard error).</summary>
internal static class Terminal
{
    private static readonly Lazy<IAnsiConsole> OutConsole = new(() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) }));
    private static readonly Lazy<IAnsiConsole> ErrorConsole = new(() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));

    public static IAnsiConsole Out => OutConsole.Value;

    public static IAnsiConsole Error => ErrorConsole.Value;
}
