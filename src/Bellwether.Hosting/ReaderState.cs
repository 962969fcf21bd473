namespace Bellwether.Hosting;

/// <summary>What the service remembers of one reader across restarts.</summary>
/// <param name="LastBriefAt">When the last delivered brief was composed; the next brief reports what changed since then. Null before the first.</param>
/// <param name="LastScheduledAt">When the reader's schedule was last handled (delivered, or silent); a restart resumes from it, so no morning is sent twice or skipped.</param>
public sealed record ReaderState(DateTimeOffset? LastBriefAt, DateTimeOffset? LastScheduledAt);
