using Bellwether.Embeddings.Onnx.Internal;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace Bellwether.Embeddings.Onnx;

/// <summary>
/// Sentence embeddings computed in-process by an ONNX encoder: all-MiniLM-L6-v2 (384 dimensions) by default, or the
/// model and vocabulary named in <see cref="OnnxSentenceEmbeddingOptions"/>. Vectors have unit length. Safe for
/// concurrent use; the work runs on the calling thread, in batches of <see cref="OnnxSentenceEmbeddingOptions.BatchSize"/>.
/// </summary>
public sealed class OnnxSentenceEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly SentenceEncoder _encoder;
    private readonly EmbeddingGeneratorMetadata _metadata;
    private int _disposed;

    /// <summary>Loads the model once; the session lives until <see cref="Dispose"/>.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <exception cref="FileNotFoundException">A path in <paramref name="options"/> names no file; the message names the option.</exception>
    /// <exception cref="ArgumentException">Another setting is out of range; the message names the option.</exception>
    /// <exception cref="InvalidDataException">The model file is not a usable ONNX sentence encoder.</exception>
    public OnnxSentenceEmbeddingGenerator(OnnxSentenceEmbeddingOptions? options = null)
    {
        options ??= new OnnxSentenceEmbeddingOptions();
        OptionsRules.ThrowIfInvalid(options);

        // Uncased BERT vocabularies hold neither capitals nor accents ("café" is only found as "cafe").
        var bertOptions = new BertOptions { LowerCaseBeforeTokenization = options.LowerCase, RemoveNonSpacingMarks = options.LowerCase };
        string modelId;
        string source;
        InferenceSession session;
        BertTokenizer tokenizer;
        if (string.IsNullOrWhiteSpace(options.ModelPath))
        {
            modelId = PackagedModel.ModelId;
            source = $"{modelId} from {PackagedModel.PackageId}";
            using (var vocabulary = PackagedModel.OpenVocabulary())
            {
                tokenizer = BertTokenizer.Create(vocabulary, bertOptions);
            }

            session = new InferenceSession(PackagedModel.ReadModel());
        }
        else
        {
            modelId = Path.GetFileNameWithoutExtension(options.ModelPath);
            source = $"{nameof(OnnxSentenceEmbeddingOptions)}.{nameof(OnnxSentenceEmbeddingOptions.ModelPath)} '{options.ModelPath}'";
            tokenizer = BertTokenizer.Create(options.VocabularyPath!, bertOptions);
            session = OpenSession(options.ModelPath);
        }

        try
        {
            _encoder = new SentenceEncoder(session, tokenizer, options, source);
        }
        catch
        {
            session.Dispose();
            throw;
        }

        _metadata = new EmbeddingGeneratorMetadata("onnxruntime", providerUri: null, modelId, _encoder.Dimensions > 0 ? _encoder.Dimensions : null);
    }

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<GeneratedEmbeddings<Embedding<float>>>(cancellationToken);
        }

        string[] texts = [.. values];
        if (Array.IndexOf(texts, null) is var missing and >= 0)
        {
            throw new ArgumentException($"The text at index {missing} is null.", nameof(values));
        }

        if (options?.Dimensions is { } wanted && _metadata.DefaultModelDimensions is { } actual && wanted != actual)
        {
            throw new ArgumentException($"The model {_metadata.DefaultModelId} produces {actual} dimensions, not {wanted}.", nameof(options));
        }

        try
        {
            var (vectors, tokens) = _encoder.Encode(texts, cancellationToken);
            var modelId = _metadata.DefaultModelId;
            var embeddings = new GeneratedEmbeddings<Embedding<float>>(vectors.Select(v => new Embedding<float>(v) { ModelId = modelId }))
            {
                Usage = new UsageDetails { InputTokenCount = tokens, TotalTokenCount = tokens },
            };
            return Task.FromResult(embeddings);
        }
        catch (OperationCanceledException e) when (e.CancellationToken == cancellationToken)
        {
            return Task.FromCanceled<GeneratedEmbeddings<Embedding<float>>>(cancellationToken);
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <summary>Releases the ONNX Runtime session; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _encoder.Dispose();
        }
    }

    private static InferenceSession OpenSession(string path)
    {
        try
        {
            return new InferenceSession(path);
        }
        catch (OnnxRuntimeException e)
        {
            throw new InvalidDataException($"{nameof(OnnxSentenceEmbeddingOptions)}.{nameof(OnnxSentenceEmbeddingOptions.ModelPath)} '{path}' is not a model ONNX Runtime can load: {e.Message}", e);
        }
    }
}
