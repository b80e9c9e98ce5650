using Dateline.Core.Annotations;

namespace Dateline.Store.Postgres;

/// <summary>A quote ready to store: its text, cue text and speaker (name, key, corpus entity when known by the article).</summary>
internal sealed record PreparedQuote(Quote Quote, string Content, string? Cue, string? SpeakerName, string? SpeakerKey, EntityKey? Speaker)
{
    /// <summary>The corpus entity the speaker resolves to, once known.</summary>
    public EntityKey? Resolved { get; set; } = Speaker;
}
