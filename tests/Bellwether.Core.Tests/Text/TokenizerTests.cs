using Bellwether.Core.Text;

namespace Bellwether.Core.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Words(string text) => [.. Tokenizer.Tokenize(text).Select(t => t.In(text).ToString())];

    [Theory]
    [InlineData("the U.S. said", "U.S.")]
    [InlineData("revenue in Q1 2026", "Q1")]
    [InlineData("Nvidia's A100 chip", "A100")]
    [InlineData("surged by 4,230% year-over-year", "4,230%")]
    [InlineData("a planned US$42 billion IPO", "US$42")]
    [InlineData("semiconductor self-sufficiency efforts", "self-sufficiency")]
    [InlineData("plan mega-IPOs, sparking debate", "mega-IPOs")]
    [InlineData("spending on R&D rose", "R&D")]
    [InlineData("a €1.2bn deal", "€1.2")]
    public void Tokenize_NewsText_KeepsUnitWhole(string text, string expected) => Words(text).Should().Contain(expected);

    [Fact]
    public void Tokenize_Sentence_SplitsPunctuationFromWords()
    {
        Words("Cambricon, Hygon, and SMIC.").Should().Equal("Cambricon", ",", "Hygon", ",", "and", "SMIC", ".");
    }

    [Fact]
    public void Tokenize_Figures_MarksThemAsNumbers()
    {
        var text = "up 4,230% to $300";
        Tokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Number).Select(t => t.In(text).ToString()).Should().Equal("4,230%", "$300");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\0\u0001\u001f")]
    [InlineData("\ud800 broken \udc00 surrogates")]
    [InlineData("<p>markup &amp; more</p>")]
    public void Tokenize_AnyString_DoesNotThrow(string text) => FluentActions.Invoking(() => Tokenizer.Tokenize(text)).Should().NotThrow();
}
