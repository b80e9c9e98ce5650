namespace Dateline.Text.Ner;

/// <summary>Progress of one training epoch: sentences the model got wrong, dev-set F1 (when a dev set is given), time.</summary>
public sealed record NerEpochReport(int Epoch, int Epochs, int WrongSentences, int Sentences, double? DevF1, TimeSpan Elapsed);
