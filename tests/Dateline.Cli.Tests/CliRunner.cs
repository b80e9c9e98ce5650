using System.Text;

namespace Dateline.Cli.Tests;

/// <summary>Runs the CLI in-process with captured standard output and error.</summary>
internal static class CliRunner
{
    private static readonly object Gate = new();

    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        lock (Gate)
        {
            var originalOut = Console.Out;
            var originalError = Console.Error;
            var output = new StringWriter(new StringBuilder());
            var error = new StringWriter(new StringBuilder());
            try
            {
                Console.SetOut(output);
                Console.SetError(error);
                var code = Program.Main(args);
                return (code, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(originalOut);
                Console.SetError(originalError);
            }
        }
    }
}
