using Dateline.Ingest;

namespace Dateline.Cli;

/// <summary>The input formats the tool reads.</summary>
internal static class Readers
{
    public static FormatRegistry Registry { get; } = FormatRegistry.Default;
}
