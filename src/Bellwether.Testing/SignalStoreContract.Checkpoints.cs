using Bellwether.Testing.Internal;

namespace Bellwether.Testing;

#pragma warning disable CS1591 // A test's name (Method_Condition_Result) is its documentation.

/// <summary>
/// The store keeps the latest checkpoint of the matcher's index (<see cref="ISignalStore.SaveMatchCheckpointAsync"/>),
/// so that a fresh process loads it and replays only the match records after it, and ends with the same stories and
/// signals as one uninterrupted run.
/// </summary>
public abstract partial class SignalStoreContract
{
    [SkippableFact]
    public async Task SaveMatchCheckpointAsync_LaterThanTheOneKept_ReplacesIt()
    {
        var store = OpenStore();
        (await store.ReadMatchCheckpointAsync()).Should().BeNull();

        (await store.SaveMatchCheckpointAsync(new MatchCheckpoint(5, new byte[] { 1, 2, 3 }))).Should().BeTrue();
        (await OpenStore().SaveMatchCheckpointAsync(new MatchCheckpoint(9, new byte[] { 4, 5, 6, 7 }))).Should().BeTrue();

        var kept = await OpenStore().ReadMatchCheckpointAsync();
        kept!.Sequence.Should().Be(9);
        kept.Data.ToArray().Should().Equal(4, 5, 6, 7);
    }

    [SkippableFact]
    public async Task SaveMatchCheckpointAsync_LongerThanOnePart_ReadsBackWhole()
    {
        var data = new byte[MatchCheckpoint.MaxPartLength + 5];
        new Random(7).NextBytes(data);

        (await OpenStore().SaveMatchCheckpointAsync(new MatchCheckpoint(3, data))).Should().BeTrue();
        (await OpenStore().SaveMatchCheckpointAsync(new MatchCheckpoint(4, data.AsMemory(0, 10)))).Should().BeTrue();
        (await OpenStore().SaveMatchCheckpointAsync(new MatchCheckpoint(5, data))).Should().BeTrue();

        var kept = await OpenStore().ReadMatchCheckpointAsync();
        kept!.Sequence.Should().Be(5);
        kept.Data.Span.SequenceEqual(data).Should().BeTrue("the parts come back whole and in order, none left from a shorter or longer one before");
    }

    [SkippableTheory]
    [InlineData(9)]
    [InlineData(4)]
    public async Task SaveMatchCheckpointAsync_SameOrEarlierThanTheOneKept_IsRefusedAndTheKeptOneStays(long sequence)
    {
        var store = OpenStore();
        await store.SaveMatchCheckpointAsync(new MatchCheckpoint(9, new byte[] { 1, 2 }));

        var saved = await OpenStore().SaveMatchCheckpointAsync(new MatchCheckpoint(sequence, new byte[] { 3 }));

        saved.Should().BeFalse();
        var kept = await OpenStore().ReadMatchCheckpointAsync();
        kept!.Sequence.Should().Be(9);
        kept.Data.ToArray().Should().Equal(1, 2);
    }

    [SkippableTheory]
    [InlineData(0, 1)]
    [InlineData(3, 0)]
    public async Task SaveMatchCheckpointAsync_SequenceBelowOneOrNoData_ThrowsArgumentException(long sequence, int bytes)
    {
        var store = OpenStore();

        var save = async () => await store.SaveMatchCheckpointAsync(new MatchCheckpoint(sequence, new byte[bytes]));

        await save.Should().ThrowAsync<ArgumentException>().WithParameterName("checkpoint");
        (await store.ReadMatchCheckpointAsync()).Should().BeNull();
    }

    [SkippableTheory]
    [InlineData(25)]
    [InlineData(10, 31, 47)]
    public async Task IngestAsync_RestartsFromCheckpointsEveryFewRecords_SameStoriesAndSignalsAsOneRun(params int[] restarts)
    {
        var stream = OverlappingHeadlines.Stream(60);
        var once = await ResumeRuns.IngestAsync(stream, [], store: null);

        var resumed = await ResumeRuns.IngestAsync(stream, restarts, OpenStore, checkpointInterval: 4);

        var checkpoint = await OpenStore().ReadMatchCheckpointAsync();
        checkpoint!.Sequence.Should().BeGreaterThan((await OpenStore().ReadMatchRecordsAsync(0, SignalQuery.MaxLimit))[restarts[^1] - 5].Sequence, "a checkpoint is written every few records");
        resumed.Stories.Should().Equal(once.Stories);
        resumed.Signals.Should().Equal(once.Signals);
    }

    [SkippableFact]
    public async Task IngestAsync_TwoWorkersWritingCheckpoints_AReaderLoadingTheLastOneSeesTheSameStoriesAndSignalsAsOneRun()
    {
        var stream = OverlappingHeadlines.Stream(120);

        var workers = await ResumeRuns.IngestByTwoWorkersAsync(stream, OpenStore, checkpointInterval: 6);

        (await OpenStore().ReadMatchCheckpointAsync()).Should().NotBeNull();
        var arrival = (await OpenStore().ReadMatchRecordsAsync(0, SignalQuery.MaxLimit)).Select(r => r.ArticleId).ToList();
        var byId = stream.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var once = await ResumeRuns.IngestAsync([.. arrival.Select(id => byId[id])], [], store: null);
        workers.Stories.Should().Equal(once.Stories);
        workers.Signals.Should().Equal(once.Signals);
    }
}
