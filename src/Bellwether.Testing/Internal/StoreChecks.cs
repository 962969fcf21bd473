using Microsoft.Extensions.DependencyInjection;

namespace Bellwether.Testing.Internal;

/// <summary>Totals that tell whether every candidate was counted once.</summary>
internal static class StoreChecks
{
    /// <summary>How many candidates the default extractor finds in <paramref name="articles"/> (each distinct id once).</summary>
    public static async Task<int> CandidatesAsync(IEnumerable<Article> articles)
    {
        var services = new ServiceCollection();
        services.AddBellwether();
        using var provider = services.BuildServiceProvider();
        var extractor = provider.GetRequiredService<ISignalExtractor>();
        var total = 0;
        foreach (var article in articles.DistinctBy(a => a.Id))
        {
            total += (await extractor.ExtractAsync(article)).Count;
        }

        return total;
    }

    /// <summary>The sum of the extraction counts of every stored signal.</summary>
    public static async Task<int> ExtractionCountAsync(ISignalStore store) => (await AllAsync(store)).Sum(s => s.ExtractionCount);

    /// <summary>Every stored signal, read page by page.</summary>
    public static async Task<List<Signal>> AllAsync(ISignalStore store) => await store.QueryAllAsync().ToListAsync();
}
