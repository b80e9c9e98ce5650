namespace Dateline.Core.Annotations;

/// <summary>TIMEX3 types.</summary>
public enum TimeType : byte
{
    Date,
    Time,
    Duration,
    Set,
}
