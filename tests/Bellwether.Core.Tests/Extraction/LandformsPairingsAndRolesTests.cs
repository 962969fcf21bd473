namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// Words that news copy writes like names and that name no actor: a landform or a division of a country said of a name
/// ("the Varn river"), hyphened places ("US-China", "Asia-Europe"), a pairing of two actors ("the Brenholt-Kovia venture"),
/// a country's adjective made a compound ("Vietnamese-language"), and the portfolios of a role ("Equipment and Water
/// Minister"); and an acronym that opens a longer name of the same actor ("VTG" for "VTG Corporation").
/// </summary>
public sealed class LandformsPairingsAndRolesTests
{
    [Theory]
    [InlineData("a hydropower plant on the Varn river", "Dams on the Varn have harmed fish, critics said.")]
    [InlineData("a ban on fishing on the Varn lake", "Catches on the Varn fell by half last year.")]
    [InlineData("coal from the Varn and Ostel provinces", "Varn supplied most of it.")]
    [InlineData("roads in the parishes of Varn and Ostel", "Varn was hit hardest by the storm.")]
    [InlineData("more wells at its Varn geothermal fields", "Output at Varn rose 8% last year.")]
    public void Extract_NameSaidToBeALandformOrProvince_IsNotAnActorAnywhereInTheArticle(string place, string laterMention)
    {
        var candidate = Extractors.SingleCandidate("Utility signs construction deal", $"Telvane Power Company signed a $400 million deal on Friday to build {place}. {laterMention} Telvane Power Company expects to finish in 2029.");

        candidate.Actors.Should().Contain("Telvane Power Company").And.NotContain(["Varn", "Ostel"]);
    }

    [Theory]
    [InlineData("Salar de Ventana")]
    [InlineData("Ventana National Reserve")]
    [InlineData("Ventana Highway")]
    public void Extract_ProtectedAreaOrSaltFlat_IsNotAnActor(string place)
    {
        var candidate = Extractors.SingleCandidate("Miner wins permit", $"Andora Mining SA won approval on Tuesday to raise lithium output in the {place}. Andora Mining SA said the {place} would supply its new plant.");

        candidate.Actors.Should().Contain("Andora Mining SA").And.NotContain(place);
    }

    [Fact]
    public void Extract_CountriesJoinedByAHyphen_AreRegionsNotAnActor()
    {
        var candidate = Extractors.SingleCandidate("Trade talks resume", "US-China trade talks resumed on Monday, the Ministry of Commerce said. Negotiators expect the US-China talks to run into next week.");

        candidate.Actors.Should().NotContain(a => a.Contains("US-China", StringComparison.Ordinal));
        candidate.Regions.Should().Contain(["US", "CN"]);
    }

    [Theory]
    [InlineData("Asia-Europe")]
    [InlineData("March-November")]
    public void Extract_ContinentsOrMonthsJoinedByAHyphen_AreNotAnActor(string span)
    {
        var candidate = Extractors.SingleCandidate("Shipper adds capacity", $"Corvane Shipping said on Monday it would add ships on its {span} service. Corvane Shipping expects the {span} service to be full.");

        candidate.Actors.Should().Contain("Corvane Shipping").And.NotContain(span);
    }

    [Fact]
    public void Extract_HyphenedPairingOfTwoActorsNamedApart_IsNotAThirdActor()
    {
        var candidate = Extractors.SingleCandidate("Miners form venture", "On Monday, Brenholt and Kovia said they had formed a venture. The Brenholt-Kovia venture will start output in 2027, Brenholt said, and Kovia will run it.");

        candidate.Actors.Should().Contain(["Brenholt", "Kovia"]).And.NotContain("Brenholt-Kovia");
    }

    [Fact]
    public void Extract_HyphenedNameWithoutItsPartsNamedApart_StaysAnActor()
    {
        var candidate = Extractors.SingleCandidate("Engine maker wins order", "Marrow-Vance won an order for 40 engines on Monday. Marrow-Vance shares rose 3%.");

        candidate.Actors.Should().Contain("Marrow-Vance");
    }

    [Fact]
    public void Extract_CountryAdjectiveMadeACompound_IsNotAnActor()
    {
        var candidate = Extractors.SingleCandidate("Tech group builds data centre", "Korvex Group will build a data centre in Hanoi. \"Companies should be able to train Vietnamese-language models at home,\" Korvex Group chairman Lin Aro said.");

        candidate.Actors.Should().NotContain("Vietnamese-language");
    }

    [Fact]
    public void Extract_GivenNameWithALowerCaseSecondPart_KeepsTheWholeName()
    {
        var candidate = Extractors.SingleCandidate("Chipmaker names new chief", "Norvale Semiconductor said on Monday that Kwak Noh-jung would become chief executive. Kwak Noh-jung joined the company in 1998.");

        candidate.Actors.Should().Contain("Kwak Noh-jung");
    }

    [Fact]
    public void Extract_PortfoliosJoinedBeforeARole_AreNotAnActor()
    {
        var candidate = Extractors.SingleCandidate("Desalination plant opens", "A desalination plant opened on Monday near Casablanca. \"Without it the city would ration water,\" Equipment and Water Minister Nadir Belkacem said.");

        candidate.Actors.Should().Contain("Nadir Belkacem").And.NotContain(["Equipment", "Water"]);
    }

    [Fact]
    public void Extract_AcronymOpeningALongerNameOfTheArticle_CountsForTheLongerName()
    {
        var candidate = Extractors.SingleCandidate("VTG to build AI data centre", "VTG Corporation, the country's largest technology group, said on Monday it would build a data centre. VTG will buy power from the state utility, and VTG shares rose 4%.");

        candidate.Actors.Should().Contain("VTG Corporation").And.NotContain("VTG");
    }

    [Fact]
    public void Extract_QuotationOpeningTheFirstSentenceAfterADateline_StartsTheSentence()
    {
        var candidate = Extractors.SingleCandidate("Minister opens plant", "RABAT — \"Without desalination, the city would already be rationing water,\" Water Minister Nadir Belkacem said on Monday.");

        candidate.Actors.Should().NotContain("Without");
    }
}
