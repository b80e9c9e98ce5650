using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>Turns SQLite failures into one-line messages a user can act on.</summary>
internal static class SqliteErrors
{
    public static StoreException Translate(SqliteException ex, string location)
    {
        // Primary result codes (the low byte of an extended code).
        var message = (ex.SqliteErrorCode & 0xFF) switch
        {
            5 or 6 => $"the database {location} is locked by another process (is another ingest running?); try again when it has finished",
            8 => $"the database {location} is read-only (check the file's and its folder's permissions)",
            13 => $"the disk is full while writing {location}; the unfinished batch was rolled back, so free some space and rerun the same command to resume",
            10 => $"cannot read or write {location}: disk I/O error",
            11 or 26 => $"{location} is not a Dateline database, or it is damaged",
            14 when File.Exists(location) => $"cannot open the database {location}: it or its folder is read-only or not accessible (SQLite writes its -wal and -shm files beside it; copy it to a writable folder)",
            14 => $"cannot open the database {location} (does its folder exist and can it be written?)",
            _ => $"database error in {location}: {ex.Message.Replace("SQLite Error ", string.Empty, StringComparison.Ordinal)}",
        };
        return new StoreException(message, ex);
    }
}
