using Bellwether.AI.Internal;
using Bellwether.AI.Tests.TestSupport;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Bellwether.AI.Tests.TestSupport.ScriptedChatClient;

namespace Bellwether.AI.Tests;

public sealed class AIBuilderExtensionsTests
{
    [Fact]
    public async Task UseChatClientExtractor_KeyedClientRegistered_UsesItOverTheUnkeyedOne()
    {
        var keyed = new ScriptedChatClient(Answer(Models.GoodAnswer()));
        var unkeyed = new ScriptedChatClient(Answer(Models.GoodAnswer()));
        var services = new ServiceCollection();
        services.AddSingleton<IChatClient>(unkeyed);
        services.AddKeyedSingleton<IChatClient>("extraction", keyed);
        services.AddBellwether().UseChatClientExtractor(o => o.ChatClientKey = "extraction");
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ISignalExtractor>().ExtractAsync(Models.Article());

        keyed.Requests.Should().ContainSingle();
        unkeyed.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task UseChatClientExtractor_NothingUnderTheKey_FallsBackToTheUnkeyedClient()
    {
        var unkeyed = new ScriptedChatClient(Answer(Models.GoodAnswer()));
        var services = new ServiceCollection();
        services.AddSingleton<IChatClient>(unkeyed);
        services.AddBellwether().UseChatClientExtractor(o => o.ChatClientKey = "missing");
        using var provider = services.BuildServiceProvider();

        var extractor = provider.GetRequiredService<ISignalExtractor>();
        await extractor.ExtractAsync(Models.Article());

        extractor.Should().BeOfType<ChatClientSignalExtractor>();
        unkeyed.Requests.Should().ContainSingle();
    }

    [Fact]
    public void UseChatClientExtractor_NoClientRegistered_FailsNamingWhatIsMissing()
    {
        var services = new ServiceCollection();
        services.AddBellwether().UseChatClientExtractor(o => o.ChatClientKey = "extraction");
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<ISignalExtractor>();

        act.Should().Throw<InvalidOperationException>().WithMessage("*IChatClient*'extraction'*");
    }

    [Fact]
    public void UseChatClientAnalystAndEmbeddingReranker_Registered_ReplaceTheDefaults()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IChatClient>(new ScriptedChatClient(Answer("{}")));
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new ScriptedEmbeddingGenerator(new Dictionary<string, float[]>()));
        services.AddBellwether().UseChatClientAnalyst().UseEmbeddingReranker();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<ISignalAnalyst>().Should().BeOfType<ChatClientSignalAnalyst>();
        provider.GetRequiredService<ISignalReranker>().Should().BeOfType<EmbeddingSignalReranker>();
        provider.GetServices<ISignalAnalyst>().Should().ContainSingle();
    }

    [Fact]
    public void AddBellwether_WithoutBellwetherAI_KeepsTheOfflineAnalyst()
    {
        var services = new ServiceCollection();
        services.AddBellwether();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<ISignalAnalyst>().GetType().Name.Should().Be("ExtractiveSignalAnalyst");
    }

    [Theory]
    [InlineData(nameof(BellwetherAIOptions.MaxAttempts))]
    [InlineData(nameof(BellwetherAIOptions.Topics))]
    [InlineData(nameof(BellwetherAIOptions.RetryDelay))]
    [InlineData(nameof(BellwetherAIOptions.RequestTimeout))]
    public void Options_Invalid_FailValidationNamingTheSetting(string setting)
    {
        var services = new ServiceCollection();
        services.AddBellwether().UseChatClientExtractor(o =>
        {
            switch (setting)
            {
                case nameof(BellwetherAIOptions.MaxAttempts): o.MaxAttempts = 0; break;
                case nameof(BellwetherAIOptions.Topics): o.Topics = []; break;
                case nameof(BellwetherAIOptions.RetryDelay): o.RetryDelay = TimeSpan.FromSeconds(-1); break;
                default: o.RequestTimeout = TimeSpan.Zero; break;
            }
        });
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<BellwetherAIOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().WithMessage($"*{setting}*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(21)]
    public void Options_MaxChunksPerArticleOutOfRange_FailsValidationNamingTheSetting(int value)
    {
        var services = new ServiceCollection();
        services.AddBellwether().UseChatClientExtractor(o => o.MaxChunksPerArticle = value);
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<BellwetherAIOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().WithMessage("*MaxChunksPerArticle*");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    public void Options_MaxChunksPerArticleInRange_PassesValidation(int value)
    {
        var services = new ServiceCollection();
        services.AddBellwether().UseChatClientExtractor(o => o.MaxChunksPerArticle = value);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IOptions<BellwetherAIOptions>>().Value.MaxChunksPerArticle.Should().Be(value);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1441)]
    [InlineData(int.MaxValue)]
    public void Options_RequestTimeoutNotWithinOneDay_FailsValidationNamingTheBound(int minutes)
    {
        var services = new ServiceCollection();
        services.AddBellwether().UseChatClientExtractor(o => o.RequestTimeout = minutes == int.MaxValue ? TimeSpan.MaxValue : TimeSpan.FromMinutes(minutes));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<BellwetherAIOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().WithMessage("*RequestTimeout*at most 1.00:00:00*");
    }
}
