using Bellwether.Core.Text;

namespace Bellwether.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text) => [.. SentenceSplitter.Split(text).Select(r => text[r])];

    [Fact]
    public void Split_Abbreviations_DoNotEndSentences()
    {
        var text = "Mr. Smith met Dr. Jones of Acme Inc. in Jan. last year. The U.S. Commerce Department objected. Then talks resumed!";
        Sentences(text).Should().Equal(
            "Mr. Smith met Dr. Jones of Acme Inc. in Jan. last year.",
            "The U.S. Commerce Department objected.",
            "Then talks resumed!");
    }

    [Fact]
    public void Split_MountAndSainteAbbreviations_DoNotEndSentences()
    {
        var text = "Trading at Mt. Gox halted after Ste. Foy lenders sued. Users waited.";
        Sentences(text).Should().Equal("Trading at Mt. Gox halted after Ste. Foy lenders sued.", "Users waited.");
    }

    [Fact]
    public void Split_LineBreaks_EndHeadings()
    {
        Sentences("What's Happening?\nChina is accelerating its push.\n\nWhy It's Important").Should().Equal(
            "What's Happening?", "China is accelerating its push.", "Why It's Important");
    }

    [Fact]
    public void Split_DecimalsAndQuotes_StayInsideTheSentence()
    {
        Sentences("Revenue rose 1.5 times. \"It doubled,\" he said. Next.").Should().Equal(
            "Revenue rose 1.5 times.", "\"It doubled,\" he said.", "Next.");
    }

    [Fact]
    public void Split_EmptyOrBlank_ReturnsNothing()
    {
        SentenceSplitter.Split(string.Empty).Should().BeEmpty();
        SentenceSplitter.Split(" \n\t ").Should().BeEmpty();
    }
}
