using Bellwether.Core.Text;

namespace Bellwether.Core.Tests.Text;

public sealed class TermExtractorTests
{
    [Fact]
    public void GetTerms_Text_StemsWithPorter2AndDropsStopWords()
    {
        TermExtractor.GetTerms("The restrictions restricted Nvidia's chipmakers in the U.S.")
            .Should().Equal("restrict", "restrict", "nvidia", "chipmak", "us");
    }

    [Fact]
    public void GetTerms_HyphenatedWord_StemsTheLastPart() =>
        TermExtractor.GetTerms("self-sufficiency").Should().Equal("self-suffici");

    [Fact]
    public void GetTerms_SameStemForInflections_MatchesAcrossArticles() =>
        TermExtractor.GetTerms("export controls").Should().Equal(TermExtractor.GetTerms("exported controlling"));

    [Fact]
    public void GetTerms_ChineseClause_GivesOverlappingCharacterPairs() =>
        TermExtractor.GetTerms("武汉洪水，长江").Should().Equal("武汉", "汉洪", "洪水", "长江");

    [Fact]
    public void GetTerms_LatinWordsInsideAnUnspacedRun_KeepTheirOwnTerms() =>
        TermExtractor.GetTerms("比亚迪BYD电动车 exports").Should().Equal("比亚", "亚迪", "byd", "电动", "动车", "export");

    [Fact]
    public void GetTerms_LoneCharacter_IsItsOwnTerm() =>
        TermExtractor.GetTerms("雨 falls").Should().Equal("雨", "fall");
}
