namespace Bellwether.Hosting;

/// <summary>One feed the service polls.</summary>
public sealed class FeedSettings
{
    /// <summary>The feed's absolute http(s) address.</summary>
    public string Url { get; set; } = string.Empty;

    /// <summary>The outlet name for its articles; null uses the feed's title.</summary>
    public string? Name { get; set; }

    /// <summary>The section for its articles; null uses each item's category.</summary>
    public string? Section { get; set; }

    /// <summary>The language of its articles; null uses the feed's.</summary>
    public string? Language { get; set; }

    /// <summary>How often this feed is polled; null uses <see cref="BellwetherServiceOptions.PollInterval"/>.</summary>
    public TimeSpan? PollInterval { get; set; }
}
