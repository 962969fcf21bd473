using System.Numerics.Tensors;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace Bellwether.Embeddings.Onnx.Internal;

/// <summary>
/// Tokenizes with WordPiece, runs a BERT-style ONNX encoder over padded batches and pools each row into one unit
/// vector. One <see cref="InferenceSession"/> serves every caller: ONNX Runtime allows concurrent <c>Run</c> calls,
/// and each call here owns its buffers.
/// </summary>
internal sealed class SentenceEncoder : IDisposable
{
    private const string InputIds = "input_ids";
    private const string AttentionMask = "attention_mask";
    private const string TokenTypeIds = "token_type_ids";
    private const string TokenOutput = "last_hidden_state";
    private const string SentenceOutput = "sentence_embedding";

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly int _maxTokens;
    private readonly int _batchSize;
    private readonly OnnxEmbeddingPooling _pooling;
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;
    private readonly bool _outputIsPooled;

    public SentenceEncoder(InferenceSession session, BertTokenizer tokenizer, OnnxSentenceEmbeddingOptions options, string source)
    {
        _session = session;
        _tokenizer = tokenizer;
        _maxTokens = options.MaxTokens;
        _batchSize = options.BatchSize;
        _pooling = options.Pooling;

        var inputs = session.InputMetadata;
        if (!inputs.ContainsKey(InputIds) || !inputs.ContainsKey(AttentionMask))
        {
            throw new InvalidDataException($"The model ({source}) takes [{string.Join(", ", inputs.Keys)}]; a sentence encoder needs '{InputIds}' and '{AttentionMask}'.");
        }

        _inputNames = inputs.ContainsKey(TokenTypeIds) ? [InputIds, AttentionMask, TokenTypeIds] : [InputIds, AttentionMask];

        var outputs = session.OutputMetadata;
        var output = outputs.ContainsKey(TokenOutput) ? TokenOutput
            : outputs.ContainsKey(SentenceOutput) ? SentenceOutput
            : outputs.Keys.First();
        var shape = outputs[output].Dimensions;
        if (shape.Length is not (2 or 3))
        {
            throw new InvalidDataException($"The model ({source}) has an output '{output}' with {shape.Length} dimensions; expected [batch, tokens, size] or [batch, size].");
        }

        _outputNames = [output];
        _outputIsPooled = shape.Length == 2;
        Dimensions = Math.Max(0, shape[^1]);
    }

    /// <summary>The vector size the model declares, or 0 when it leaves it open.</summary>
    public int Dimensions { get; }

    /// <summary>
    /// One unit vector per text, in order, and the number of tokens fed to the model. Texts are batched by token
    /// count, so a batch holds texts of similar length and little padding.
    /// </summary>
    public (float[][] Vectors, long Tokens) Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var ids = new IReadOnlyList<int>[texts.Count];
        long tokens = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            ids[i] = _tokenizer.EncodeToIds(texts[i], _maxTokens, addSpecialTokens: true, out _, out _);
            tokens += ids[i].Count;
        }

        var order = new int[texts.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => ids[a].Count != ids[b].Count ? ids[a].Count.CompareTo(ids[b].Count) : a.CompareTo(b));

        var vectors = new float[texts.Count][];
        for (var start = 0; start < order.Length; start += _batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            EncodeBatch(ids, order.AsSpan(start, Math.Min(_batchSize, order.Length - start)), vectors, cancellationToken);
        }

        return (vectors, tokens);
    }

    public void Dispose() => _session.Dispose();

    private void EncodeBatch(IReadOnlyList<int>[] ids, ReadOnlySpan<int> batch, float[][] vectors, CancellationToken cancellationToken)
    {
        var count = batch.Length;
        var width = ids[batch[^1]].Count;
        var inputIds = new long[count * width];
        var mask = new long[count * width];
        Array.Fill(inputIds, _tokenizer.PaddingTokenId);
        for (var i = 0; i < count; i++)
        {
            var row = ids[batch[i]];
            for (var t = 0; t < row.Count; t++)
            {
                inputIds[(i * width) + t] = row[t];
                mask[(i * width) + t] = 1;
            }
        }

        long[] shape = [count, width];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(inputIds, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = _inputNames.Length == 3 ? OrtValue.CreateTensorValueFromMemory(new long[count * width], shape) : null;
        OrtValue[] values = typesValue is null ? [idsValue, maskValue] : [idsValue, maskValue, typesValue];

        using var runOptions = new RunOptions();
        using var stop = cancellationToken.Register(static state => ((RunOptions)state!).Terminate = true, runOptions);
        try
        {
            using var outputs = _session.Run(runOptions, _inputNames, values, _outputNames);
            var hidden = outputs[0].GetTensorDataAsSpan<float>();
            var size = hidden.Length / (_outputIsPooled ? count : count * width);
            for (var i = 0; i < count; i++)
            {
                var vector = _outputIsPooled
                    ? hidden.Slice(i * size, size).ToArray()
                    : Pool(hidden.Slice(i * width * size, width * size), mask.AsSpan(i * width, width), size);
                Normalize(vector);
                vectors[batch[i]] = vector;
            }
        }
        catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }

    private float[] Pool(ReadOnlySpan<float> tokenVectors, ReadOnlySpan<long> mask, int size)
    {
        var vector = new float[size];
        if (_pooling == OnnxEmbeddingPooling.Cls)
        {
            tokenVectors[..size].CopyTo(vector);
            return vector;
        }

        var counted = 0;
        for (var t = 0; t < mask.Length && mask[t] != 0; t++)
        {
            TensorPrimitives.Add(vector, tokenVectors.Slice(t * size, size), vector);
            counted++;
        }

        TensorPrimitives.Divide(vector, Math.Max(counted, 1), vector);
        return vector;
    }

    private static void Normalize(float[] vector)
    {
        var norm = TensorPrimitives.Norm<float>(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
    }
}
