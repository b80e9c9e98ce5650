using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dateline.Search;
using Dateline.Store;

namespace Dateline.Cli;

/// <summary>Options and helpers shared by the commands that use a corpus store.</summary>
internal static class StoreOptions
{
    public const string DefaultDatabase = "dateline.db";

    public static Option<string> Database() => new("--db")
    {
        Description = "The corpus: a SQLite database file, or a PostgreSQL server (postgres://user@host/database or \"Host=...;Database=...\").",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print the result as JSON (the web API's shape)." };

    public static Option<int> Limit(int value, string name = "--limit") => new(name)
    {
        Description = "How many results to show.",
        DefaultValueFactory = _ => value,
    };

    public static Option<string?> Date(string name, string description) => new(name) { Description = description + " (YYYY-MM-DD, YYYY-MM or YYYY)." };

    /// <summary>Opens a store, turning store problems into one-line user errors.</summary>
    public static ICorpusStore Open(string db, bool create) => Guard(() => CorpusStores.Open(db, create));

    /// <summary>Runs a store call, turning store problems into one-line user errors.</summary>
    public static T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (StoreException ex)
        {
            throw new UserException(ex.Message, ex);
        }
    }

    /// <summary>Parses a date bound; a month or year means its first day (<paramref name="end"/> false) or last day.</summary>
    public static DateOnly? ParseDate(string? value, string option, bool end)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && value.Length == 7)
        {
            return end ? month.AddMonths(1).AddDays(-1) : month;
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999)
        {
            return end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }

        throw new UserException($"{option}: '{value}' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)");
    }

    public static void WriteJson<T>(T value)
    {
        using var stdout = Console.OpenStandardOutput();
        JsonSerializer.Serialize(stdout, value, QueryJson.Options);
        stdout.WriteByte((byte)'\n');
    }
}
