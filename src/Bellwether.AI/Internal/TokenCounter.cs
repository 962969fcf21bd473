using Microsoft.ML.Tokenizers;

namespace Bellwether.AI.Internal;

/// <summary>
/// Counts tokens as OpenAI's current models do (tiktoken's o200k_base, from the Microsoft.ML.Tokenizers data package).
/// Other models tokenize differently, but within a few per cent for English prose, which a budget can absorb; a fixed
/// "4 characters a token" is off by half or more for other languages, numbers and code.
/// </summary>
internal static class TokenCounter
{
    private static readonly Lazy<Tokenizer> Encoding = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    /// <summary>The tokenizer (loaded on first use, then shared; it is thread-safe).</summary>
    public static Tokenizer Tokenizer => Encoding.Value;

    /// <summary>How many tokens <paramref name="text"/> is.</summary>
    public static int Count(string text) => Tokenizer.CountTokens(text);

    /// <summary>How many characters from the start of <paramref name="text"/> fit in <paramref name="maxTokens"/> tokens (all of it when it fits).</summary>
    public static int CharactersWithin(ReadOnlySpan<char> text, int maxTokens) =>
        Tokenizer.GetIndexByTokenCount(text, maxTokens, out _, out _);
}
