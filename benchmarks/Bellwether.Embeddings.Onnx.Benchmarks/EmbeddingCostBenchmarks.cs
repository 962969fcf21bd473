using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;

namespace Bellwether.Embeddings.Onnx.Benchmarks;

public enum TextKind
{
    Headline,
    Article,
}

/// <summary>
/// Cost of one text through the packaged all-MiniLM-L6-v2 (MaxTokens 256): each invocation embeds 32 real texts in
/// one call, run through the model one at a time (BatchSize 1), eight at a time or all together (BatchSize 32); times are per text.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EmbeddingCostBenchmarks : IDisposable
{
    private const int TextsPerCall = 32;
    private OnnxSentenceEmbeddingGenerator _generator = null!;
    private string[] _texts = null!;

    [Params(TextKind.Headline, TextKind.Article)]
    public TextKind Text { get; set; }

    [Params(1, 8, 32)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _texts = Text == TextKind.Headline ? EvalTexts.Headlines(TextsPerCall) : EvalTexts.Articles(TextsPerCall);
        if (_texts.Length != TextsPerCall)
        {
            throw new InvalidOperationException($"Expected {TextsPerCall} {Text} texts, found {_texts.Length}.");
        }

        _generator = new OnnxSentenceEmbeddingGenerator(new OnnxSentenceEmbeddingOptions { BatchSize = BatchSize });
        var warm = Embed();
        Console.WriteLine($"// {Text}: {warm.Usage?.InputTokenCount / TextsPerCall} tokens per text on average (MaxTokens 256)");
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _generator?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(OperationsPerInvoke = TextsPerCall, Description = "Embed one text")]
    public GeneratedEmbeddings<Embedding<float>> Embed() => _generator.GenerateAsync(_texts).GetAwaiter().GetResult();
}
