namespace Bellwether.Embeddings.Onnx.Tests;

public sealed class ModelPathTests(ModelFilesFixture files) : IClassFixture<ModelFilesFixture>
{
    [Fact]
    public async Task GenerateAsync_ModelAndVocabularyByPath_MatchesThePackagedModel()
    {
        using var packaged = new OnnxSentenceEmbeddingGenerator();
        using var byPath = new OnnxSentenceEmbeddingGenerator(new OnnxSentenceEmbeddingOptions { ModelPath = files.ModelPath, VocabularyPath = files.VocabularyPath });

        var expected = await packaged.GenerateAsync(Texts.Headlines);
        var actual = await byPath.GenerateAsync(Texts.Headlines);

        actual.Select(e => e.ModelId).Should().AllBe("model");
        for (var i = 0; i < Texts.Headlines.Length; i++)
        {
            actual[i].Vector.ToArray().Should().Equal(expected[i].Vector.ToArray());
        }
    }

    [Fact]
    public async Task GenerateAsync_ClsPooling_GivesUnitVectorsUnlikeMeanPooling()
    {
        using var mean = new OnnxSentenceEmbeddingGenerator();
        using var cls = new OnnxSentenceEmbeddingGenerator(new OnnxSentenceEmbeddingOptions { Pooling = OnnxEmbeddingPooling.Cls });

        var meanVector = (await mean.GenerateAsync([Texts.Markets]))[0];
        var clsVector = (await cls.GenerateAsync([Texts.Markets]))[0];

        System.Numerics.Tensors.TensorPrimitives.Norm(clsVector.Vector.Span).Should().BeApproximately(1f, 1e-5f);
        Texts.Cosine(meanVector, clsVector).Should().BeLessThan(0.99f);
    }

    [Fact]
    public void Constructor_ModelPathNamesNoFile_ThrowsFileNotFoundNamingTheOption()
    {
        var act = () => new OnnxSentenceEmbeddingGenerator(new OnnxSentenceEmbeddingOptions { ModelPath = files.MissingPath, VocabularyPath = files.VocabularyPath });

        act.Should().Throw<FileNotFoundException>()
            .WithMessage("OnnxSentenceEmbeddingOptions.ModelPath names no file*")
            .Which.FileName.Should().Be(files.MissingPath);
    }

    [Fact]
    public void Constructor_VocabularyPathNamesNoFile_ThrowsFileNotFoundNamingTheOption()
    {
        var act = () => new OnnxSentenceEmbeddingGenerator(new OnnxSentenceEmbeddingOptions { ModelPath = files.ModelPath, VocabularyPath = files.MissingPath });

        act.Should().Throw<FileNotFoundException>().WithMessage("OnnxSentenceEmbeddingOptions.VocabularyPath names no file*");
    }

    [Fact]
    public void Constructor_ModelPathWithoutVocabularyPath_ThrowsArgumentExceptionNamingBoth()
    {
        var act = () => new OnnxSentenceEmbeddingGenerator(new OnnxSentenceEmbeddingOptions { ModelPath = files.ModelPath });

        act.Should().Throw<ArgumentException>().WithMessage("OnnxSentenceEmbeddingOptions.VocabularyPath is required when OnnxSentenceEmbeddingOptions.ModelPath is set*");
    }

    [Fact]
    public void Constructor_FileIsNotAModel_ThrowsInvalidDataNamingTheOption()
    {
        var act = () => new OnnxSentenceEmbeddingGenerator(new OnnxSentenceEmbeddingOptions { ModelPath = files.NotAModelPath, VocabularyPath = files.VocabularyPath });

        act.Should().Throw<InvalidDataException>().WithMessage($"OnnxSentenceEmbeddingOptions.ModelPath '{files.NotAModelPath}' is not a model*");
    }

    [Theory]
    [InlineData(2, 32, "OnnxSentenceEmbeddingOptions.MaxTokens must be at least 3*")]
    [InlineData(256, 0, "OnnxSentenceEmbeddingOptions.BatchSize must be at least 1*")]
    public void Constructor_SettingOutOfRange_ThrowsArgumentExceptionNamingTheOption(int maxTokens, int batchSize, string message)
    {
        var act = () => new OnnxSentenceEmbeddingGenerator(new OnnxSentenceEmbeddingOptions { MaxTokens = maxTokens, BatchSize = batchSize });

        act.Should().Throw<ArgumentException>().WithMessage(message);
    }

    [Fact]
    public async Task GenerateAsync_AfterDispose_ThrowsObjectDisposed()
    {
        var generator = new OnnxSentenceEmbeddingGenerator();
        generator.Dispose();
        generator.Dispose();

        var act = () => generator.GenerateAsync([Texts.Markets]);

        await act.Should().ThrowAsync<ObjectDisposedException>();
    }
}
