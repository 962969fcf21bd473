namespace Bellwether.Core;

/// <summary>A reader's brief: the signals worth their attention now, or an explicit silence.</summary>
public sealed record Brief
{
    /// <summary>The reader's name.</summary>
    public required string ReaderName { get; init; }

    /// <summary>When the brief was composed.</summary>
    public required DateTimeOffset ComposedAt { get; init; }

    /// <summary>The reader's time zone id, for showing dates as the reader reads them (default "UTC").</summary>
    public string TimeZoneId { get; init => field = value ?? "UTC"; } = "UTC";

    /// <summary>The reader's previous brief, which this one reports changes since; null for a first brief.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>The items, most relevant first; empty when the brief is silent.</summary>
    public IReadOnlyList<BriefItem> Items { get; init => field = value ?? []; } = [];

    /// <summary>Why nothing is said, when <see cref="IsSilent"/>; otherwise null.</summary>
    public string? SilenceReason { get; init; }

    /// <summary>True when nothing crossed the bar: "nothing worth saying".</summary>
    public bool IsSilent => Items.Count == 0;
}
