using Dateline.Core.Annotations;

namespace Dateline.Text.Times;

/// <summary>
/// The vague references of <see cref="TimeParser"/>: "now", "currently" (PRESENT_REF), "recently", "recent years"
/// (PAST_REF), "the future" (FUTURE_REF), and "current" before a unit ("the current quarter").
/// </summary>
internal sealed partial class TimeParser
{
    private Found? ReferenceFirst(int i)
    {
        var kind = _t[i].Value;
        if (IsWord(i, "recent"))
        {
            // recent years -> PAST_REF; recent months, recent days -> an unknown duration
            var unit = UnitAt(i + 1);
            if (unit != TimeUnit.None && Plural(i + 1))
            {
                return unit == TimeUnit.Year
                    ? new Found(i + 2, TimeType.Date, TimeValues.PastRef)
                    : new Found(i + 2, TimeType.Duration, TimeValues.Duration(-1, unit));
            }
        }

        // "future" and "recent" alone are adjectives far more often than times ("future plans", "recent events").
        if (IsWord(i, "future") || IsWord(i, "recent"))
        {
            return null;
        }

        if (IsWord(i, "now") && (IsWord(i - 1, "right") || IsWord(i + 1, "that")))
        {
            return new Found(i + 1, TimeType.Date, TimeValues.PresentRef);
        }

        return new Found(i + 1, TimeType.Date, kind switch
        {
            1 => TimeValues.PresentRef,
            2 => TimeValues.PastRef,
            _ => TimeValues.FutureRef,
        });
    }

    private Found? CurrentFirst(int i, int first)
    {
        var k = i + 1;
        if (Class(k) == WordClass.Fiscal)
        {
            k++;
        }

        var unit = UnitAt(k);
        if (unit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Quarter or TimeUnit.Decade or TimeUnit.Century && !Plural(k))
        {
            return new Found(k + 1, TimeType.Date, unit == TimeUnit.Quarter ? SetQuarter(0) : Shifted(unit, 0));
        }

        return first == i ? new Found(i + 1, TimeType.Date, TimeValues.PresentRef) : null;
    }
}
