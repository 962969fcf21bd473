using Bellwether.Core;
using Bellwether.Core.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Bellwether in a service collection.</summary>
public static class BellwetherServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Bellwether pipeline with its in-memory defaults. Defaults never replace a service you registered
    /// before, calling this again only adds <paramref name="configure"/>, and options are validated at start.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the options; may be null.</param>
    /// <returns>A builder to swap components.</returns>
    public static IBellwetherBuilder AddBellwether(this IServiceCollection services, Action<BellwetherOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (configure is not null)
        {
            services.Configure(configure);
        }

        var builder = new BellwetherBuilder(services);
        if (services.Any(d => d.ServiceType == typeof(BellwetherMarker)))
        {
            return builder;
        }

        services.AddSingleton<BellwetherMarker>();
        services.AddOptionsWithValidateOnStart<BellwetherOptions, BellwetherOptionsValidator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BellwetherOptions>, BellwetherOptionsRules>());
        services.AddOptionsWithValidateOnStart<BriefOptions, BriefOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BellwetherMetrics>();
        services.AddOptionsWithValidateOnStart<SignalExtractionOptions, SignalExtractionOptionsValidator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SignalExtractionOptions>, SignalExtractionOptionsRules>());
        services.AddOptionsWithValidateOnStart<ClusteringOptions, ClusteringOptionsValidator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClusteringOptions>, ClusteringOptionsRules>());
        services.TryAddSingleton<ArticleAnalyzer>();
        services.TryAddSingleton<ISignalExtractor, OfflineSignalExtractor>();
        services.TryAddSingleton<ISignalMatcher, CentroidSignalMatcher>();
        services.TryAddSingleton<ISignalCompactor, ConvergenceSignalCompactor>();
        services.TryAddSingleton<ISignalScorer, CorroborationSignalScorer>();
        services.TryAddSingleton<ISignalAnalyst, ExtractiveSignalAnalyst>();
        services.TryAddSingleton<ISignalStore, InMemorySignalStore>();
        services.TryAddSingleton<IBriefComposer, RelevanceBriefComposer>();
        services.TryAddSingleton<ISignalPipeline, SignalPipeline>();
        return builder;
    }
}
