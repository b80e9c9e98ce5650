namespace Dateline.Web.Api;

/// <summary>A query parameter the API cannot use; answered with 400 and this message.</summary>
internal sealed class BadQueryException : Exception
{
    public BadQueryException()
    {
    }

    public BadQueryException(string message)
        : base(message)
    {
    }

    public BadQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
