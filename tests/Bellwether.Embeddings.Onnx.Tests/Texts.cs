namespace Bellwether.Embeddings.Onnx.Tests;

internal static class Texts
{
    public const string Markets = "Stocks fell sharply on Wall Street";
    public const string MarketsParaphrase = "US shares dropped steeply";
    public const string Unrelated = "A new recipe for lemon cake won the village baking contest";

    public static readonly string[] Headlines =
    [
        Markets,
        MarketsParaphrase,
        Unrelated,
        "Central bank holds interest rates steady as inflation cools",
        "Storm knocks out power to thousands across the coast",
        "Chipmaker unveils faster processor for data centres",
        "Parliament passes budget after a night of debate",
    ];

    /// <summary>A text of about <paramref name="words"/> words, built from repeated sentences.</summary>
    public static string Article(int words)
    {
        string[] sentence = ["The", "council", "met", "on", "Tuesday", "to", "discuss", "the", "flooding", "that", "closed", "the", "river", "road", "for", "a", "week."];
        return string.Join(' ', Enumerable.Range(0, words).Select(i => sentence[i % sentence.Length]));
    }

    public static float Cosine(Embedding<float> a, Embedding<float> b) =>
        System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(a.Vector.Span, b.Vector.Span);
}
