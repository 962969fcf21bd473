namespace Bellwether.Hosting;

/// <summary>What the service remembers of one reader across restarts.</summary>
public sealed record ReaderState
{
    /// <summary>Creates a <see cref="ReaderState"/> from its parts.</summary>
    /// <param name="lastBriefAt">When the last delivered brief was composed; null before the first.</param>
    /// <param name="lastScheduledAt">When the reader's schedule was last handled (delivered, or silent).</param>
    public ReaderState(DateTimeOffset? lastBriefAt, DateTimeOffset? lastScheduledAt)
    {
        LastBriefAt = lastBriefAt;
        LastScheduledAt = lastScheduledAt;
    }

    /// <summary>When the last delivered brief was composed; the next brief reports what changed since then. Null before the first.</summary>
    public DateTimeOffset? LastBriefAt { get; init; }

    /// <summary>When the reader's schedule was last handled (delivered, or silent); a restart resumes from it, so no morning is sent twice or skipped.</summary>
    public DateTimeOffset? LastScheduledAt { get; init; }
}
