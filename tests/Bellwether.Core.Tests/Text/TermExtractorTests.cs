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
}
