using Bellwether.Testing.Internal;
using static Bellwether.Testing.Internal.TestSignals;

namespace Bellwether.Testing;

#pragma warning disable CS1591 // A test's name (Method_Condition_Result) is its documentation.

/// <summary>
/// The matcher's records (<see cref="SignalChangeSet.MatchRecord"/>) are saved in the same write as the article's
/// evidence and read back in arrival order, so that a stream ingested in several runs (each a new process: a new
/// store handle, pipeline and matcher) ends with the same stories and signals as one uninterrupted run.
/// </summary>
public abstract partial class SignalStoreContract
{
    [SkippableFact]
    public async Task ReadMatchRecordsAsync_SavedWithTheirArticles_ReturnsThemInArrivalOrderAtEachWritesLastSequence()
    {
        var store = OpenStore();
        var first = await store.SaveAsync(Creating("a-1", Signal("s-1"), Signal("s-2")) with { MatchRecord = "one" });
        await store.SaveAsync(Creating("a-2", Signal("s-3"))); // no record
        var third = await OpenStore().SaveAsync(Reinforcing("a-3", "s-1") with { MatchRecord = "three" });

        var records = await OpenStore().ReadMatchRecordsAsync(0, SignalQuery.MaxLimit);

        records.Should().Equal(new MatchRecord(first.LastSequence!.Value, "a-1", "one"), new MatchRecord(third.LastSequence!.Value, "a-3", "three"));
        (await OpenStore().ReadMatchRecordsAsync(first.LastSequence.Value, 1)).Should().Equal(records[1]);
        (await OpenStore().ReadMatchRecordsAsync(third.LastSequence.Value, 10)).Should().BeEmpty();
    }

    [SkippableFact]
    public async Task SaveAsync_DuplicateArticleOrFailedWrite_KeepsNoMatchRecordOfIt()
    {
        var store = OpenStore();
        await store.SaveAsync(Creating("a-1", Signal("s-1")) with { MatchRecord = "kept" });
        await store.SaveAsync(Creating("a-1", Signal("s-2")) with { MatchRecord = "duplicate" });
        var missing = async () => await store.SaveAsync(Reinforcing("a-2", "missing") with { MatchRecord = "failed" });
        await missing.Should().ThrowAsync<SignalNotFoundException>();

        var records = await OpenStore().ReadMatchRecordsAsync(0, SignalQuery.MaxLimit);

        records.Select(r => r.Data).Should().Equal("kept");
    }

    [SkippableTheory]
    [InlineData(25)]
    [InlineData(10, 31, 47)]
    public async Task IngestAsync_StreamInSeveralRunsOverOneDatabase_SameStoriesAndSignalsAsOneRun(params int[] restarts)
    {
        var stream = OverlappingHeadlines.Stream(60);
        var once = await ResumeRuns.IngestAsync(stream, [], store: null);

        var resumed = await ResumeRuns.IngestAsync(stream, restarts, OpenStore);

        once.Merges.Should().BePositive("the fixture merges stories on both sides of a restart");
        resumed.Stories.Should().Equal(once.Stories);
        resumed.Signals.Should().Equal(once.Signals);
        (await OpenStore().ReadMatchRecordsAsync(0, SignalQuery.MaxLimit)).Select(r => r.ArticleId).Should().Equal(stream.Select(a => a.Id));
    }
}
