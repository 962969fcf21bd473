using Bellwether.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace Bellwether.Hosting.Tests;

public sealed class ServiceTests
{
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    private static ReaderSettings Marco(params string[] interests)
    {
        var reader = new ReaderSettings { Name = "Marco", Email = "marco@example.com", TimeZone = "Europe/Rome", MinimumStrength = 1, SendEmail = false };
        foreach (var interest in interests)
        {
            reader.Interests.Add(interest);
        }

        return reader;
    }

    [Fact]
    public async Task ExecuteAsync_RomeReaderAcrossDaylightSavingChange_GetsTheBriefAtSevenLocalEachMorning()
    {
        // Italy moves to summer time on Sunday 29 March 2026 at 02:00 CET (01:00 UTC).
        var harness = new ServiceHarness(new DateTimeOffset(2026, 3, 28, 4, 0, 0, TimeSpan.Zero));
        using var host = harness.Build(o =>
        {
            o.Readers.Add(Marco());
            o.OutputDirectory = null;
        });
        await harness.StartAsync(host);
        await ServiceHarness.IngestAsync(host, "a1", "Fabrikon");
        await ServiceHarness.SettleAsync();

        harness.Time.SetUtcNow(new DateTimeOffset(2026, 3, 28, 5, 59, 0, TimeSpan.Zero));
        await ServiceHarness.SettleAsync();
        harness.Delivery.Delivered.Should().BeEmpty("06:59 in Rome is before the schedule");
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 3, 28, 6, 0, 0, TimeSpan.Zero));
        await ServiceHarness.WaitUntilAsync(() => Task.FromResult(harness.Delivery.Delivered.Count == 1), "the first brief");

        harness.Time.SetUtcNow(new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero));
        await ServiceHarness.IngestAsync(host, "a2", "Siliqon");
        await ServiceHarness.SettleAsync();
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 3, 29, 4, 59, 0, TimeSpan.Zero));
        await ServiceHarness.SettleAsync();
        harness.Delivery.Delivered.Should().HaveCount(1, "06:59 summer time is still before the schedule");
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 3, 29, 5, 0, 0, TimeSpan.Zero));
        await ServiceHarness.WaitUntilAsync(() => Task.FromResult(harness.Delivery.Delivered.Count == 2), "the second brief");
        await host.StopAsync();

        var briefs = harness.Delivery.Delivered.ToList();
        briefs.Select(b => b.Brief.ComposedAt.UtcDateTime).Should().Equal(new DateTime(2026, 3, 28, 6, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 29, 5, 0, 0, DateTimeKind.Utc));
        briefs.Select(b => TimeZoneInfo.ConvertTime(b.Brief.ComposedAt, Rome).TimeOfDay).Should().AllBeEquivalentTo(TimeSpan.FromHours(7));
        briefs[0].Brief.Since.Should().BeNull();
        briefs[1].Brief.Since.Should().Be(briefs[0].Brief.ComposedAt, "the second brief reports what changed since the first");
        briefs.Should().OnlyContain(b => b.Reader == "Marco" && !b.Brief.IsSilent);
    }

    [Fact]
    public async Task ExecuteAsync_SilentBrief_SendsNothingButMarksTheMorningHandled()
    {
        var harness = new ServiceHarness(new DateTimeOffset(2026, 5, 20, 4, 0, 0, TimeSpan.Zero));
        using var host = harness.Build(o => o.Readers.Add(Marco("actor:Nobody Incorporated")));
        await harness.StartAsync(host);
        await ServiceHarness.IngestAsync(host, "s1", "Fabrikon");

        harness.Time.SetUtcNow(new DateTimeOffset(2026, 5, 20, 5, 0, 0, TimeSpan.Zero));
        await ServiceHarness.WaitUntilAsync(async () => (await harness.States.GetAsync("Marco"))?.LastScheduledAt is not null, "the morning is handled");
        await host.StopAsync();

        harness.Delivery.Delivered.Should().BeEmpty();
        var state = await harness.States.GetAsync("Marco");
        state.Should().Be(new ReaderState(null, new DateTimeOffset(2026, 5, 20, 5, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task ExecuteAsync_RestartBetweenTwoMornings_SendsEachMorningExactlyOnce()
    {
        var harness = new ServiceHarness(new DateTimeOffset(2026, 5, 20, 4, 0, 0, TimeSpan.Zero));
        harness.States = new FileReaderStateStore(Path.Combine(Path.GetTempPath(), $"bellwether-state-{Guid.NewGuid():N}.json"));
        using (var first = harness.Build(o => o.Readers.Add(Marco())))
        {
            await harness.StartAsync(first);
            await ServiceHarness.IngestAsync(first, "r1", "Fabrikon");
            harness.Time.SetUtcNow(new DateTimeOffset(2026, 5, 20, 5, 0, 0, TimeSpan.Zero));
            await ServiceHarness.WaitUntilAsync(() => Task.FromResult(harness.Delivery.Delivered.Count == 1), "the first morning's brief");
            harness.Time.SetUtcNow(new DateTimeOffset(2026, 5, 20, 10, 0, 0, TimeSpan.Zero));
            await first.StopAsync();
        }

        using var second = harness.Build(o => o.Readers.Add(Marco()));
        await harness.StartAsync(second);
        await ServiceHarness.SettleAsync();
        harness.Delivery.Delivered.Should().HaveCount(1, "the restart must not send the first morning again");
        await ServiceHarness.IngestAsync(second, "r2", "Siliqon");
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 5, 21, 5, 0, 0, TimeSpan.Zero));
        await ServiceHarness.WaitUntilAsync(() => Task.FromResult(harness.Delivery.Delivered.Count == 2), "the second morning's brief");
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 5, 21, 20, 0, 0, TimeSpan.Zero));
        await ServiceHarness.SettleAsync();
        await second.StopAsync();

        harness.Delivery.Delivered.Select(d => d.At.UtcDateTime).Should().Equal(new DateTime(2026, 5, 20, 5, 0, 0, DateTimeKind.Utc), new DateTime(2026, 5, 21, 5, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task ExecuteAsync_StoppedThroughAMorning_SendsTheMissedBriefOnceAtRestart()
    {
        var harness = new ServiceHarness(new DateTimeOffset(2026, 5, 20, 4, 0, 0, TimeSpan.Zero));
        using (var first = harness.Build(o => o.Readers.Add(Marco())))
        {
            await harness.StartAsync(first);
            await ServiceHarness.IngestAsync(first, "m1", "Fabrikon");
            harness.Time.SetUtcNow(new DateTimeOffset(2026, 5, 20, 5, 0, 0, TimeSpan.Zero));
            await ServiceHarness.WaitUntilAsync(() => Task.FromResult(harness.Delivery.Delivered.Count == 1), "the first brief");
            harness.Time.SetUtcNow(new DateTimeOffset(2026, 5, 20, 9, 0, 0, TimeSpan.Zero));
            await ServiceHarness.IngestAsync(first, "m2", "Siliqon");
            await first.StopAsync();
        }

        harness.Time.SetUtcNow(new DateTimeOffset(2026, 5, 21, 8, 30, 0, TimeSpan.Zero));
        using var second = harness.Build(o => o.Readers.Add(Marco()));
        await harness.StartAsync(second);
        await ServiceHarness.WaitUntilAsync(() => Task.FromResult(harness.Delivery.Delivered.Count == 2), "the missed brief");
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 5, 21, 20, 0, 0, TimeSpan.Zero));
        await ServiceHarness.SettleAsync();
        await second.StopAsync();

        harness.Delivery.Delivered.Should().HaveCount(2);
        harness.Delivery.Delivered.Last().At.Should().Be(new DateTimeOffset(2026, 5, 21, 8, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task ExecuteAsync_TwoInstancesSharingTheStateFile_SendEachMorningOnce()
    {
        var harness = new ServiceHarness(new DateTimeOffset(2026, 5, 20, 4, 0, 0, TimeSpan.Zero));
        harness.States = new FileReaderStateStore(Path.Combine(Path.GetTempPath(), $"bellwether-state-{Guid.NewGuid():N}.json"));
        using var first = harness.Build(o => o.Readers.Add(Marco()));
        using var second = harness.Build(o => o.Readers.Add(Marco()));
        await harness.StartAsync(first);
        await harness.StartAsync(second);
        await ServiceHarness.IngestAsync(first, "t1", "Fabrikon");

        harness.Time.SetUtcNow(new DateTimeOffset(2026, 5, 20, 5, 0, 0, TimeSpan.Zero));
        await ServiceHarness.WaitUntilAsync(() => Task.FromResult(harness.Log.Count(l => l.Contains("brief was already handled", StringComparison.Ordinal)) == 1 && harness.Delivery.Delivered.Count == 1), "the second instance stands aside");
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 5, 20, 9, 0, 0, TimeSpan.Zero));
        await ServiceHarness.IngestAsync(second, "t2", "Siliqon");
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 5, 21, 5, 0, 0, TimeSpan.Zero));
        await ServiceHarness.WaitUntilAsync(() => Task.FromResult(harness.Log.Count(l => l.Contains("brief was already handled", StringComparison.Ordinal)) == 2 && harness.Delivery.Delivered.Count == 2), "the second morning is handled");
        await first.StopAsync();
        await second.StopAsync();

        harness.Delivery.Delivered.Select(d => d.At.UtcDateTime).Should().Equal(new DateTime(2026, 5, 20, 5, 0, 0, DateTimeKind.Utc), new DateTime(2026, 5, 21, 5, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task StartAsync_BadReadersAndFeeds_FailNamingEachBadEntry()
    {
        var harness = new ServiceHarness(new DateTimeOffset(2026, 5, 20, 4, 0, 0, TimeSpan.Zero));
        using var host = harness.Build(o =>
        {
            o.Feeds.Add(new FeedSettings { Url = "ftp://127.0.0.1/feed.xml" });
            var anna = new ReaderSettings { Name = "Anna", Email = "anna", TimeZone = "Mars/Olympus_Mons", SendEmail = false };
            anna.Exclusions.Add("region:Atlantis");
            o.Readers.Add(anna);
            var bruno = new ReaderSettings { Name = "Bruno", Email = "bruno@example.com", Schedule = "at seven", SendEmail = false };
            bruno.Interests.Add("colour:blue");
            o.Readers.Add(bruno);
            o.Readers.Add(new ReaderSettings { Name = "Carla", Email = "not-an-address", MinimumStrength = 11, SendEmail = false });
        });

        var start = () => host.StartAsync();

        var failures = (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Failures.ToList();
        failures.Should().Contain(f => f.StartsWith("Feeds[0] ('ftp://127.0.0.1/feed.xml')", StringComparison.Ordinal));
        failures.Should().Contain(f => f.StartsWith("Readers[0] ('Anna')", StringComparison.Ordinal) && f.Contains("Mars/Olympus_Mons", StringComparison.Ordinal));
        failures.Should().Contain(f => f.StartsWith("Readers[0] ('Anna')", StringComparison.Ordinal) && f.Contains("Email 'anna'", StringComparison.Ordinal));
        failures.Should().Contain(f => f.StartsWith("Readers[0] ('Anna')", StringComparison.Ordinal) && f.Contains("Atlantis", StringComparison.Ordinal));
        failures.Should().Contain(f => f.StartsWith("Readers[1] ('Bruno')", StringComparison.Ordinal) && f.Contains("colour:blue", StringComparison.Ordinal));
        failures.Should().Contain(f => f.StartsWith("Readers[1] ('Bruno')", StringComparison.Ordinal) && f.Contains("at seven", StringComparison.Ordinal));
        failures.Should().Contain(f => f.StartsWith("Readers[2] ('Carla')", StringComparison.Ordinal) && f.Contains("not-an-address", StringComparison.Ordinal));
    }
}
