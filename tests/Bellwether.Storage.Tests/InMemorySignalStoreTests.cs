using Bellwether.Core.Internal;
using Bellwether.Testing;

namespace Bellwether.Storage.Tests;

/// <summary>The contract on the in-memory default; every handle is the same instance, as one process has.</summary>
public sealed class InMemorySignalStoreTests : SignalStoreContract
{
    private readonly InMemorySignalStore _store = new();

    protected override ISignalStore OpenStore() => _store;

    [Fact]
    public async Task Own_CalledFromManyTasksAtOnce_DisposesEachResourceOnce()
    {
        var disposed = new int[8 * 2_000];
        await Task.WhenAll(Enumerable.Range(0, 8).Select(task => Task.Run(() =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                Own(new Counted(disposed, (task * 2_000) + i));
            }
        })));

        Dispose();
        Dispose();

        disposed.Should().AllSatisfy(count => count.Should().Be(1));
    }

    private sealed class Counted(int[] counts, int index) : IDisposable
    {
        public void Dispose() => Interlocked.Increment(ref counts[index]);
    }
}
