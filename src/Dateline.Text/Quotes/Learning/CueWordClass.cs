using System.Collections.Frozen;

namespace Dateline.Text.Quotes.Learning;

/// <summary>
/// The closed word classes of <see cref="SpeechWords"/> as bit flags, so that the cue features need one lookup per
/// word (cached in <see cref="CueContext"/>) instead of one per class.
/// </summary>
internal static class CueWordClass
{
    public const ushort Auxiliary = 1;
    public const ushort Be = 2;
    public const ushort Pronoun = 4;
    public const ushort Determiner = 8;
    public const ushort NotContentStart = 16;
    public const ushort AdverbialStart = 32;
    public const ushort SpeakerBreak = 64;
    public const ushort TimeWord = 128;

    private static readonly FrozenDictionary<string, ushort>.AlternateLookup<ReadOnlySpan<char>> Lookup = Build().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The flags of a word (case-insensitive), 0 for an open-class word.</summary>
    public static ushort Of(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var flags) ? flags : (ushort)0;

    private static FrozenDictionary<string, ushort> Build()
    {
        var flags = new Dictionary<string, ushort>(StringComparer.OrdinalIgnoreCase);
        void Add(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set, ushort flag)
        {
            foreach (var word in set.Set)
            {
                flags[word] = (ushort)(flags.GetValueOrDefault(word) | flag);
            }
        }

        Add(SpeechWords.Auxiliaries, Auxiliary);
        Add(SpeechWords.Be, Be);
        Add(SpeechWords.Pronouns, Pronoun);
        Add(SpeechWords.Determiners, Determiner);
        Add(SpeechWords.NotContentStarts, NotContentStart);
        Add(SpeechWords.AdverbialStarts, AdverbialStart);
        Add(SpeechWords.SpeakerBreaks, SpeakerBreak);
        Add(SpeechWords.TimeWords, TimeWord);
        return flags.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
