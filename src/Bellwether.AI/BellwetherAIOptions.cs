using System.ComponentModel.DataAnnotations;

namespace Bellwether.AI;

/// <summary>Settings of the model-backed extractor, analyst and re-ranker; validated when the host starts.</summary>
public sealed class BellwetherAIOptions
{
    /// <summary>
    /// The key of the keyed <c>IChatClient</c> to use; null, or a key nothing is registered under, uses the unkeyed client.
    /// </summary>
    public string? ChatClientKey { get; set; }

    /// <summary>The key of the keyed embedding generator to use; null, or an unused key, uses the unkeyed generator.</summary>
    public string? EmbeddingGeneratorKey { get; set; }

    /// <summary>The taxonomy: the only topics an answer may name (matched ignoring case, stored as spelt here).</summary>
    public IList<string> Topics { get; set; } =
    [
        "AI", "semiconductors", "capital markets", "IPOs", "venture capital", "trade policy", "export controls",
        "energy", "climate", "labour", "housing", "inflation", "monetary policy", "crypto", "defence", "health",
        "biotech", "cloud", "cybersecurity", "supply chains", "elections", "regulation",
    ];

    /// <summary>
    /// The most tokens of article text sent in one request (counted with OpenAI's o200k_base tokenizer); a longer article is split at
    /// sentence ends into consecutive parts, one request each, up to <see cref="MaxChunksPerArticle"/>.
    /// </summary>
    [Range(64, 1_000_000)]
    public int MaxArticleTokens { get; set; } = 6_000;

    /// <summary>
    /// The most parts of one article sent to the model, one request each (1–20, default 3); text beyond them is cut
    /// and the cut is logged.
    /// </summary>
    [Range(1, 20)]
    public int MaxChunksPerArticle { get; set; } = 3;

    /// <summary>How many times one request is tried before it fails with a <see cref="ModelAnswerException"/>.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// The base wait before a retry (0 to 10 minutes, default 1 second): it doubles for every further attempt, with
    /// random jitter so that many workers do not retry in step; a <c>Retry-After</c> sent by the server is followed
    /// instead (up to 10 minutes). Zero, with no <c>Retry-After</c>, retries at once.
    /// </summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one request may take before it is abandoned and retried: more than zero and at most one day (default 100 seconds).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The most candidate signals kept from one article (over all its parts, the most confident first).</summary>
    [Range(1, 20)]
    public int MaxSignalsPerArticle { get; set; } = 3;

    /// <summary>Candidates the model rates below this confidence (clamped to 0–1) are dropped.</summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = 0.2;

    /// <summary>The most evidence entries (newest first) the analyst sends for one signal.</summary>
    [Range(1, 100)]
    public int MaxEvidenceForAnalysis { get; set; } = 8;

    /// <summary>The weight of dense cosine similarity against the sparse similarity when re-ranking (0 keeps the sparse order).</summary>
    [Range(0.0, 1.0)]
    public double DenseWeight { get; set; } = 0.5;

    /// <summary>The most signal embeddings the re-ranker keeps; the oldest are dropped first.</summary>
    [Range(16, 10_000_000)]
    public int EmbeddingCacheSize { get; set; } = 10_000;
}
