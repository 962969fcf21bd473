namespace Bellwether.Core;

/// <summary>A signal's state right after one write: what briefs compare against and velocity is measured over.</summary>
public sealed record SignalSnapshot
{
    /// <summary>Creates a <see cref="SignalSnapshot"/> from its parts.</summary>
    /// <param name="at">When the article behind the write was observed (its publication time, else the ingest time).</param>
    /// <param name="strength">The strength after the write.</param>
    /// <param name="articleCount">The number of source articles after the write.</param>
    /// <param name="extractionCount">The number of extractions after the write.</param>
    public SignalSnapshot(DateTimeOffset at, int strength, int articleCount, int extractionCount)
    {
        At = at;
        Strength = strength;
        ArticleCount = articleCount;
        ExtractionCount = extractionCount;
    }

    /// <summary>When the article behind the write was observed (its publication time, else the ingest time).</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The strength after the write.</summary>
    public int Strength { get; init; }

    /// <summary>The number of source articles after the write.</summary>
    public int ArticleCount { get; init; }

    /// <summary>The number of extractions after the write.</summary>
    public int ExtractionCount { get; init; }
}
