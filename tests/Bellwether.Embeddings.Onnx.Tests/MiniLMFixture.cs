namespace Bellwether.Embeddings.Onnx.Tests;

/// <summary>One generator over the packaged all-MiniLM-L6-v2, shared by a test class: the model loads once.</summary>
public sealed class MiniLMFixture : IDisposable
{
    public OnnxSentenceEmbeddingGenerator Generator { get; } = new(new OnnxSentenceEmbeddingOptions { BatchSize = 4 });

    public void Dispose() => Generator.Dispose();
}
