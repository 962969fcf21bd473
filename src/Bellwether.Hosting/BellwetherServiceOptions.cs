namespace Bellwether.Hosting;

/// <summary>What the Bellwether service reads, for whom, and how it delivers; validated when the host starts.</summary>
public sealed class BellwetherServiceOptions
{
    /// <summary>The feeds to poll.</summary>
    public IList<FeedSettings> Feeds { get; } = [];

    /// <summary>The readers to compose briefs for.</summary>
    public IList<ReaderSettings> Readers { get; } = [];

    /// <summary>How often each feed is polled unless it says otherwise (default 30 min, at least 1 s).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The most a poll is moved later at random, so feeds are not all fetched at once (default 2 min; zero turns jitter off).</summary>
    public TimeSpan PollJitter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long after a failed delivery it is tried again (default 5 min).</summary>
    public TimeSpan DeliveryRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The SMTP server briefs are mailed through; null sends no e-mail.</summary>
    public SmtpSettings? Smtp { get; set; }

    /// <summary>
    /// A folder to write each brief into (<c>READER/brief-yyyyMMdd-HHmm.html</c>, <c>.txt</c>, <c>.md</c>) together
    /// with the static site of all signals (<c>READER/site/</c>); null writes no files.
    /// </summary>
    public string? OutputDirectory { get; set; }

    /// <summary>
    /// A JSON file keeping each reader's <see cref="ReaderState"/> across restarts; null keeps it in memory only
    /// (a restart then waits for each reader's next morning).
    /// </summary>
    public string? StateFile { get; set; }
}
