using Dateline.Core.Annotations;

namespace Dateline.Text.Ner;

/// <summary>
/// The BILOU tag set over the four CoNLL labels: tag 0 is O, then for each label Begin, Inside, Last, Unit.
/// Valid transitions: after O, L or U (or at the start) comes O, B or U; after B or I of a label comes I or L of the same label.
/// </summary>
public static class BilouTags
{
    public const int Count = 17;

    public const int Outside = 0;

    private static readonly bool[] Allowed = BuildAllowed();

    public static int Begin(EntityLabel label) => 1 + ((int)label * 4);

    public static int Inside(EntityLabel label) => 2 + ((int)label * 4);

    public static int Last(EntityLabel label) => 3 + ((int)label * 4);

    public static int Unit(EntityLabel label) => 4 + ((int)label * 4);

    public static EntityLabel LabelOf(int tag) => (EntityLabel)((tag - 1) / 4);

    /// <summary>0 = O, 1 = B, 2 = I, 3 = L, 4 = U.</summary>
    public static int PartOf(int tag) => tag == 0 ? 0 : ((tag - 1) % 4) + 1;

    /// <summary>Whether a sentence may start with <paramref name="tag"/>.</summary>
    public static bool CanStart(int tag) => PartOf(tag) is 0 or 1 or 4;

    /// <summary>Whether a sentence may end with <paramref name="tag"/>.</summary>
    public static bool CanEnd(int tag) => PartOf(tag) is 0 or 3 or 4;

    public static bool CanFollow(int previous, int next) => Allowed[(previous * Count) + next];

    public static string Name(int tag) => tag == 0 ? "O" : "?BILU"[PartOf(tag)] + "-" + LabelOf(tag).ToString();

    /// <summary>Writes the BILOU tags of entity spans (token ranges) over <paramref name="tags"/>, which start as O.</summary>
    public static void Encode(ReadOnlySpan<(int First, int Last, EntityLabel Label)> entities, Span<int> tags)
    {
        tags.Clear();
        foreach (var (first, last, label) in entities)
        {
            if (first == last)
            {
                tags[first] = Unit(label);
                continue;
            }

            tags[first] = Begin(label);
            for (var k = first + 1; k < last; k++)
            {
                tags[k] = Inside(label);
            }

            tags[last] = Last(label);
        }
    }

    /// <summary>Reads entity spans (token ranges) back from a valid tag sequence.</summary>
    public static List<(int First, int Last, EntityLabel Label)> Decode(ReadOnlySpan<int> tags)
    {
        var result = new List<(int, int, EntityLabel)>();
        var start = -1;
        for (var k = 0; k < tags.Length; k++)
        {
            var part = PartOf(tags[k]);
            switch (part)
            {
                case 4:
                    result.Add((k, k, LabelOf(tags[k])));
                    start = -1;
                    break;
                case 1:
                    start = k;
                    break;
                case 3 when start >= 0:
                    result.Add((start, k, LabelOf(tags[k])));
                    start = -1;
                    break;
                case 0:
                    start = -1;
                    break;
                default:
                    break;
            }
        }

        return result;
    }

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[Count * Count];
        for (var p = 0; p < Count; p++)
        {
            for (var n = 0; n < Count; n++)
            {
                var pp = PartOf(p);
                var np = PartOf(n);
                allowed[(p * Count) + n] = pp is 0 or 3 or 4
                    ? np is 0 or 1 or 4
                    : np is 2 or 3 && LabelOf(p) == LabelOf(n);
            }
        }

        return allowed;
    }
}
