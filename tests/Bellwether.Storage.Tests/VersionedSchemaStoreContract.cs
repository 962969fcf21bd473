using Bellwether.Testing;
using Bellwether.Testing.Internal;

namespace Bellwether.Storage.Tests;

/// <summary>
/// The contract, plus what a store with a versioned schema keeps: a database written by an earlier schema opens,
/// upgrades and carries on. SQLite and PostgreSQL run it; the in-memory store has no schema to upgrade.
/// </summary>
public abstract class VersionedSchemaStoreContract : SignalStoreContract
{
    [SkippableFact]
    public async Task IngestAsync_DatabaseFromBeforeMatchRecords_OpensUpgradesAndResumesFromTheEvidence()
    {
        var stream = OverlappingHeadlines.Stream(60);
        await ResumeRuns.IngestAsync([.. stream.Take(30)], [], OpenStore);
        await DowngradeToBeforeMatchRecordsAsync();

        var resumed = await ResumeRuns.IngestAsync(stream, [], OpenStore);

        resumed.Stories.Keys.Should().Equal(stream.Select(a => a.Id).Order(StringComparer.Ordinal));
        resumed.Signals.Should().HaveCount(stream.Count, "every article is recorded once, the first 30 as duplicates");
        (await OpenStore().ReadMatchRecordsAsync(0, SignalQuery.MaxLimit)).Select(r => r.ArticleId).Should().Equal(stream.Skip(30).Select(a => a.Id));
    }

    /// <summary>Makes this test's database look as the previous schema left it: no match records, the version before them.</summary>
    protected abstract Task DowngradeToBeforeMatchRecordsAsync();
}
