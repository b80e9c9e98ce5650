using System.CommandLine;

namespace Dateline.Cli.Commands;

/// <summary>
/// The options every <c>dateline eval</c> command shares, declared once: <c>--gold</c> (what to score against),
/// <c>--json</c> (the scores as one JSON object) and <c>--errors</c> (how many errors to list on standard error).
/// Each command says in its own words what its gold file holds and what its JSON and error lists contain.
/// </summary>
internal static class EvalOptions
{
    /// <summary><c>--gold</c>, required: the file or folder of gold annotations.</summary>
    public static Option<string> Gold(string holds) =>
        new("--gold") { Description = holds, Required = true };

    /// <summary><c>--json</c>: print the scores as one JSON object instead of a table.</summary>
    public static Option<bool> Json(string prints = "Print the scores as one JSON object.") =>
        new("--json") { Description = prints };

    /// <summary><c>--errors N</c> (default 0): list up to N errors on standard error.</summary>
    public static Option<int> Errors(string lists) =>
        new("--errors") { Description = lists, DefaultValueFactory = _ => 0 };
}
