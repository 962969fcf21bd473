namespace Bellwether.Core.Tests.Extraction;

/// <summary>Conventions of news copy that are not facts of the story: wire datelines, sentence-case headlines, one-cue headlines, the outlet's name after a headline, labels in capitals.</summary>
public sealed class NewsConventionTests
{
    [Theory]
    [InlineData("FRANKFURT (Reuters) - Deutsche Bank said on Tuesday it would cut 900 jobs in its retail arm.")]
    [InlineData("FRANKFURT, March 3 (Xinhua) -- Deutsche Bank said on Tuesday it would cut 900 jobs in its retail arm.")]
    [InlineData("FRANKFURT — Deutsche Bank said on Tuesday it would cut 900 jobs in its retail arm.")]
    public void Extract_WireDateline_IsNeitherAnActorNorARegion(string text)
    {
        var candidate = Extractors.SingleCandidate("Deutsche Bank to cut 900 jobs", text + " The lender said the cuts would save 300 million euros a year by 2027.");

        candidate.Actors.Should().Contain("Deutsche Bank").And.NotContain(a => a.Contains("FRANKFURT") || a == "Reuters" || a == "Xinhua");
    }

    [Theory]
    [InlineData("Drought cuts Brazilian coffee harvest - WDRB 41 Louisville News", "WDRB")]
    [InlineData("Drought cuts Brazilian coffee harvest - KTVN Channel 2 - Reno ...", "KTVN")]
    [InlineData("Drought cuts Brazilian coffee harvest | The Nation", "The Nation. (blog)")]
    [InlineData("Drought cuts Brazilian coffee harvest - KSLA News 12 Shreveport, Louisiana News Weather & Sports", "ksla.com")]
    public void Extract_HeadlineEndingWithItsOutletsName_ReadsOnlyTheHeadline(string title, string source)
    {
        var article = new Article { Id = "a-1", Title = title, Text = string.Empty, Source = source };

        var candidate = Extractors.Default().Extract(article).Should().ContainSingle().Subject;

        candidate.Headline.Should().Be("Drought cuts Brazilian coffee harvest");
        candidate.Actors.Should().BeEmpty();
        candidate.Regions.Should().Equal("BR");
    }

    [Theory]
    [InlineData("Miley Cyrus - Teen arrested in her dressing room", "Contactmusic.com")]
    [InlineData("Bitcoin exchange faced 150,000 attacks a second - report", "The Voice of Russia")]
    public void Extract_DashBeforeWordsThatDoNotNameTheOutlet_KeepsTheWholeHeadline(string title, string source)
    {
        var article = new Article { Id = "a-1", Title = title, Text = string.Empty, Source = source };

        Extractors.Default().Extract(article).Should().ContainSingle().Which.Headline.Should().Be(title);
    }

    [Theory]
    [InlineData("UPDATE 2-UniCredit posts record loss after writedowns", "UPDATE")]
    [InlineData("VIDEO: UniCredit posts record loss after writedowns", "VIDEO")]
    [InlineData("UniCredit posts record loss after writedowns [VIDEO]", "VIDEO")]
    [InlineData("MARKET ANALYSIS: UniCredit posts record loss after writedowns", "MARKET ANALYSIS")]
    [InlineData("UniCredit posts record loss: FOUR things we learned", "FOUR")]
    public void Extract_LabelWrittenInCapitals_IsNoActor(string title, string label)
    {
        var candidate = Extractors.SingleCandidate(title, string.Empty);

        candidate.Actors.Should().Contain("UniCredit").And.NotContain(label);
    }

    [Theory]
    [InlineData("UniCredit posts record loss after writedowns (Video)", "Video")]
    [InlineData("UniCredit posts record loss after writedowns [Update]", "Update")]
    [InlineData("UniCredit posts record loss after writedowns (Photos)", "Photos")]
    public void Extract_DictionaryWordAloneInBracketsInAHeadline_IsNoActor(string title, string label)
    {
        var candidate = Extractors.SingleCandidate(title, string.Empty);

        candidate.Actors.Should().Contain("UniCredit").And.NotContain(label);
    }

    [Fact]
    public void Extract_NameAloneInBracketsInAHeadline_StaysAnActor()
    {
        var candidate = Extractors.SingleCandidate("Chief executive quits after record loss (UniCredit)", string.Empty);

        candidate.Actors.Should().Contain("UniCredit");
    }

    [Theory]
    [InlineData("``One pilot said the engine was fine,'' Meinel added.", "One")]
    [InlineData("``Passengers were calm,'' Meinel added.", "Passengers")]
    public void Extract_WireQuotationOpenedWithBackticks_ItsFirstWordIsNoName(string sentence, string firstWord)
    {
        var candidate = Extractors.SingleCandidate("Concorde crash", "Hans Meinel lives near Berlin. " + sentence);

        candidate.Actors.Should().Contain("Hans Meinel").And.NotContain(firstWord);
    }

    [Theory]
    [InlineData("\"Sometimes I think it is over,\" said Ann Lee.", "Sometimes I")]
    [InlineData("\"Obviously I was upset,\" said Ann Lee.", "Obviously I")]
    [InlineData("``Everywhere I have gone, people were sorry,'' said Ann Lee.", "Everywhere I")]
    public void Extract_SentenceOpeningWordBeforeThePronounI_IsNoName(string sentence, string notAName)
    {
        var candidate = Extractors.SingleCandidate("Concorde crash", "Hans Meinel lives near Berlin. " + sentence);

        candidate.Actors.Should().Contain("Ann Lee").And.NotContain(notAName);
    }

    [Fact]
    public void Extract_CountryWrittenInCapitalsAsALabel_IsTheRegion()
    {
        var candidate = Extractors.SingleCandidate("IRELAND: Fyffes agrees merger with Chiquita", string.Empty);

        candidate.Actors.Should().NotContain("IRELAND");
        candidate.Regions.Should().Contain("IE");
    }

    [Fact]
    public void Extract_DictionaryWordInCapitalsWrittenAgain_IsStillAName()
    {
        var candidate = Extractors.SingleCandidate(
            "Consumer group tests air fryers",
            "The consumer group CHOICE tested 40 air fryers this year. Three failed its safety checks, CHOICE said on Monday.");

        candidate.Actors.Should().Contain("CHOICE");
    }

    [Fact]
    public void Extract_NameInCapitalsInsideTheBody_IsStillAnActor()
    {
        var candidate = Extractors.SingleCandidate("Carmaker recalls vehicles", "The recall was announced on Monday. Regulators said NISSAN had acted quickly, and Nissan dealers will fix the cars for free.");

        candidate.Actors.Should().Contain(a => a.Equals("Nissan", StringComparison.OrdinalIgnoreCase), "only a dateline at the start of the body is skipped");
    }

    [Theory]
    [InlineData("Nurses vote to strike at three Leeds hospitals", "Nurses")]
    [InlineData("Tariffs on steel rise again, Commerce Department says", "Tariffs")]
    public void Extract_SentenceCaseHeadlineOpeningWithACommonWord_DoesNotMakeItAnActor(string title, string word) =>
        Extractors.SingleCandidate(title, string.Empty).Actors.Should().NotContain(a => a.StartsWith(word, StringComparison.Ordinal));

    [Fact]
    public void Extract_SentenceCaseHeadlineOpeningWithAName_KeepsTheName() =>
        Extractors.SingleCandidate("Apple delays its car project again", string.Empty).Actors.Should().Contain("Apple");

    [Fact]
    public void Extract_HeadlineWithASingleTopicCue_GetsThatTopic() =>
        Extractors.SingleCandidate("Electricity prices to rise in June, regulator warns", string.Empty).Topics.Should().Contain("energy");

    [Theory]
    [InlineData("Housing Minister Rui Cardoso said rents would be capped.", "Rui Cardoso")]
    [InlineData("Fed Governor Lisa Cook said inflation was easing.", "Lisa Cook")]
    public void Extract_RoleWithItsQualifierBeforeAName_KeepsOnlyTheName(string sentence, string name) =>
        Extractors.SingleCandidate("Officials speak on policy", sentence + " " + sentence.Replace(" said", " added", StringComparison.Ordinal)).Actors
            .Should().Contain(name).And.NotContain(a => a.Contains(" Minister ") || a.Contains(" Governor ") || a.StartsWith("Housing", StringComparison.Ordinal));
}
