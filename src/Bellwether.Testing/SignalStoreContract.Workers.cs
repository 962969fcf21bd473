using Bellwether.Testing.Internal;

namespace Bellwether.Testing;

#pragma warning disable CS1591 // A test's name (Method_Condition_Result) is its documentation.

/// <summary>
/// Several workers on one database take turns to match (<see cref="ISignalStore.AcquireMatchTurnAsync"/>), so that
/// each match sees every earlier one and the workers group a stream as one process would in their order of arrival.
/// </summary>
public abstract partial class SignalStoreContract
{
    private static readonly TimeSpan TurnWait = TimeSpan.FromMilliseconds(300);

    [SkippableFact]
    public async Task AcquireMatchTurnAsync_HeldThroughOneHandle_AnotherHandleWaitsUntilItIsReleased()
    {
        var first = OpenStore();
        var second = OpenStore();
        var turn = await first.AcquireMatchTurnAsync();

        var waiting = second.AcquireMatchTurnAsync().AsTask();
        var done = await Task.WhenAny(waiting, Task.Delay(TurnWait));
        done.Should().NotBeSameAs(waiting, "the first handle still holds the turn");

        await turn.DisposeAsync();
        var next = await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        await next.DisposeAsync();
    }

    [SkippableFact]
    public async Task AcquireMatchTurnAsync_HolderAsksAgainWhileAnotherWaits_TheWaitingHandleGoesFirst()
    {
        var first = OpenStore();
        var second = OpenStore();
        await (await second.AcquireMatchTurnAsync()).DisposeAsync(); // the second handle's database is open
        var turn = await first.AcquireMatchTurnAsync();
        var waiting = second.AcquireMatchTurnAsync().AsTask();
        await Task.Delay(TurnWait);

        await turn.DisposeAsync();
        var again = first.AcquireMatchTurnAsync().AsTask();
        var next = await Task.WhenAny(waiting, again).WaitAsync(TimeSpan.FromSeconds(30));

        await (await next).DisposeAsync();
        await (await (next == waiting ? again : waiting).WaitAsync(TimeSpan.FromSeconds(30))).DisposeAsync();
        next.Should().BeSameAs(waiting, "a worker that keeps asking must not keep the others waiting");
    }

    [SkippableFact]
    public async Task AcquireMatchTurnAsync_CancelledWhileWaiting_ThrowsAndTheTurnPassesOnAfterwards()
    {
        var first = OpenStore();
        var turn = await first.AcquireMatchTurnAsync();
        using var cancel = new CancellationTokenSource(TurnWait);

        var waiting = () => OpenStore().AcquireMatchTurnAsync(cancel.Token).AsTask();

        await waiting.Should().ThrowAsync<OperationCanceledException>();
        await turn.DisposeAsync();
        await turn.DisposeAsync(); // a second dispose releases nothing more
        var next = await OpenStore().AcquireMatchTurnAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        await next.DisposeAsync();
    }

    [SkippableFact]
    public async Task IngestAsync_TwoWorkersAtOnceOverOneDatabase_SameStoriesAndSignalsAsOneRunInTheirArrivalOrder()
    {
        var stream = OverlappingHeadlines.Stream(120);

        var workers = await ResumeRuns.IngestByTwoWorkersAsync(stream, OpenStore);

        var arrival = (await OpenStore().ReadMatchRecordsAsync(0, SignalQuery.MaxLimit)).Select(r => r.ArticleId).ToList();
        arrival.Should().BeEquivalentTo(stream.Select(a => a.Id));
        var byId = stream.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var once = await ResumeRuns.IngestAsync([.. arrival.Select(id => byId[id])], [], store: null);
        once.Stories.Values.Distinct().Count().Should().BeLessThan(stream.Count / 4, "the workers' articles join each other's stories");
        workers.Stories.Should().Equal(once.Stories);
        workers.Signals.Should().Equal(once.Signals);
    }
}
