using Bellwether.Embeddings.Onnx;
using Bellwether.Embeddings.Onnx.Internal;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the local ONNX sentence encoder as the application's embedding generator.</summary>
public static class OnnxSentenceEmbeddingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="OnnxSentenceEmbeddingGenerator"/> as a singleton and as <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>
    /// of <see cref="string"/> and <see cref="Embedding{T}"/> of <see cref="float"/>, unless one is already registered.
    /// Options are validated at start; the container disposes the session.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the default options (all-MiniLM-L6-v2 from its NuGet package).</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddOnnxSentenceEmbeddings(this IServiceCollection services, Action<OnnxSentenceEmbeddingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<OnnxSentenceEmbeddingOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OnnxSentenceEmbeddingOptions>, OptionsValidator>());
        services.TryAddSingleton(sp => new OnnxSentenceEmbeddingGenerator(sp.GetRequiredService<IOptions<OnnxSentenceEmbeddingOptions>>().Value));
        services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp => sp.GetRequiredService<OnnxSentenceEmbeddingGenerator>());
        return services;
    }
}
