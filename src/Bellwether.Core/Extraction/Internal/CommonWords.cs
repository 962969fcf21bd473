using System.IO.Compression;
using Bellwether.Core.Text;

namespace Bellwether.Core.Internal;

/// <summary>
/// The English words a dictionary writes in lower case (the embedded <c>common-words.txt.gz</c>, built by
/// Resources/build-common-words.py). In a Title Case headline they tell a capitalised word from a name.
/// Immutable; safe to share between threads.
/// </summary>
internal sealed class CommonWords
{
    private const string ResourceName = "Bellwether.Core.Extraction.Resources.common-words.txt.gz";
    private const int MaxWordLength = 64;

    private readonly WordSet words;
    private readonly WordSet alsoNames;

    private CommonWords(List<string> words, List<string> alsoNames)
    {
        this.words = new WordSet(words, StringComparer.OrdinalIgnoreCase);
        this.alsoNames = new WordSet(alsoNames, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Reads the embedded list (about 64,000 words).</summary>
    public static CommonWords Load()
    {
        using var stream = typeof(CommonWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(CommonWords).Assembly.GetName().Name}.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var words = new List<string>(64_000);
        var alsoNames = new List<string>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var word = line.TrimEnd('*');
            words.Add(word);
            if (word.Length < line.Length)
            {
                alsoNames.Add(word);
            }
        }

        return new CommonWords(words, alsoNames);
    }

    /// <summary>
    /// True when <paramref name="word"/> (any case, a possessive "'s" dropped, each part of a hyphenated word) is a
    /// lower-case dictionary word. Unless <paramref name="evenIfName"/>, a word the dictionary also lists as a name
    /// ("Swift", "Ford") is not common.
    /// </summary>
    public bool IsCommon(ReadOnlySpan<char> word, bool evenIfName)
    {
        if (word.Length > 2 && Tokenizer.IsApostrophe(word[^2]) && word[^1] is 's' or 'S')
        {
            word = word[..^2];
        }

        if (word.IsEmpty || word.Length > MaxWordLength)
        {
            return false;
        }

        Span<char> normalised = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            normalised[i] = Tokenizer.IsApostrophe(word[i]) ? '\'' : word[i];
        }

        foreach (var range in ((ReadOnlySpan<char>)normalised).Split('-'))
        {
            var part = normalised[range];
            if (!words.Contains(part) || (!evenIfName && alsoNames.Contains(part)))
            {
                return false;
            }
        }

        return true;
    }
}
