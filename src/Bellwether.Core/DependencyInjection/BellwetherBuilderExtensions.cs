using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bellwether.Core;

/// <summary>Swaps Bellwether's default components for your own.</summary>
public static class BellwetherBuilderExtensions
{
    /// <summary>Uses <typeparamref name="TStore"/> as the <see cref="ISignalStore"/> (a singleton).</summary>
    public static IBellwetherBuilder UseSignalStore<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TStore>(this IBellwetherBuilder builder)
        where TStore : class, ISignalStore => builder.Use<ISignalStore, TStore>();

    /// <summary>Uses <typeparamref name="TExtractor"/> as the <see cref="ISignalExtractor"/> (a singleton).</summary>
    public static IBellwetherBuilder UseSignalExtractor<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TExtractor>(this IBellwetherBuilder builder)
        where TExtractor : class, ISignalExtractor => builder.Use<ISignalExtractor, TExtractor>();

    /// <summary>Uses <typeparamref name="TMatcher"/> as the <see cref="ISignalMatcher"/> (a singleton).</summary>
    public static IBellwetherBuilder UseSignalMatcher<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TMatcher>(this IBellwetherBuilder builder)
        where TMatcher : class, ISignalMatcher => builder.Use<ISignalMatcher, TMatcher>();

    /// <summary>Uses <typeparamref name="TSimilarity"/> as the default matcher's <see cref="IMatchSimilarity"/> (a singleton).</summary>
    public static IBellwetherBuilder UseMatchSimilarity<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TSimilarity>(this IBellwetherBuilder builder)
        where TSimilarity : class, IMatchSimilarity => builder.Use<IMatchSimilarity, TSimilarity>();

    /// <summary>Uses <typeparamref name="TScorer"/> as the <see cref="ISignalScorer"/> (a singleton).</summary>
    public static IBellwetherBuilder UseSignalScorer<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TScorer>(this IBellwetherBuilder builder)
        where TScorer : class, ISignalScorer => builder.Use<ISignalScorer, TScorer>();

    /// <summary>Uses <typeparamref name="TComposer"/> as the <see cref="IBriefComposer"/> (a singleton).</summary>
    public static IBellwetherBuilder UseBriefComposer<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TComposer>(this IBellwetherBuilder builder)
        where TComposer : class, IBriefComposer => builder.Use<IBriefComposer, TComposer>();

    /// <summary>Changes the options after registration.</summary>
    public static IBellwetherBuilder Configure(this IBellwetherBuilder builder, Action<BellwetherOptions> configure) =>
        builder.Options(configure);

    /// <summary>Changes how the default brief composer keeps briefs varied.</summary>
    public static IBellwetherBuilder ConfigureBriefs(this IBellwetherBuilder builder, Action<BriefOptions> configure) =>
        builder.Options(configure);

    /// <summary>Changes how the default offline extractor reads articles: limits, extra actors, region aliases and topics.</summary>
    public static IBellwetherBuilder ConfigureExtraction(this IBellwetherBuilder builder, Action<SignalExtractionOptions> configure) =>
        builder.Options(configure);

    /// <summary>Changes how the default matcher groups articles into stories and signals.</summary>
    public static IBellwetherBuilder ConfigureClustering(this IBellwetherBuilder builder, Action<ClusteringOptions> configure) =>
        builder.Options(configure);

    private static IBellwetherBuilder Options<TOptions>(this IBellwetherBuilder builder, Action<TOptions> configure)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(configure);
        return builder;
    }

    private static IBellwetherBuilder Use<TService, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TImplementation>(this IBellwetherBuilder builder)
        where TService : class
        where TImplementation : class, TService
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Replace(ServiceDescriptor.Singleton<TService, TImplementation>());
        return builder;
    }
}
