using System.Diagnostics;
using System.Runtime.CompilerServices;
using Bellwether.Feeds;
using Cronos;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bellwether.Hosting.Internal;

/// <summary>
/// The service loop: sleeps (on the registered <see cref="TimeProvider"/>) until the next feed poll or brief is due,
/// polls the due feeds and ingests what is new, then composes and delivers the due briefs.
/// </summary>
internal sealed class BellwetherWorker(
    BellwetherServiceOptions options,
    IFeedReader feeds,
    ISignalPipeline pipeline,
    IBriefComposer composer,
    IReaderStateStore states,
    IEnumerable<IBriefDelivery> deliveries,
    TimeProvider time,
    HostingMetrics metrics,
    ILogger<BellwetherWorker> logger) : BackgroundService
{
    private readonly IBriefDelivery[] _deliveries = deliveries.ToArray();
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        var polls = options.Feeds.Select(f => new PollSchedule(
            new FeedSource { Url = new Uri(f.Url), Name = f.Name, Section = f.Section, Language = f.Language },
            f.PollInterval ?? options.PollInterval,
            now + Jitter())).ToList();
        var briefs = new List<BriefSchedule>();
        foreach (var reader in options.Readers)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(reader.TimeZone);
            var cron = CronExpression.Parse(reader.Schedule, Schedules.FormatOf(reader.Schedule));
            var state = await states.GetAsync(reader.Name, stoppingToken).ConfigureAwait(false);
            var schedule = new BriefSchedule(reader, cron, zone);
            if (state?.LastScheduledAt is { } last && cron.GetNextOccurrence(last, zone) is { } missed && missed <= now)
            {
                HostingLog.CatchingUp(logger, reader.Name, missed);
                schedule.Occurrence = missed;
                schedule.Due = now;
            }
            else
            {
                schedule.Occurrence = schedule.Due = cron.GetNextOccurrence(now, zone) ?? DateTimeOffset.MaxValue;
            }

            LogNext(schedule);
            briefs.Add(schedule);
        }

        HostingLog.Started(logger, polls.Count, briefs.Count);
        while (!stoppingToken.IsCancellationRequested)
        {
            now = time.GetUtcNow();
            var duePolls = polls.Where(p => p.Due <= now).ToList();
            if (duePolls.Count > 0)
            {
                await PollAsync(duePolls, stoppingToken).ConfigureAwait(false);
            }

            foreach (var schedule in briefs.Where(b => b.Due <= now))
            {
                try
                {
                    await BriefAsync(schedule, now, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // A store that is down, a profile the composer refuses: try again later rather than stop the service.
                    schedule.Due = time.GetUtcNow() + options.DeliveryRetryDelay;
                    HostingLog.BriefFailed(logger, e, schedule.Reader.Name, schedule.Due);
                }
            }

            var next = polls.Select(p => p.Due).Concat(briefs.Select(b => b.Due)).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
            var wait = next == DateTimeOffset.MaxValue ? Timeout.InfiniteTimeSpan : next - time.GetUtcNow();
            if (wait == Timeout.InfiniteTimeSpan || wait > TimeSpan.Zero)
            {
                try
                {
                    // Task.Delay takes at most about 49 days; a longer wait wakes up and sleeps again.
                    await Task.Delay(wait == Timeout.InfiniteTimeSpan || wait > TimeSpan.FromDays(30) ? TimeSpan.FromDays(30) : wait, time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    private async Task PollAsync(List<PollSchedule> due, CancellationToken cancellationToken)
    {
        var results = await feeds.ReadAllAsync(due.Select(p => p.Feed), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < due.Count; i++)
        {
            var schedule = due[i];
            var result = results[i];
            schedule.Due = time.GetUtcNow() + schedule.Interval + Jitter();
            metrics.Polls.Add(1, new KeyValuePair<string, object?>("status", result.Status.ToString()));
            if (result.Status == FeedReadStatus.Failed)
            {
                HostingLog.PollFailed(logger, schedule.Feed.Url, schedule.Due, result.Error ?? "unknown error");
                continue;
            }

            using var activity = HostingMetrics.ActivitySource.StartActivity("bellwether.hosting.ingest");
            int ingested = 0, noSignals = 0, duplicates = 0, rejected = 0;
            try
            {
                await foreach (var ingest in pipeline.IngestAsync(Articles(result.Items, cancellationToken), cancellationToken).ConfigureAwait(false))
                {
                    switch (ingest.Outcome)
                    {
                        case IngestOutcome.Ingested: ingested++; break;
                        case IngestOutcome.NoSignals: noSignals++; break;
                        case IngestOutcome.Duplicate: duplicates++; break;
                        default: rejected++; break;
                    }
                }

                HostingLog.Polled(logger, schedule.Feed.Url, result.Status.ToString(), result.Items.Count, ingested, noSignals, duplicates, rejected);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                activity?.SetStatus(ActivityStatusCode.Error, e.Message);
                HostingLog.PollFailed(logger, schedule.Feed.Url, schedule.Due, e.Message);
            }
        }
    }

    private async Task BriefAsync(BriefSchedule schedule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reader = schedule.Reader;
        using var activity = HostingMetrics.ActivitySource.StartActivity("bellwether.hosting.brief");
        activity?.SetTag("bellwether.reader", reader.Name);
        var lease = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMinutes(10).Ticks, options.DeliveryRetryDelay.Ticks * 2));
        if (!await states.TryClaimAsync(reader.Name, schedule.Occurrence, _owner, now, now + lease, cancellationToken).ConfigureAwait(false))
        {
            HostingLog.HandledElsewhere(logger, reader.Name, schedule.Occurrence);
            schedule.Occurrence = schedule.Due = schedule.Cron.GetNextOccurrence(now, schedule.Zone) ?? DateTimeOffset.MaxValue;
            LogNext(schedule);
            return;
        }

        var state = await states.GetAsync(reader.Name, cancellationToken).ConfigureAwait(false);
        var brief = await composer.ComposeAsync(ReaderProfiles.ToProfile(reader, state?.LastBriefAt), cancellationToken).ConfigureAwait(false);
        if (brief.IsSilent)
        {
            HostingLog.Silent(logger, reader.Name, brief.SilenceReason);
            metrics.Briefs.Add(1, new KeyValuePair<string, object?>("outcome", "silent"));
            await states.SetAsync(reader.Name, new ReaderState(state?.LastBriefAt, now), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            foreach (var delivery in _deliveries.Where(d => d.AppliesTo(reader)))
            {
                try
                {
                    await delivery.DeliverAsync(reader, brief, cancellationToken).ConfigureAwait(false);
                    HostingLog.Delivered(logger, reader.Name, brief.Items.Count, delivery.Name);
                }
                catch (BriefDeliveryException e)
                {
                    schedule.Due = time.GetUtcNow() + options.DeliveryRetryDelay;
                    metrics.Briefs.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
                    activity?.SetStatus(ActivityStatusCode.Error, e.Message);
                    HostingLog.DeliveryFailed(logger, e, reader.Name, delivery.Name, schedule.Due);
                    return;
                }
            }

            metrics.Briefs.Add(1, new KeyValuePair<string, object?>("outcome", "delivered"));
            await states.SetAsync(reader.Name, new ReaderState(brief.ComposedAt, now), cancellationToken).ConfigureAwait(false);
        }

        schedule.Occurrence = schedule.Due = schedule.Cron.GetNextOccurrence(now, schedule.Zone) ?? DateTimeOffset.MaxValue;
        LogNext(schedule);
    }

    private void LogNext(BriefSchedule schedule)
    {
        if (schedule.Due != DateTimeOffset.MaxValue)
        {
            HostingLog.NextBrief(logger, schedule.Reader.Name, schedule.Due, schedule.Zone.Id, TimeZoneInfo.ConvertTime(schedule.Due, schedule.Zone).DateTime);
        }
    }

    private TimeSpan Jitter() => options.PollJitter <= TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromTicks((long)(Random.Shared.NextDouble() * options.PollJitter.Ticks));

    private static async IAsyncEnumerable<Article> Articles(IReadOnlyList<FeedItem> items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item.Article;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private sealed class PollSchedule(FeedSource feed, TimeSpan interval, DateTimeOffset due)
    {
        public FeedSource Feed { get; } = feed;

        public TimeSpan Interval { get; } = interval;

        public DateTimeOffset Due { get; set; } = due;
    }

    private sealed class BriefSchedule(ReaderSettings reader, CronExpression cron, TimeZoneInfo zone)
    {
        public ReaderSettings Reader { get; } = reader;

        public CronExpression Cron { get; } = cron;

        public TimeZoneInfo Zone { get; } = zone;

        public DateTimeOffset Due { get; set; }

        /// <summary>The scheduled time being handled (before <see cref="Due"/> when catching up or retrying).</summary>
        public DateTimeOffset Occurrence { get; set; }
    }
}
