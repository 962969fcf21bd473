using Bellwether.AI.Tests.TestSupport;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using static Bellwether.AI.Tests.TestSupport.ScriptedChatClient;

namespace Bellwether.AI.Tests;

public sealed class PipelineTests
{
    [Fact]
    public async Task IngestAsync_ModelExtractorAndAnalyst_StoreTheModelsAnalysisOnCreateAndReinforce()
    {
        var analyses = 0;
        var client = new ScriptedChatClient((messages, cancellationToken) =>
            messages[0].Text.Contains("analysis paragraph", StringComparison.Ordinal)
                ? Answer($$"""{"analysis":"Model analysis {{Interlocked.Increment(ref analyses)}}."}""")(messages, cancellationToken)
                : Answer(Models.GoodAnswer())(messages, cancellationToken));
        var services = new ServiceCollection();
        services.AddSingleton<IChatClient>(client);
        services.AddBellwether().UseChatClientExtractor().UseChatClientAnalyst();
        await using var provider = services.BuildServiceProvider();
        var pipeline = provider.GetRequiredService<ISignalPipeline>();

        var first = await pipeline.IngestAsync(Models.Article("first"));
        var second = await pipeline.IngestAsync(Models.Article("second") with { Title = "CXMT IPO: China's chip self-reliance push", Text = Models.Lead + " Follow-up." });

        first.Created.Should().ContainSingle().Which.Analysis.Should().Be("Model analysis 1.");
        var reinforced = second.Reinforced.Should().ContainSingle().Subject;
        reinforced.Analysis.Should().Be("Model analysis 2.");
        reinforced.ArticleCount.Should().Be(2);
        var stored = await provider.GetRequiredService<ISignalStore>().GetAsync(reinforced.Id);
        stored!.Analysis.Should().Be("Model analysis 2.");
        stored.Evidence.SelectMany(e => e.Quotes).Should().OnlyContain(q => q.Text == Models.Lead);
    }

    [Fact]
    public async Task IngestAsync_ModelNeverAnswers_StoresNothingAndNamesTheArticle()
    {
        var client = new ScriptedChatClient(Answer("not json"));
        var services = new ServiceCollection();
        services.AddSingleton<IChatClient>(client);
        services.AddBellwether().UseChatClientExtractor(o => { o.MaxAttempts = 2; o.RetryDelay = TimeSpan.Zero; });
        await using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<ISignalPipeline>().IngestAsync(Models.Article("lost")).AsTask();

        (await act.Should().ThrowAsync<ModelAnswerException>()).Which.ArticleId.Should().Be("lost");
        var page = await provider.GetRequiredService<ISignalStore>().QueryAsync(new SignalQuery());
        page.Items.Should().BeEmpty();
        (await provider.GetRequiredService<ISignalStore>().ContainsArticleAsync(ArticleRecord.From(Models.Article("lost")))).Should().BeFalse("the article can be ingested again later");
    }
}
