namespace Dateline.Ingest.Fields;

/// <summary>The outcome of reading a date as found in the wild (<see cref="LooseDate"/>).</summary>
/// <param name="Status">Whether a usable date was read.</param>
/// <param name="Date">The publication day (the publisher's local day when the value has an offset); set when <see cref="DateStatus.Read"/> or <see cref="DateStatus.Implausible"/>.</param>
/// <param name="Moment">The publication time, when the value gives a time of day.</param>
public readonly record struct DateReading(DateStatus Status, DateOnly? Date = null, DateTimeOffset? Moment = null)
{
    public static DateReading Missing => default;

    public static DateReading Unreadable => new(DateStatus.Unreadable);
}
