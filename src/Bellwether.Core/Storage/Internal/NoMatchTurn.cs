namespace Bellwether.Core.Internal;

/// <summary>The matching turn of a store that takes no lock: disposing it does nothing.</summary>
internal sealed class NoMatchTurn : IAsyncDisposable
{
    public static readonly NoMatchTurn Instance = new();

    private NoMatchTurn()
    {
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
