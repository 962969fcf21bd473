namespace Bellwether.Core;

/// <summary>A signal's state right after one write: what briefs compare against and velocity is measured over.</summary>
/// <param name="At">When the article behind the write was observed (its publication time, else the ingest time).</param>
/// <param name="Strength">The strength after the write.</param>
/// <param name="ArticleCount">The number of source articles after the write.</param>
/// <param name="ExtractionCount">The number of extractions after the write.</param>
public sealed record SignalSnapshot(DateTimeOffset At, int Strength, int ArticleCount, int ExtractionCount);
