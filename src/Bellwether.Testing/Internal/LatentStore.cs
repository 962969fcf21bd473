namespace Bellwether.Testing.Internal;

/// <summary>
/// A real store whose saves take as long as a round trip to a database server: between a worker's match and its save
/// another worker has time to match, as on a busy network. Everything else, the matching turn included, goes straight
/// to <paramref name="inner"/>.
/// </summary>
internal sealed class LatentStore(ISignalStore inner) : ForwardingStore(inner), ISignalStore
{
    private static readonly TimeSpan RoundTrip = TimeSpan.FromMilliseconds(3);

    public override async ValueTask<SaveResult> SaveAsync(SignalChangeSet changes, CancellationToken cancellationToken = default)
    {
        await Task.Delay(RoundTrip, cancellationToken);
        return await base.SaveAsync(changes, cancellationToken);
    }

    public ValueTask<IAsyncDisposable> AcquireMatchTurnAsync(CancellationToken cancellationToken = default) =>
        Inner.AcquireMatchTurnAsync(cancellationToken);
}
