using Bellwether.Core.Internal;
using Bellwether.Testing;

namespace Bellwether.Storage.Tests;

/// <summary>The contract on the in-memory default; every handle is the same instance, as one process has.</summary>
public sealed class InMemorySignalStoreTests : SignalStoreContract
{
    private readonly InMemorySignalStore _store = new();

    protected override ISignalStore OpenStore() => _store;
}
