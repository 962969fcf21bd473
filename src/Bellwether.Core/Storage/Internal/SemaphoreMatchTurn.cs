namespace Bellwether.Core.Internal;

/// <summary>A matching turn held on a semaphore of one: disposing it releases the semaphore, once.</summary>
internal sealed class SemaphoreMatchTurn : IAsyncDisposable
{
    private SemaphoreSlim? _gate;

    private SemaphoreMatchTurn(SemaphoreSlim gate) => _gate = gate;

    /// <summary>Waits for <paramref name="gate"/> and returns the turn that releases it.</summary>
    public static async ValueTask<IAsyncDisposable> AcquireAsync(SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new SemaphoreMatchTurn(gate);
    }

    public ValueTask DisposeAsync()
    {
        Interlocked.Exchange(ref _gate, null)?.Release();
        return ValueTask.CompletedTask;
    }
}
