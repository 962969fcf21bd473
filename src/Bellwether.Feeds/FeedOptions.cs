using System.ComponentModel.DataAnnotations;

namespace Bellwether.Feeds;

/// <summary>How feeds and pages are fetched; validated when the host starts.</summary>
public sealed class FeedOptions
{
    /// <summary>The <c>User-Agent</c> sent with every request: name the program and a contact address.</summary>
    [Required]
    public string UserAgent { get; set; } = "Bellwether.Feeds/0.1 (+https://github.com/bellwether-news/Bellwether.Core)";

    /// <summary>How long one attempt may take (default 20 s, 10 ms to 10 min).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How many times a failed request (timeout, 408, 429, 5xx, connection error) is retried, with jittered exponential back-off, honouring <c>Retry-After</c> (0–10, default 2).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>The base wait before a retry (default 1 s, 0 to 1 min); it grows exponentially with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The largest response body read, in bytes (default 5 MiB, 1 KiB to 1 GiB); a larger one is refused.</summary>
    [Range(1024, 1L << 30)]
    public long MaxResponseBytes { get; set; } = 5L << 20;

    /// <summary>The most requests in flight to one host at a time (1–64, default 2).</summary>
    [Range(1, 64)]
    public int MaxConcurrencyPerHost { get; set; } = 2;

    /// <summary>The most feeds read at once by <see cref="IFeedReader.ReadAllAsync"/> (1–64, default 4).</summary>
    [Range(1, 64)]
    public int MaxConcurrentFeeds { get; set; } = 4;

    /// <summary>The most redirects followed for one request (0–20, default 5); a longer chain (or a loop) fails.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Whether the linked page is fetched for items whose content is shorter than <see cref="SummaryThreshold"/> (default true).</summary>
    public bool FetchFullText { get; set; } = true;

    /// <summary>An item whose text is shorter than this many characters counts as a summary (default 1,000).</summary>
    [Range(0, 1_000_000)]
    public int SummaryThreshold { get; set; } = 1_000;

    /// <summary>An extracted page text shorter than this many characters (or than the summary) counts as a failed extraction (default 200).</summary>
    [Range(1, 1_000_000)]
    public int MinExtractedLength { get; set; } = 200;

    /// <summary>Whether items the registered <see cref="ISignalStore"/> already holds (by id or address) are skipped before their page is fetched (default true).</summary>
    public bool SkipKnownItems { get; set; } = true;
}
