using System.CommandLine;
using Dateline.Ingest.Fields;

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

    /// <summary><c>--field KEY=NAME</c>, repeatable: which JSON field or CSV column holds what.</summary>
    public static Option<string[]> Fields() => new("--field")
    {
        Description = "Which JSON field or CSV column holds what, overriding detection: KEY=NAME with KEY one of "
            + string.Join(", ", FieldMap.Keys) + "; NAME may be a dotted path into nested objects (article.body). Repeatable.",
        Arity = ArgumentArity.ZeroOrMore,
        HelpName = "KEY=NAME",
    };

    /// <summary>Reads the <c>--field</c> settings; a bad one is a user error.</summary>
    public static FieldMap ParseFields(string[]? settings)
    {
        try
        {
            return settings is null or { Length: 0 } ? FieldMap.Default : FieldMap.Parse(settings);
        }
        catch (FormatException ex)
        {
            throw new UserException(ex.Message, ex);
        }
    }
}
