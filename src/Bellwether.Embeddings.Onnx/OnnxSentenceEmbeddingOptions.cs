namespace Bellwether.Embeddings.Onnx;

/// <summary>
/// Settings of <see cref="OnnxSentenceEmbeddingGenerator"/>. With no paths the packaged all-MiniLM-L6-v2 is used;
/// otherwise <see cref="ModelPath"/> and <see cref="VocabularyPath"/> name a BERT-style ONNX encoder and its WordPiece vocabulary.
/// </summary>
public sealed class OnnxSentenceEmbeddingOptions
{
    /// <summary>Path of an ONNX sentence encoder taking <c>input_ids</c> and <c>attention_mask</c>; <see langword="null"/> for all-MiniLM-L6-v2.</summary>
    public string? ModelPath { get; set; }

    /// <summary>Path of the model's WordPiece <c>vocab.txt</c> (one token a line); required with <see cref="ModelPath"/>.</summary>
    public string? VocabularyPath { get; set; }

    /// <summary>Longest input in tokens, <c>[CLS]</c> and <c>[SEP]</c> included; a longer text is cut after the last whole word that fits. Default 256, the length all-MiniLM-L6-v2 was trained on.</summary>
    public int MaxTokens { get; set; } = 256;

    /// <summary>
    /// Most texts that go through the model in one run. Default 8: on a 2-core CPU, 8 headlines a run cost half as much
    /// each as one at a time, while larger runs, or full articles, gain nothing (see the package's benchmark).
    /// </summary>
    public int BatchSize { get; set; } = 8;

    /// <summary>How token vectors become a sentence vector. Default <see cref="OnnxEmbeddingPooling.Mean"/>.</summary>
    public OnnxEmbeddingPooling Pooling { get; set; } = OnnxEmbeddingPooling.Mean;

    /// <summary>Whether text is lower-cased and stripped of accents before tokenizing, as uncased vocabularies expect. Default <see langword="true"/>.</summary>
    public bool LowerCase { get; set; } = true;
}
