using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bellwether.Embeddings.Onnx.Tests;

public sealed class ServiceCollectionTests
{
    [Fact]
    public async Task AddOnnxSentenceEmbeddings_Defaults_ResolvesOneGeneratorThatTheContainerDisposes()
    {
        var provider = new ServiceCollection().AddOnnxSentenceEmbeddings().BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var generator = provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        generator.Should().BeSameAs(provider.GetRequiredService<OnnxSentenceEmbeddingGenerator>());
        (await generator.GenerateAsync([Texts.Markets])).Should().ContainSingle().Which.Dimensions.Should().Be(384);

        await provider.DisposeAsync();
        var act = () => generator.GenerateAsync([Texts.Markets]);
        await act.Should().ThrowAsync<ObjectDisposedException>();
    }

    [Fact]
    public void AddOnnxSentenceEmbeddings_BadSettings_FailsAtStartNamingEachOption()
    {
        using var provider = new ServiceCollection()
            .AddOnnxSentenceEmbeddings(o =>
            {
                o.ModelPath = "/nowhere/model.onnx";
                o.BatchSize = 0;
            })
            .BuildServiceProvider();

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().Which.Failures.Should().SatisfyRespectively(
            f => f.Should().StartWith("OnnxSentenceEmbeddingOptions.BatchSize"),
            f => f.Should().StartWith("OnnxSentenceEmbeddingOptions.VocabularyPath is required"),
            f => f.Should().StartWith("OnnxSentenceEmbeddingOptions.ModelPath names no file: '/nowhere/model.onnx'"));
    }

    [Fact]
    public void AddOnnxSentenceEmbeddings_GeneratorAlreadyRegistered_KeepsIt()
    {
        using var existing = new OnnxSentenceEmbeddingGenerator();
        var services = new ServiceCollection().AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(existing);

        using var provider = services.AddOnnxSentenceEmbeddings().BuildServiceProvider();

        provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>().Should().BeSameAs(existing);
    }
}
