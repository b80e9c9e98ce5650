using System.CommandLine;
using System.Reflection;

namespace Dateline.Cli;

internal static class Program
{
    private static readonly string[] Groups = ["eval", "train"];

    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var root = BuildRoot();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && !args.Any(a => a is "-h" or "--help" or "-?"))
        {
            foreach (var error in parse.Errors)
            {
                CliOutput.Fail(error.Message);
            }

            CliOutput.Error.WriteLine("Run 'dateline --help' for usage.");
            return ExitCodes.Fatal;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UserException ex)
        {
            CliOutput.Fail(ex.Message);
            return ExitCodes.Fatal;
        }
        catch (OperationCanceledException)
        {
            CliOutput.Fail("cancelled");
            return ExitCodes.Fatal;
        }
        catch (Exception ex)
        {
            // Never show users a stack trace; DATELINE_DEBUG=1 shows it for developers.
            CliOutput.Fail($"{ex.GetType().Name}: {ex.Message}");
            if (Environment.GetEnvironmentVariable("DATELINE_DEBUG") == "1")
            {
                CliOutput.Error.WriteLine(ex);
            }

            return ExitCodes.Fatal;
        }
    }

    internal static RootCommand BuildRoot()
    {
        var root = new RootCommand("Dateline: who said what, about whom, when and where, in raw news.");
        var groups = Groups.ToDictionary(
            g => g,
            g => new Command(g, g == "eval" ? "Measure accuracy against gold data." : "Train models from data."));
        var commands = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ICliCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (ICliCommand)Activator.CreateInstance(t, nonPublic: true)!)
            .OrderBy(c => c.GetType().Name, StringComparer.Ordinal);
        foreach (var command in commands)
        {
            var created = command.Create();
            if (command.Parent is null)
            {
                root.Subcommands.Add(created);
            }
            else
            {
                groups[command.Parent].Subcommands.Add(created);
            }
        }

        foreach (var group in groups.Values.Where(g => g.Subcommands.Count > 0))
        {
            root.Subcommands.Add(group);
        }

        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction();
        }

        return root;
    }
}
