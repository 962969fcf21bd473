namespace Bellwether.Feeds;

/// <summary>How reading one feed ended.</summary>
public enum FeedReadStatus
{
    /// <summary>The feed was read; its new items are in <see cref="FeedReadResult.Items"/>.</summary>
    Read,

    /// <summary>The server said the feed has not changed since the last read (HTTP 304).</summary>
    NotModified,

    /// <summary>The feed could not be fetched or parsed; <see cref="FeedReadResult.Error"/> says why. It is tried again on the next read.</summary>
    Failed,
}
