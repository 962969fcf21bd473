using Bellwether.AI.Internal;
using Bellwether.AI.Tests.TestSupport;

namespace Bellwether.AI.Tests;

public sealed class EmbeddingSignalRerankerTests
{
    private const string Candidate = "Chinese chipmakers turn to domestic listings";
    private const string Near = "Export controls accelerating domestic capital formation";
    private const string Far = "Bitcoin treasury firms under pressure";

    private static readonly Dictionary<string, float[]> Vectors = new()
    {
        [Candidate] = [1, 0, 0],
        [Near] = [0.9f, 0.1f, 0],
        [Far] = [0, 0, 1],
        ["Export controls: a new headline"] = [0, 1, 0],
    };

    private static readonly SignalCandidate Proposed = new()
    {
        Headline = Candidate,
        Evidence = new ArticleEvidence { Article = new ArticleReference("a", "t", null, null, null) },
    };

    [Fact]
    public async Task RerankAsync_DenseSimilarity_ReordersTheSparseShortList()
    {
        var reranker = new EmbeddingSignalReranker(new ScriptedEmbeddingGenerator(Vectors), Models.Options(o => o.DenseWeight = 0.5));

        var ranked = await reranker.RerankAsync(Proposed, [new("far", Far, 0.4), new("near", Near, 0.3)]);

        ranked.Select(s => s.SignalId).Should().Equal("near", "far");
        ranked[0].Similarity.Should().BeApproximately((0.5 * 0.3) + (0.5 * 0.9939), 0.001);
        ranked[1].Similarity.Should().BeApproximately(0.2, 0.001);
    }

    [Fact]
    public async Task RerankAsync_ZeroDenseWeight_KeepsTheSparseOrderAndScores()
    {
        var reranker = new EmbeddingSignalReranker(new ScriptedEmbeddingGenerator(Vectors), Models.Options(o => o.DenseWeight = 0));

        var ranked = await reranker.RerankAsync(Proposed, [new("far", Far, 0.4), new("near", Near, 0.3)]);

        ranked.Should().Equal(new ScoredSignal("far", Far, 0.4), new ScoredSignal("near", Near, 0.3));
    }

    [Fact]
    public async Task RerankAsync_RepeatedSignals_EmbedsOnlyTheShortListOnceAndThenTheCandidate()
    {
        var generator = new ScriptedEmbeddingGenerator(Vectors);
        var reranker = new EmbeddingSignalReranker(generator, Models.Options());

        await reranker.RerankAsync(Proposed, [new("near", Near, 0.3), new("far", Far, 0.4)]);
        await reranker.RerankAsync(Proposed, [new("near", Near, 0.3)]);

        generator.Embedded.Should().Equal(Candidate, Near, Far, Candidate);
        generator.Calls.Should().Be(2);
    }

    [Fact]
    public async Task RerankAsync_HeadlineChanged_EmbedsTheSignalAgain()
    {
        var generator = new ScriptedEmbeddingGenerator(Vectors);
        var reranker = new EmbeddingSignalReranker(generator, Models.Options());

        await reranker.RerankAsync(Proposed, [new("near", Near, 0.3)]);
        await reranker.RerankAsync(Proposed, [new("near", "Export controls: a new headline", 0.3)]);

        generator.Embedded.Should().Equal(Candidate, Near, Candidate, "Export controls: a new headline");
    }

    [Fact]
    public async Task RerankAsync_EmptyShortList_CallsNothing()
    {
        var generator = new ScriptedEmbeddingGenerator(Vectors);

        var ranked = await new EmbeddingSignalReranker(generator, Models.Options()).RerankAsync(Proposed, []);

        ranked.Should().BeEmpty();
        generator.Calls.Should().Be(0);
    }

    [Fact]
    public void EmbeddingCache_OverCapacity_DropsTheOldestEntry()
    {
        var cache = new EmbeddingCache(2);

        cache.Set("a", "A", new float[] { 1 });
        cache.Set("b", "B", new float[] { 2 });
        cache.Set("c", "C", new float[] { 3 });

        cache.Count.Should().Be(2);
        cache.TryGet("a", "A", out _).Should().BeFalse();
        cache.TryGet("c", "C", out var vector).Should().BeTrue();
        vector.ToArray().Should().Equal(3);
    }
}
