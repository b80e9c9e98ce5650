using System.Net.Sockets;
using Npgsql;

namespace Dateline.Store.Postgres;

/// <summary>Turns PostgreSQL and connection failures into one-line messages a user can act on.</summary>
internal static class PostgresErrors
{
    /// <summary>Whether <paramref name="ex"/> is worth retrying the whole transaction (deadlock, serialization failure).</summary>
    public static bool IsTransient(Exception ex) =>
        ex is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };

    public static bool IsStoreError(Exception ex) => ex is NpgsqlException or TimeoutException || (ex is InvalidOperationException && ex.InnerException is NpgsqlException);

    public static StoreException Translate(Exception ex, NpgsqlConnectionStringBuilder settings, string location)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var host = settings.Host ?? "localhost";
        var message = ex switch
        {
            PostgresException pg => pg.SqlState switch
            {
                PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification =>
                    $"PostgreSQL refused the login of user '{settings.Username}' at {host}: authentication failed (check the user name and password)",
                PostgresErrorCodes.InvalidCatalogName =>
                    $"the PostgreSQL database '{settings.Database}' does not exist at {host} (create it first, e.g. createdb {settings.Database})",
                PostgresErrorCodes.InsufficientPrivilege =>
                    $"PostgreSQL user '{settings.Username}' lacks a privilege on {location}: {pg.MessageText}",
                PostgresErrorCodes.DiskFull =>
                    $"the PostgreSQL server's disk is full while writing {location}; the unfinished batch was rolled back, so free some space and rerun the same command to resume",
                PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CannotConnectNow =>
                    $"PostgreSQL at {host} does not accept connections now: {pg.MessageText}",
                PostgresErrorCodes.ReadOnlySqlTransaction =>
                    $"{location} is read-only (a standby server?): {pg.MessageText}",
                PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown =>
                    $"the PostgreSQL server at {host} shut down; the unfinished batch was rolled back, so rerun the same command to resume",
                _ => $"database error in {location}: {pg.MessageText}",
            },
            NpgsqlException { InnerException: SocketException socket } => socket.SocketErrorCode switch
            {
                SocketError.ConnectionRefused or SocketError.AddressNotAvailable or SocketError.AddressFamilyNotSupported =>
                    $"cannot connect to PostgreSQL at {Endpoint(settings)}: connection refused (is the server running and listening there?)",
                SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData =>
                    $"cannot connect to PostgreSQL: host '{host}' not found",
                SocketError.TimedOut => $"cannot connect to PostgreSQL at {Endpoint(settings)}: timed out",
                _ => $"cannot connect to PostgreSQL at {Endpoint(settings)}: {socket.Message}",
            },
            NpgsqlException npgsql when npgsql.Message.Contains("No password has been provided", StringComparison.Ordinal) =>
                $"PostgreSQL at {host} requires a password for user '{settings.Username}' (give it in the URI, in PGPASSWORD or in ~/.pgpass)",
            NpgsqlException { InnerException: TimeoutException } or TimeoutException =>
                $"PostgreSQL at {Endpoint(settings)} did not answer in time",
            NpgsqlException { InnerException: IOException io } => $"lost the connection to PostgreSQL at {Endpoint(settings)}: {io.Message}",
            _ => $"database error in {location}: {ex.Message}",
        };
        return new StoreException(message, ex);
    }

    private static string Endpoint(NpgsqlConnectionStringBuilder settings) =>
        (settings.Host ?? "localhost") + ":" + settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
