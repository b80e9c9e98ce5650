using System.CommandLine;

namespace Dateline.Cli;

/// <summary>
/// A command of the <c>dateline</c> tool. Every non-abstract implementation in this assembly is found at
/// start-up and added under its <see cref="Parent"/> (<c>null</c> for a top-level command, or a group
/// such as <c>eval</c> or <c>train</c>), so adding a command means adding one file.
/// </summary>
internal interface ICliCommand
{
    /// <summary>The group this command belongs to (<c>eval</c>, <c>train</c>), or <c>null</c>.</summary>
    string? Parent { get; }

    Command Create();
}
