using System.Globalization;

namespace Dateline.Web.Api;

/// <summary>Checks and converts query-string values, throwing <see cref="BadQueryException"/> with a one-line message.</summary>
internal static class QueryParameters
{
    /// <summary>The longest free-text query accepted (characters).</summary>
    public const int MaxTextLength = 500;

    /// <summary>The longest name or filter value accepted (characters).</summary>
    public const int MaxNameLength = 200;

    public static string? Text(string? value, string name, int maxLength = MaxTextLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (value.Length > maxLength)
        {
            throw new BadQueryException($"'{name}' is longer than {maxLength} characters");
        }

        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new BadQueryException($"'{name}' contains a NUL character");
        }

        return value;
    }

    public static string RequiredText(string? value, string name, int maxLength = MaxNameLength) =>
        Text(value, name, maxLength) ?? throw new BadQueryException($"'{name}' is required");

    public static int Integer(string? value, string name, int defaultValue, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return defaultValue;
        }

        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            throw new BadQueryException($"'{name}' must be a whole number from {min} to {max}, not '{Shorten(value)}'");
        }

        if (number < min || number > max)
        {
            throw new BadQueryException($"'{name}' must be from {min} to {max}, not {number}");
        }

        return number;
    }

    /// <summary>An optional store id (a story's, docs/stories.md): a positive whole number.</summary>
    public static long? Id(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new BadQueryException($"'{name}' must be a story id (a positive whole number), not '{Shorten(value)}'");
    }

    /// <summary>A date bound: <c>YYYY-MM-DD</c>, or a month (<c>YYYY-MM</c>) or year (<c>YYYY</c>) meaning its first day, or with <paramref name="end"/> its last.</summary>
    public static DateOnly? Date(string? value, string name, bool end)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (value.Length == 7 && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return end ? month.AddMonths(1).AddDays(-1) : month;
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            return end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }

        throw new BadQueryException($"'{name}' is not a date: '{Shorten(value)}' (use YYYY-MM-DD, YYYY-MM or YYYY)");
    }

    public static void CheckRange(DateOnly? from, DateOnly? to)
    {
        if (from is { } start && to is { } end && start > end)
        {
            throw new BadQueryException($"'from' ({start:yyyy-MM-dd}) is after 'to' ({end:yyyy-MM-dd})");
        }
    }

    public static bool Flag(string? value, string name, bool defaultValue)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return defaultValue;
        }

        return value.Trim().ToUpperInvariant() switch
        {
            "TRUE" or "1" or "YES" => true,
            "FALSE" or "0" or "NO" => false,
            _ => throw new BadQueryException($"'{name}' must be true or false, not '{Shorten(value)}'"),
        };
    }

    public static TEnum Choice<TEnum>(string? value, string name, TEnum defaultValue)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return defaultValue;
        }

        if (Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(value.Trim()[0]))
        {
            return parsed;
        }

        throw new BadQueryException($"'{name}' must be one of {string.Join(", ", Enum.GetNames<TEnum>()).ToLowerInvariant()}, not '{Shorten(value)}'");
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");
}
