using Bellwether.Core.Internal;
using Bellwether.Core.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Bellwether.Core.Tests.Analysis;

public sealed class SignalAnalystPipelineTests
{
    [Fact]
    public async Task IngestAsync_AnalystRegistered_WritesTheAnalysisOfCreatedAndReinforcedSignalsFromTheirEvidence()
    {
        var analyst = new CountingAnalyst();
        var services = new ServiceCollection();
        services.AddSingleton<ISignalAnalyst>(analyst);
        services.AddBellwether().UseSignalExtractor<RecordingExtractor>();
        await using var provider = services.BuildServiceProvider();
        var pipeline = provider.GetRequiredService<ISignalPipeline>();
        var article = new Article { Id = "a-1", Title = "CXMT files for a record chip IPO on the STAR Market", Text = "CXMT plans to list." };

        var created = await pipeline.IngestAsync(article);
        var reinforced = await pipeline.IngestAsync(article with { Id = "a-2", Text = "Another outlet reports the CXMT listing." });

        created.Created.Should().ContainSingle().Which.Analysis.Should().Be("Analysis of 1 article(s): a-1");
        reinforced.Reinforced.Should().ContainSingle().Which.Analysis.Should().Be("Analysis of 2 article(s): a-1, a-2");
        var stored = await provider.GetRequiredService<ISignalStore>().GetAsync(reinforced.Reinforced[0].Id);
        stored!.Analysis.Should().Be("Analysis of 2 article(s): a-1, a-2");
    }

    [Fact]
    public async Task IngestAsync_AnalystReadTheSignalToReinforce_HandsTheStoreThatSignalAsTheBasis()
    {
        var store = new WatchedStore(new InMemorySignalStore());
        var services = new ServiceCollection();
        services.AddSingleton<ISignalAnalyst>(new CountingAnalyst());
        services.AddBellwether().UseSignalExtractor<RecordingExtractor>();
        services.AddSingleton<ISignalStore>(store);
        await using var provider = services.BuildServiceProvider();
        var pipeline = provider.GetRequiredService<ISignalPipeline>();
        var article = new Article { Id = "a-1", Title = "CXMT files for a record chip IPO on the STAR Market", Text = "CXMT plans to list." };
        var created = await pipeline.IngestAsync(article);
        var stored = await store.GetAsync(created.Created[0].Id);

        await pipeline.IngestAsync(article with { Id = "a-2", Text = "Another outlet reports the CXMT listing." });

        // The store may apply the change to this very signal instead of reading it a second time.
        store.Saved[^1].Reinforcements.Should().ContainSingle().Which.Basis.Should().BeSameAs(stored);
    }

    /// <summary>Writes an analysis that names the evidence it saw.</summary>
    private sealed class CountingAnalyst : ISignalAnalyst
    {
        public ValueTask<string> AnalyseAsync(Signal signal, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult($"Analysis of {signal.ArticleCount} article(s): {string.Join(", ", signal.Evidence.Select(e => e.Article.Id))}");
    }
}
