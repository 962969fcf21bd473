using System.Collections.Concurrent;

namespace Bellwether.Feeds.Internal;

/// <summary>One semaphore per host: at most <see cref="FeedOptions.MaxConcurrencyPerHost"/> fetches (headers and body) run against a host at a time.</summary>
internal sealed class HostGate(FeedOptions options) : IDisposable
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<T> RunAsync<T>(Uri address, Func<Task<T>> action, CancellationToken cancellationToken)
    {
        var semaphore = _hosts.GetOrAdd(address.IdnHost + ":" + address.Port, _ => new SemaphoreSlim(options.MaxConcurrencyPerHost));
        await semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await action().ConfigureAwait(false);
        }
        finally
        {
            semaphore.Release();
        }
    }

    public void Dispose()
    {
        foreach (var semaphore in _hosts.Values)
        {
            semaphore.Dispose();
        }
    }
}
