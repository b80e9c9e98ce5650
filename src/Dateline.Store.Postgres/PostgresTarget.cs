using System.Globalization;
using Npgsql;

namespace Dateline.Store.Postgres;

/// <summary>
/// Reads where a PostgreSQL store is: a URI (<c>postgres://user:password@host:port/database?sslmode=require</c>,
/// <c>postgresql://</c> too; <c>?host=/run/postgresql</c> for a Unix socket) or an Npgsql connection string
/// (<c>Host=...;Database=...</c>), and describes it for messages without the password.
/// </summary>
public static class PostgresTarget
{
    private static readonly string[] Schemes = ["postgres://", "postgresql://"];

    /// <summary>Whether <paramref name="value"/> names a PostgreSQL server rather than a database file.</summary>
    public static bool IsPostgres(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        if (Schemes.Any(s => text.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // A connection string: keyword=value pairs with a host or database keyword.
        if (!text.Contains('=', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var key = part.Split('=', 2)[0].Trim();
            if (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase)
                || key.Equals("Database", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Turns a URI or connection string into Npgsql settings; a malformed one is a <see cref="StoreException"/>.</summary>
    public static NpgsqlConnectionStringBuilder Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        try
        {
            return Schemes.Any(s => text.StartsWith(s, StringComparison.OrdinalIgnoreCase)) ? FromUri(text) : new NpgsqlConnectionStringBuilder(text);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or UriFormatException or KeyNotFoundException)
        {
            throw new StoreException($"not a valid PostgreSQL connection string or URI: {ex.Message}", ex);
        }
    }

    /// <summary>The target as <c>postgres://user@host:port/database</c>, without the password.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var user = string.IsNullOrEmpty(settings.Username) ? string.Empty : settings.Username + "@";
        var host = settings.Host ?? "localhost";
        var port = settings.Port == NpgsqlConnection.DefaultPort ? string.Empty : ":" + settings.Port.ToString(CultureInfo.InvariantCulture);
        return $"postgres://{user}{host}{port}/{settings.Database ?? settings.Username ?? string.Empty}";
    }

    private static NpgsqlConnectionStringBuilder FromUri(string text)
    {
        var uri = new Uri(text);
        var builder = new NpgsqlConnectionStringBuilder();
        if (!string.IsNullOrEmpty(uri.Host))
        {
            builder.Host = uri.Host;
        }

        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var setting = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : string.Empty;

            // libpq names where they differ from Npgsql's.
            key = key.ToLowerInvariant() switch
            {
                "sslmode" => "SSL Mode",
                "user" => "Username",
                "dbname" => "Database",
                "connect_timeout" => "Timeout",
                "application_name" => "Application Name",
                _ => key,
            };
            builder[key] = setting;
        }

        return builder;
    }
}
