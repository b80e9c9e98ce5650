namespace Dateline.Cli;

/// <summary>Process exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and done.</summary>
    public const int Success = 0;

    /// <summary>The job ran, but some inputs were bad and were skipped.</summary>
    public const int SomeFailed = 1;

    /// <summary>Nothing could be done: no input could be read, bad usage, or a fatal error.</summary>
    public const int Fatal = 2;
}
