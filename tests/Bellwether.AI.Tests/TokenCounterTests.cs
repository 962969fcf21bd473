using Bellwether.AI.Internal;

namespace Bellwether.AI.Tests;

/// <summary>Token budgets count real tokens (o200k_base), not "4 characters a token".</summary>
public sealed class TokenCounterTests
{
    [Fact]
    public void Count_EnglishGreeting_IsItsO200kTokens()
    {
        TokenCounter.Count("Hello, world!").Should().Be(4, "o200k_base reads Hello | , | ' world' | !");
    }

    [Fact]
    public void Count_ChineseText_IsFarMoreThanAQuarterOfItsCharacters()
    {
        const string text = "长鑫存储计划在上海证券交易所科创板上市，募集资金用于建设动态随机存取存储器工厂。";

        TokenCounter.Count(text).Should().BeGreaterThan(text.Length / 4 * 2, "CJK text runs at about one token per one or two characters");
    }

    [Fact]
    public void SplitByTokens_LongArticle_EachPartFitsTheTokenBudgetAndTheTextIsKeptInOrder()
    {
        var text = string.Join(' ', Enumerable.Range(1, 60).Select(i => $"In {2000 + i}, sentence number {i} reported revenue of ¥{i * 1234.5:N1} million."));

        var parts = ArticleChunker.SplitByTokens(text, 100, 20, out var unread);

        parts.Should().HaveCountGreaterThan(1).And.AllSatisfy(p => TokenCounter.Count(p).Should().BeLessThanOrEqualTo(100));
        string.Join(' ', parts).Should().Be(text);
        unread.Should().Be(0);
        parts.Take(parts.Count - 1).Should().AllSatisfy(p => p.Should().EndWith("million."), "parts end at sentence ends when one falls in the second half of the budget");
    }
}
