namespace Bellwether.Hosting;

/// <summary>Keeps each reader's <see cref="ReaderState"/>. The defaults: in memory, or a JSON file (<see cref="BellwetherServiceOptions.StateFile"/>).</summary>
public interface IReaderStateStore
{
    /// <summary>The state of the reader named <paramref name="readerName"/>, or null when nothing is known of them.</summary>
    ValueTask<ReaderState?> GetAsync(string readerName, CancellationToken cancellationToken = default);

    /// <summary>Records the state of the reader named <paramref name="readerName"/>, durably before returning.</summary>
    ValueTask SetAsync(string readerName, ReaderState state, CancellationToken cancellationToken = default);
}
