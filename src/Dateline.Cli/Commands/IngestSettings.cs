using Dateline.Ingest.Fields;

namespace Dateline.Cli.Commands;

/// <summary>How <c>dateline ingest</c> reads and reports: the options besides the paths and the database.</summary>
/// <param name="Format">The input format forced by <c>--format</c>, or <c>null</c> to detect it.</param>
/// <param name="Fields">Which JSON fields or CSV columns hold what (<c>--field</c>).</param>
/// <param name="Quiet">Whether to print only errors (<c>--quiet</c>).</param>
/// <param name="BatchSize">Documents per transaction.</param>
/// <param name="Threads">Analysis threads.</param>
internal sealed record IngestSettings(string? Format, FieldMap Fields, bool Quiet, int BatchSize, int Threads);
