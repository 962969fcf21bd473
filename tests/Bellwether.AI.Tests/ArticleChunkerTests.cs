using Bellwether.AI.Internal;

namespace Bellwether.AI.Tests;

public sealed class ArticleChunkerTests
{
    [Fact]
    public void Split_TextWithinTheBudget_ReturnsItWholeAndUncut()
    {
        const string text = "  One sentence. Another one.  ";

        var parts = ArticleChunker.Split(text, text.Length, 3, out var unread);

        parts.Should().Equal(text);
        unread.Should().Be(0);
    }

    [Fact]
    public void Split_SentenceEndEarlyInTheBudget_CutsAtTheLastWordInsteadOfWastingTheRequest()
    {
        const string text = "Short. Then a long clause that runs on and on without ending at all";

        var parts = ArticleChunker.Split(text, 40, 3, out var unread);

        parts.Should().Equal("Short. Then a long clause that runs on", "and on without ending at all");
        parts.Should().AllSatisfy(p => p.Length.Should().BeLessThanOrEqualTo(40));
        unread.Should().Be(0);
    }

    [Fact]
    public void Split_ParagraphsOverTheBudget_EndsPartsAtLineBreaks()
    {
        const string text = "First paragraph without a full stop\nSecond paragraph without one either\nThird";

        var parts = ArticleChunker.Split(text, 40, 3, out _);

        parts.Should().Equal("First paragraph without a full stop", "Second paragraph without one either", "Third");
    }

    [Fact]
    public void Split_NoWhiteSpace_CutsAtTheBudgetWithoutSplittingASurrogatePair()
    {
        var text = new string('a', 9) + "\U0001F600" + new string('b', 9);

        var parts = ArticleChunker.Split(text, 10, 5, out var unread);

        parts[0].Should().Be(new string('a', 9));
        string.Concat(parts).Should().Be(text);
        parts.Should().AllSatisfy(p => char.IsHighSurrogate(p[^1]).Should().BeFalse());
        unread.Should().Be(0);
    }

    [Fact]
    public void Split_MorePartsThanAllowed_ReturnsTheFirstAndCountsWhatIsLeft()
    {
        const string text = "One sentence here. Two sentence here. Three sentence here.";

        var parts = ArticleChunker.Split(text, 20, 2, out var unread);

        parts.Should().Equal("One sentence here.", "Two sentence here.");
        unread.Should().Be("Three sentence here.".Length);
    }
}
