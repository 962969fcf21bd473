using System.Runtime.CompilerServices;

namespace Bellwether.Core;

/// <summary>Conveniences over <see cref="ISignalStore"/>.</summary>
public static class SignalStoreExtensions
{
    /// <summary>
    /// Every signal the query matches, strongest first, read page by page from the query's offset in pages of its
    /// limit (default <see cref="SignalQuery.MaxLimit"/>). Signals written while the pages are read may be seen twice or not at all.
    /// </summary>
    /// <param name="store">The store to read.</param>
    /// <param name="query">The filters, first offset and page size; all signals when null.</param>
    /// <param name="cancellationToken">Stops the reading between pages.</param>
    public static async IAsyncEnumerable<Signal> QueryAllAsync(this ISignalStore store, SignalQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        query ??= new SignalQuery { Limit = SignalQuery.MaxLimit };
        for (int? offset = query.Offset; offset is { } next;)
        {
            var page = await store.QueryAsync(query with { Offset = next }, cancellationToken).ConfigureAwait(false);
            foreach (var signal in page.Items)
            {
                yield return signal;
            }

            offset = page.NextOffset;
        }
    }
}
