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

    /// <summary>
    /// Whether the user's own query text is at fault (malformed search syntax): a caller answers "bad request"
    /// for these, and "unavailable" for every other store error (server down, connection lost, locked, damaged).
    /// </summary>
    public bool IsBadQuery { get; init; }

    /// <summary>An "invalid search query: ..." error (<see cref="IsBadQuery"/> set).</summary>
    public static StoreException BadQuery(string detail, Exception? innerException = null) =>
        innerException is null
            ? new($"invalid search query: {detail}") { IsBadQuery = true }
            : new($"invalid search query: {detail}", innerException) { IsBadQuery = true };
}
