using Microsoft.Extensions.AI;

namespace Bellwether.AI.Tests.TestSupport;

/// <summary>An embedding generator with fixed vectors per text; records every text it was asked to embed.</summary>
internal sealed class ScriptedEmbeddingGenerator(IReadOnlyDictionary<string, float[]> vectors) : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly List<string> _embedded = [];

    public IReadOnlyList<string> Embedded => _embedded;

    public int Calls { get; private set; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Calls++;
        var list = values.ToList();
        _embedded.AddRange(list);
        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(list.Select(v => new Embedding<float>(vectors[v]))));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
