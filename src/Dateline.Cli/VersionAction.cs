using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using Dateline.Text.Ner;
using Dateline.Text.Quotes.Learning;

namespace Dateline.Cli;

/// <summary>
/// <c>dateline --version</c>: the tool's version, then each model file the analysis uses, with where it was found,
/// its size and the start of its SHA-256, so two installations can be compared at a glance.
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var output = CliOutput.Out;
        output.WriteLine($"dateline {Version()}");
        WriteModel(output, "NER model", NerModelLocator.Find(), NerModelLocator.Candidates());
        WriteModel(output, "quote cue model", CueModelLocator.Find(), CueModelLocator.Candidates());
        return ExitCodes.Success;
    }

    /// <summary>The informational version of the tool (<c>1.0.0+commit</c>), else its assembly version.</summary>
    public static string Version()
    {
        var assembly = typeof(VersionAction).Assembly;
        return assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "unknown";
    }

    private static void WriteModel(TextWriter output, string name, string? path, IEnumerable<string> candidates)
    {
        if (path is null)
        {
            output.WriteLine($"{name}: not found (looked for {string.Join(", ", candidates)})");
            return;
        }

        using var stream = File.OpenRead(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream))[..16];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {path} ({stream.Length:N0} bytes, sha256 {hash})"));
    }
}
