using Bellwether.AI.Internal;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bellwether.AI;

/// <summary>Plugs a language model into Bellwether through <c>Microsoft.Extensions.AI</c>.</summary>
public static class AIBuilderExtensions
{
    /// <summary>
    /// Extracts signals with the registered <see cref="IChatClient"/> (keyed by <see cref="BellwetherAIOptions.ChatClientKey"/>,
    /// else unkeyed) instead of the offline extractor. Answers are validated; options are validated at start.
    /// </summary>
    public static IBellwetherBuilder UseChatClientExtractor(this IBellwetherBuilder builder, Action<BellwetherAIOptions>? configure = null)
    {
        AddShared(builder, configure);
        builder.Services.Replace(ServiceDescriptor.Singleton<ISignalExtractor>(sp =>
        {
            var options = Options(sp);
            return new ChatClientSignalExtractor(Resolve<IChatClient>(sp, options.ChatClientKey), options, Time(sp), sp.GetRequiredService<AIMetrics>(), Logger<ChatClientSignalExtractor>(sp));
        }));
        return builder;
    }

    /// <summary>
    /// Writes each created or reinforced signal's analysis with the registered <see cref="IChatClient"/> (keyed by
    /// <see cref="BellwetherAIOptions.ChatClientKey"/>, else unkeyed) instead of the extractive default.
    /// </summary>
    public static IBellwetherBuilder UseChatClientAnalyst(this IBellwetherBuilder builder, Action<BellwetherAIOptions>? configure = null)
    {
        AddShared(builder, configure);
        builder.Services.Replace(ServiceDescriptor.Singleton<ISignalAnalyst>(sp =>
        {
            var options = Options(sp);
            return new ChatClientSignalAnalyst(Resolve<IChatClient>(sp, options.ChatClientKey), options, Time(sp), sp.GetRequiredService<AIMetrics>(), Logger<ChatClientSignalAnalyst>(sp));
        }));
        return builder;
    }

    /// <summary>
    /// Re-ranks the clustering matcher's short list by dense cosine similarity of embeddings from the registered
    /// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> (keyed by <see cref="BellwetherAIOptions.EmbeddingGeneratorKey"/>, else unkeyed).
    /// </summary>
    public static IBellwetherBuilder UseEmbeddingReranker(this IBellwetherBuilder builder, Action<BellwetherAIOptions>? configure = null)
    {
        AddShared(builder, configure);
        builder.Services.Replace(ServiceDescriptor.Singleton<ISignalReranker>(sp =>
        {
            var options = Options(sp);
            return new EmbeddingSignalReranker(Resolve<IEmbeddingGenerator<string, Embedding<float>>>(sp, options.EmbeddingGeneratorKey), options);
        }));
        return builder;
    }

    private static void AddShared(IBellwetherBuilder builder, Action<BellwetherAIOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.AddOptionsWithValidateOnStart<BellwetherAIOptions, BellwetherAIOptionsValidator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BellwetherAIOptions>, BellwetherAIOptionsRules>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AIMetrics>();
    }

    private static BellwetherAIOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<BellwetherAIOptions>>().Value;

    private static TimeProvider Time(IServiceProvider services) => services.GetRequiredService<TimeProvider>();

    private static ILogger<T> Logger<T>(IServiceProvider services) => services.GetService<ILogger<T>>() ?? NullLogger<T>.Instance;

    /// <summary>The service registered under <paramref name="key"/>, else the unkeyed one.</summary>
    private static T Resolve<T>(IServiceProvider services, string? key)
        where T : class
    {
        if (key is not null && services.GetKeyedService<T>(key) is { } keyed)
        {
            return keyed;
        }

        return services.GetService<T>()
            ?? throw new InvalidOperationException(
                $"No {typeof(T).Name} is registered{(key is null ? string.Empty : $" under the key '{key}' or")} without a key; register one, for example with services.AddChatClient(...) or services.AddEmbeddingGenerator(...).");
    }
}
