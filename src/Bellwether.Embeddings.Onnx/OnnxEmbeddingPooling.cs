namespace Bellwether.Embeddings.Onnx;

/// <summary>How the encoder's per-token vectors become one sentence vector.</summary>
public enum OnnxEmbeddingPooling
{
    /// <summary>The average of the token vectors under the attention mask (sentence-transformers models such as all-MiniLM-L6-v2).</summary>
    Mean,

    /// <summary>The vector of the first token, <c>[CLS]</c> (models trained that way, such as snowflake-arctic-embed).</summary>
    Cls,
}
