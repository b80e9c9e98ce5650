namespace Dateline.Text.Quotes.Evaluation;

/// <summary>A gold file that cannot be read: the message names the file and the line.</summary>
public sealed class GoldFormatException : Exception
{
    public GoldFormatException()
    {
    }

    public GoldFormatException(string message)
        : base(message)
    {
    }

    public GoldFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
