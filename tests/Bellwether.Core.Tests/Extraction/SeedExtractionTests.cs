using Bellwether.Core.Tests.TestSupport;

namespace Bellwether.Core.Tests.Extraction;

public sealed class SeedExtractionTests
{
    private static readonly IReadOnlyList<Article> Seeds = SeedArticles.Load();

    private static SignalCandidate ExtractSeed(string idPrefix) =>
        Extractors.Default().Extract(Seeds.Single(a => a.Id.StartsWith(idPrefix, StringComparison.Ordinal))).Should().ContainSingle().Subject;

    [Fact]
    public void Extract_Seed001_FindsCxmtOnTheStarMarketAndTheIpoSize()
    {
        var candidate = ExtractSeed("b57d");
        candidate.Regions.Should().Contain("CN");
        candidate.Topics.Should().Contain(["semiconductors", "capital markets"]);
        candidate.Actors.Should().Contain(["CXMT", "STAR Market"]);
        candidate.KeyPhrases.Should().Contain(p => p.Equals("US$42 Billion", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Extract_Seed002_FindsChineseChipmakersNvidiaAndTheirFigures()
    {
        var candidate = ExtractSeed("77a3");
        candidate.Regions.Should().Contain(["CN", "US"]);
        candidate.Topics.Should().Contain(["AI", "semiconductors"]);
        candidate.Actors.Should().Contain(["Cambricon", "Hygon", "SMIC", "Nvidia"]);
        candidate.KeyPhrases.Should().Contain(["4,230%", "Siyuan 590", "A100"]);
        candidate.Evidence.Quotes.Should().Contain(q => q.KeyPhrase == "U.S. export controls", "the seed page brackets the same phrase");
    }

    [Fact]
    public void Extract_Seeds_QuotesAreVerbatimWithTheirKeyPhraseInside()
    {
        foreach (var article in Seeds)
        {
            var candidate = Extractors.Default().Extract(article).Single();
            candidate.Evidence.Quotes.Should().NotBeEmpty();
            foreach (var quote in candidate.Evidence.Quotes)
            {
                article.Text.Should().Contain(quote.Text);
                quote.Text.Should().Contain(quote.KeyPhrase);
            }
        }
    }

    [Fact]
    public void Extract_Seeds_HeadlineAndReasoningUseOnlyTheArticlesOwnFacts()
    {
        foreach (var article in Seeds)
        {
            var candidate = Extractors.Default().Extract(article).Single();
            var source = article.Title + "\n" + article.Text;
            foreach (var actor in candidate.Actors.Take(3))
            {
                candidate.Evidence.Reasoning.Should().Contain(actor);
            }

            foreach (var phrase in candidate.KeyPhrases)
            {
                source.Should().Contain(phrase);
            }

            candidate.Horizon.Should().Be(SignalHorizon.Structural, "both seeds speak of self-sufficiency and strategy");
        }
    }

    [Fact]
    public void Extract_SeedThatStatesCauseAndEffect_HeadlineStatesDriverDirectionAndWho()
    {
        var candidate = Extractors.Default().Extract(Seeds[1]).Single();

        candidate.Headline.Should().Be("Export controls accelerating Chinese self-sufficiency, involving chipmakers such as Cambricon");
    }

    [Fact]
    public void Extract_SeedThatStatesNoCauseNextToItsVerb_KeepsItsOwnTitle()
    {
        var candidate = Extractors.Default().Extract(Seeds[0]).Single();

        candidate.Headline.Should().Be(Seeds[0].Title.Trim(), "a pattern is only stated when one sentence states it; words that merely occur are not paired");
    }

    [Fact]
    public void Extract_SameArticleTwice_GivesTheSameCandidate()
    {
        var first = Extractors.Default().Extract(Seeds[0]).Single();
        var second = Extractors.Default().Extract(Seeds[0]).Single();
        System.Text.Json.JsonSerializer.Serialize(second, BellwetherJson.Options)
            .Should().Be(System.Text.Json.JsonSerializer.Serialize(first, BellwetherJson.Options));
    }
}
