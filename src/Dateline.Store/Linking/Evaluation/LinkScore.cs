namespace Dateline.Store.Linking.Evaluation;

/// <summary>
/// Link precision and recall over gold mentions: a link is a mention the store gives a (non-ambiguous) corpus
/// entity; it is right when that entity is the gold one. Precision = right links / links; recall = right links /
/// gold mentions that have an entity.
/// </summary>
public sealed record LinkScore(int Mentions, int Links, int GoldLinks, int Correct, int NotFound, IReadOnlyList<LinkJudgement> Judgements)
{
    /// <summary>Right links / links, in percent (100 when there are no links).</summary>
    public double Precision => Links == 0 ? 100 : 100.0 * Correct / Links;

    /// <summary>Right links / gold links, in percent (100 when the gold has none).</summary>
    public double Recall => GoldLinks == 0 ? 100 : 100.0 * Correct / GoldLinks;
}
