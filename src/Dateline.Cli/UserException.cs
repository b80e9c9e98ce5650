namespace Dateline.Cli;

/// <summary>An error to show the user as one line, without a stack trace.</summary>
internal sealed class UserException : Exception
{
    public UserException()
    {
    }

    public UserException(string message)
        : base(message)
    {
    }

    public UserException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
