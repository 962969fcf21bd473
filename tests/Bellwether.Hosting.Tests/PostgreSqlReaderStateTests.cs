using Bellwether.Hosting.PostgreSql.Internal;

namespace Bellwether.Hosting.Tests;

/// <summary>Needs a PostgreSQL server: BELLWETHER_POSTGRES (test.sh starts a throw-away one); skipped without it.</summary>
public sealed class PostgreSqlReaderStateTests
{
    private static readonly DateTimeOffset Seven = new(2026, 5, 20, 5, 0, 0, TimeSpan.Zero);

    private static PostgreSqlReaderStateStore NewStore()
    {
        var connectionString = Environment.GetEnvironmentVariable("BELLWETHER_POSTGRES");
        Skip.If(string.IsNullOrEmpty(connectionString), "BELLWETHER_POSTGRES is not set: no PostgreSQL server to test against.");
        return new PostgreSqlReaderStateStore(connectionString!, "hosting_" + Guid.NewGuid().ToString("N")[..12]);
    }

    [SkippableFact]
    public async Task TryClaimAsync_TwoOwnersOneMorning_OnlyTheFirstUntilItsLeaseExpires()
    {
        await using var store = NewStore();

        var a = await store.TryClaimAsync("Marco", Seven, "a", Seven, Seven.AddMinutes(10));
        var b = await store.TryClaimAsync("Marco", Seven, "b", Seven.AddMinutes(1), Seven.AddMinutes(11));
        var aAgain = await store.TryClaimAsync("Marco", Seven, "a", Seven.AddMinutes(2), Seven.AddMinutes(12));
        var bAfterLease = await store.TryClaimAsync("Marco", Seven, "b", Seven.AddMinutes(13), Seven.AddMinutes(23));

        (a, b, aAgain, bAfterLease).Should().Be((true, false, true, true));
    }

    [SkippableFact]
    public async Task SetAsync_AfterTheBrief_RecordsItAndRefusesAnotherClaimOnThatMorning()
    {
        await using var store = NewStore();
        (await store.GetAsync("Marco")).Should().BeNull();

        (await store.TryClaimAsync("Marco", Seven, "a", Seven, Seven.AddMinutes(10))).Should().BeTrue();
        await store.SetAsync("Marco", new ReaderState(Seven, Seven.AddSeconds(1)));

        (await store.GetAsync("Marco")).Should().Be(new ReaderState(Seven, Seven.AddSeconds(1)));
        (await store.TryClaimAsync("Marco", Seven, "b", Seven.AddMinutes(1), Seven.AddMinutes(11))).Should().BeFalse();
        (await store.TryClaimAsync("Marco", Seven.AddDays(1), "b", Seven.AddDays(1), Seven.AddDays(1).AddMinutes(10))).Should().BeTrue();
    }

    [SkippableFact]
    public async Task ExecuteAsync_TwoInstancesSharingTheDatabase_SendTheMorningOnce()
    {
        var harness = new ServiceHarness(new DateTimeOffset(2026, 5, 20, 4, 0, 0, TimeSpan.Zero)) { States = NewStore() };
        using var first = harness.Build(o => o.Readers.Add(new ReaderSettings { Name = "Marco", Email = "marco@example.com", TimeZone = "Europe/Rome", MinimumStrength = 1, SendEmail = false }));
        using var second = harness.Build(o => o.Readers.Add(new ReaderSettings { Name = "Marco", Email = "marco@example.com", TimeZone = "Europe/Rome", MinimumStrength = 1, SendEmail = false }));
        await harness.StartAsync(first);
        await harness.StartAsync(second);
        await ServiceHarness.IngestAsync(first, "p1", "Fabrikon");

        harness.Time.SetUtcNow(Seven);
        await ServiceHarness.WaitUntilAsync(() => Task.FromResult(harness.Log.Any(l => l.Contains("brief was already handled", StringComparison.Ordinal)) && harness.Delivery.Delivered.Count == 1), "one instance sends, the other stands aside");
        await first.StopAsync();
        await second.StopAsync();

        harness.Delivery.Delivered.Should().ContainSingle().Which.At.Should().Be(Seven);
    }
}
