namespace Bellwether.Testing.Internal;

/// <summary>
/// A real store whose first save waits until every worker of <paramref name="moment"/> has reached its first save, so
/// each worker has matched (and found nothing) before any of them writes: the race of two workers creating a signal
/// for the same story at the same moment, made deterministic. Everything else goes straight to <paramref name="inner"/>,
/// except the matching turn: this store keeps the interface's default (none), as a store written without one would, so
/// the race can happen.
/// </summary>
internal sealed class SameMomentStore(ISignalStore inner, SameMoment moment) : ForwardingStore(inner)
{
    private int _saves;

    public override async ValueTask<SaveResult> SaveAsync(SignalChangeSet changes, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _saves) == 1)
        {
            await moment.ArriveAsync(cancellationToken);
        }

        return await base.SaveAsync(changes, cancellationToken);
    }
}

/// <summary>A rendezvous of <paramref name="workers"/> workers: each arrival waits until all have arrived.</summary>
internal sealed class SameMoment(int workers)
{
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    public Task ArriveAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _arrived) == workers)
        {
            _all.SetResult();
        }

        return _all.Task.WaitAsync(TimeSpan.FromMinutes(1), cancellationToken);
    }
}
