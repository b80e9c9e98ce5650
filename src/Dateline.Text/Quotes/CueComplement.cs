namespace Dateline.Text.Quotes;

/// <summary>What a cue word's reported content looks like after it.</summary>
internal enum CueComplement : byte
{
    /// <summary>A clause ("said (that) the plan failed"), a quotation, or the content before the cue.</summary>
    Clause,

    /// <summary>A clause or a to-infinitive ("declined to comment", "wants to build a wall").</summary>
    Infinitive,

    /// <summary>A clause or a noun phrase object ("endorsed Clinton", "proposed a new tax").</summary>
    Object,

    /// <summary>Content only after one of the verb's particles ("talked about the economy", "voted for Clinton").</summary>
    Particle,

    /// <summary>
    /// A raising verb ("Trump seemed to suggest ..."): the subject and the to-infinitive are the content and there is
    /// no speaker.
    /// </summary>
    Raising,
}
