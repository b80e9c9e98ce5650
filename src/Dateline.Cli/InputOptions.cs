using System.CommandLine;
using Dateline.Ingest;

namespace Dateline.Cli;

/// <summary>Options shared by the commands that read input.</summary>
internal static class InputOptions
{
    public static Option<string?> Format()
    {
        var option = new Option<string?>("--format")
        {
            Description = "Input format, overriding detection: " + string.Join(", ", Readers.Registry.FormatNames) + ".",
        };
        option.AcceptOnlyFromAmong([.. Readers.Registry.FormatNames]);
        return option;
    }
}
