using Bellwether.Core.Tests.TestSupport;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bellwether.Core.Tests.Clustering;

/// <summary>The matcher with an embedding generator registered: meaning rescues a story whose words fall short of the bar.</summary>
public sealed class StoryMeaningTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 5, 22, 6, 0, 0, TimeSpan.Zero);
    private const string First = "Yangtze Memory files for Shanghai STAR Market listing";
    private const string Second = "Yangtze Memory listing plans draw investors in Wuhan";
    private readonly List<ServiceProvider> _providers = [];

    [Fact]
    public async Task IngestAsync_WordsShortOfTheBarAndNoGenerator_StartsAnotherStory()
    {
        var (first, second) = await IngestBothAsync(generator: null);

        second.StoryId.Should().NotBe(first.StoryId);
    }

    [Fact]
    public async Task IngestAsync_WordsShortOfTheBarButTheSameMeaning_JoinsTheStory()
    {
        var (first, second) = await IngestBothAsync(new KeywordEmbeddings(sameMeaning: true));

        second.StoryId.Should().Be(first.StoryId);
    }

    [Fact]
    public async Task IngestAsync_WordsShortOfTheBarAndAnotherMeaning_StartsAnotherStory()
    {
        var (first, second) = await IngestBothAsync(new KeywordEmbeddings(sameMeaning: false));

        second.StoryId.Should().NotBe(first.StoryId);
    }

    [Fact]
    public async Task IngestAsync_MeaningBarOfOne_NeverAsksTheGenerator()
    {
        var generator = new KeywordEmbeddings(sameMeaning: true);

        var (first, second) = await IngestBothAsync(generator, meaningThreshold: 1);

        second.StoryId.Should().NotBe(first.StoryId);
        generator.Calls.Should().Be(0);
    }

    public void Dispose()
    {
        foreach (var provider in _providers)
        {
            provider.Dispose();
        }
    }

    /// <summary>Two headlines of one listing that share a few words: under the bar of 0.35 at words alone, above half of it.</summary>
    private async Task<(IngestResult First, IngestResult Second)> IngestBothAsync(KeywordEmbeddings? generator, double meaningThreshold = 0.6)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        if (generator is not null)
        {
            services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(generator);
        }

        services.AddBellwether().UseSignalExtractor<RecordingExtractor>().ConfigureClustering(c =>
        {
            c.StoryMatchThreshold = 0.35;
            c.StoryMeaningThreshold = meaningThreshold;
        });
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        var pipeline = provider.GetRequiredService<ISignalPipeline>();
        var first = await pipeline.IngestAsync(new Article { Id = "a", Title = First, PublishedAt = Now, Source = "Caixin" });
        var second = await pipeline.IngestAsync(new Article { Id = "b", Title = Second, PublishedAt = Now, Source = "AP" });
        return (first, second);
    }

    /// <summary>Gives the first headline one direction and the second the same one or an orthogonal one.</summary>
    private sealed class KeywordEmbeddings(bool sameMeaning) : IEmbeddingGenerator<string, Embedding<float>>
    {
        public int Calls { get; private set; }

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            Calls++;
            var embeddings = values.Select(v => new Embedding<float>(v.StartsWith(First, StringComparison.Ordinal) || sameMeaning ? new float[] { 3, 4, 0 } : [0, 0, 2]));
            return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(embeddings));
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
