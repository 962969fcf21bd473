using System.IO.Compression;
using Bellwether.Core.Text;

namespace Bellwether.Core.Tests.Text;

public sealed class Porter2StemmerTests
{
    // Generated once with Debian's libstemmer-tools 2.2.0 (`stemwords -l english`) from the lower-case words of
    // wamerican's /usr/share/dict/words: one "word<TAB>stem" per line.
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Text", "Fixtures", "porter2-english.tsv.gz");

    [Fact]
    public void Stem_ReferenceVocabulary_MatchesSnowballForEveryWord()
    {
        using var file = File.OpenRead(Fixture);
        using var reader = new StreamReader(new GZipStream(file, CompressionMode.Decompress));
        var checkedWords = 0;
        var mismatches = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var (word, expected) = (line[..tab], line[(tab + 1)..]);
            var actual = Porter2Stemmer.Stem(word);
            if (actual != expected)
            {
                mismatches.Add($"{word}: expected {expected}, got {actual}");
            }

            checkedWords++;
        }

        checkedWords.Should().BeGreaterThan(60_000);
        mismatches.Should().BeEmpty();
    }

    [Theory]
    [InlineData("restrictions", "restrict")]
    [InlineData("semiconductors", "semiconductor")]
    [InlineData("generously", "generous")]
    [InlineData("skies", "sky")]
    [InlineData("hopping", "hop")]
    [InlineData("a", "a")]
    public void Stem_KnownWords_GivesSnowballStem(string word, string stem) => Porter2Stemmer.Stem(word).Should().Be(stem);

    [Theory]
    [InlineData("Café")]
    [InlineData("北京")]
    [InlineData("x1y2")]
    public void Stem_NonAsciiOrMixedWord_ReturnsItUnchanged(string word) => Porter2Stemmer.Stem(word).Should().Be(word);
}
