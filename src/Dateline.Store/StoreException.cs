namespace Dateline.Store;

/// <summary>
/// A store problem to show the user as one line (database locked, read-only, full, newer schema, not a
/// Dateline database, bad query syntax). The store is never left half-written when one is thrown.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
