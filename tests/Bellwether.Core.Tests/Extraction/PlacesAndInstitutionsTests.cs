namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// Places are not actors, and institutions keep their whole names: cities, seas and storms; names after "in" and "near";
/// "Ministry of X and Y".
/// </summary>
public sealed class PlacesAndInstitutionsTests
{
    private const string Plant = "The company said output would resume within a month after repairs to the damaged unit.";

    [Fact]
    public void Extract_CityStandingAlone_IsARegionAndNotAnActor()
    {
        var candidate = Extractors.SingleCandidate("Landlords protest rent cap", "Landlords in Porto said a rent cap would cut supply. Porto's council will vote on it next week, and tenants' groups in Porto back it.");

        candidate.Actors.Should().NotContain("Porto");
        candidate.Regions.Should().Contain("PT");
    }

    [Fact]
    public void Extract_ProvinceStandingAlone_IsARegionAndNotAnActor()
    {
        var candidate = Extractors.SingleCandidate("Fishing fleet idled by fuel costs", "Fishermen in Palawan kept their boats in port on Tuesday as diesel prices rose for a fifth week. Palawan's cooperatives asked for a subsidy, and buyers said catches across Palawan had halved.");

        candidate.Actors.Should().NotContain("Palawan");
        candidate.Regions.Should().Contain("PH");
    }

    [Fact]
    public void Extract_ProvinceNameThatIsAlsoASurname_StaysThePerson()
    {
        var candidate = Extractors.SingleCandidate("Union leader calls strike", "Union leader Marta Guerrero called a strike at the Solvane plant on Monday. Guerrero said talks had failed, and Guerrero will meet managers again on Friday.");

        candidate.Actors.Should().Contain("Marta Guerrero");
        candidate.Regions.Should().NotContain("MX");
    }

    [Theory]
    [InlineData("Ministry of Trade, Industry and Energy")]
    [InlineData("Ministry of Development, Industry, Trade and Services")]
    public void Extract_MinistryListingItsPortfolios_KeepsTheWholeName(string ministry)
    {
        var candidate = Extractors.SingleCandidate("Chip subsidy widened", $"The {ministry} said on Monday it would widen a chip subsidy. The {ministry} expects the first grants in March.");

        candidate.Actors.Should().Contain(ministry);
    }

    [Theory]
    [InlineData("Samsung Heavy Industries")]
    [InlineData("Ethiopian Airports Enterprise")]
    public void Extract_CompanyEndingInIndustriesOrEnterprise_KeepsTheWholeName(string company)
    {
        var candidate = Extractors.SingleCandidate("Order for new ships", $"{company} won an order on Monday worth $1.2 billion. {company} said deliveries would start in 2028.");

        candidate.Actors.Should().Contain(company);
    }

    [Fact]
    public void Extract_ListOfSeparateInstitutions_KeepsThemApart()
    {
        var candidate = Extractors.SingleCandidate("Regulators meet lenders", "The Ministry of Finance, Bank of Korea and Samsung Electronics met on Monday to discuss chip financing. Officials from the Bank of Korea said more talks would follow.");

        candidate.Actors.Should().Contain("Bank of Korea").And.NotContain(a => a.Contains(','));
    }

    [Fact]
    public void Extract_CityNameInsideAnOrganisationName_KeepsTheOrganisation()
    {
        var candidate = Extractors.SingleCandidate("Exchange extends trading hours", "The Frankfurt Stock Exchange said on Monday it would extend trading by an hour. The Frankfurt Stock Exchange expects volumes to rise.");

        candidate.Actors.Should().Contain("Frankfurt Stock Exchange");
    }

    [Fact]
    public void Extract_CityNameThatIsAlsoAPersonsSurname_GivesNoRegion()
    {
        var candidate = Extractors.SingleCandidate("Lender names new chief", "Brightmoor Bank named Ruth Jackson as chief executive on Monday. Jackson said she would cut costs at the Scottish lender, and Jackson will start in May.");

        candidate.Actors.Should().Contain("Ruth Jackson");
        candidate.Regions.Should().NotContain("US");
    }

    [Fact]
    public void Extract_NameOnlyEverAfterNear_IsAPlace()
    {
        var candidate = Extractors.SingleCandidate("Refinery shut after fire", "A fire forced Saurashtra Petrochem to shut its refinery near Jamnagar on Sunday. " + Plant + " Saurashtra Petrochem said no one was hurt.");

        candidate.Actors.Should().Contain("Saurashtra Petrochem").And.NotContain("Jamnagar");
    }

    [Fact]
    public void Extract_NameAlsoUsedAsASubject_StaysAnActorAfterIn()
    {
        var candidate = Extractors.SingleCandidate("Fund builds stake", "Norland Capital took a 5% stake in Veltrax last month. Veltrax said on Friday it welcomed the investor. " + Plant);

        candidate.Actors.Should().Contain("Veltrax");
    }

    [Theory]
    [InlineData("the Ministry of Petroleum and Natural Gas")]
    [InlineData("the Authority for Consumers and Markets")]
    [InlineData("the National Commission on Markets and Competition")]
    [InlineData("the Association of German Public Banks")]
    public void Extract_InstitutionWithOfForOnAndAnd_KeepsTheWholeName(string name)
    {
        var candidate = Extractors.SingleCandidate("Regulator reviews fuel prices", $"Officials at {name} said on Tuesday they would review fuel prices. A spokesperson for {name} said the review would take three months.");

        candidate.Actors.Should().Contain(name["the ".Length..]);
    }

    [Fact]
    public void Extract_TwoCompaniesJoinedByAnd_StayTwoNames()
    {
        var candidate = Extractors.SingleCandidate("Banks settle case", "Bank of Lorraine and Verdantis agreed on Monday to pay $40 million to settle the case. Verdantis said it admitted no wrongdoing, and Bank of Lorraine declined to comment.");

        candidate.Actors.Should().Contain("Bank of Lorraine").And.Contain("Verdantis");
    }

    [Theory]
    [InlineData("Tankers were diverted from the North Sea on Tuesday.", "North Sea")]
    [InlineData("Typhoon Haruka forced ports to close on Tuesday.", "Typhoon Haruka")]
    [InlineData("Glaciers in the Cordillera Blanca shrank again this year.", "Cordillera Blanca")]
    public void Extract_SeaStormOrMountainRange_IsNotAnActor(string sentence, string place)
    {
        var candidate = Extractors.SingleCandidate("Weather disrupts shipping", sentence + " Meridian Container Line said on Wednesday that the delays would last a week. " + Plant);

        candidate.Actors.Should().Contain("Meridian Container Line").And.NotContain(place);
    }

    [Fact]
    public void Extract_CommonWordOpeningTheFirstSentenceAfterADateline_IsNotAnActor()
    {
        var candidate = Extractors.SingleCandidate("Car workers vote to strike", "ULSAN — Members of the metalworkers' union at Hanbit Motors voted to strike, the union said. Hanbit Motors said the demands would add to its costs.");

        candidate.Actors.Should().Contain("Hanbit Motors").And.NotContain("Members");
    }

    [Fact]
    public void Extract_DatelineWithAccentedCapitals_IsNeitherAnActorNorARegion()
    {
        var candidate = Extractors.SingleCandidate("Soy exports climb", "SÃO PAULO (Reuters) - Brazil's soybean exports rose 12% in May, Cofco International said. Cofco International expects more sales to China.");

        candidate.Actors.Should().Contain("Cofco International").And.NotContain(a => a.Contains("PAULO", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("the Armed Forces of the Philippines", "Armed Forces of the Philippines")]
    [InlineData("the Banco Central de la República Argentina", "Banco Central de la República Argentina")]
    public void Extract_InstitutionNameWithOfTheOrDeLa_KeepsTheWholeName(string mention, string name)
    {
        var candidate = Extractors.SingleCandidate("Officials respond", $"A spokesperson for {mention} said on Monday the plan was ready. Officials at {mention} declined to say more.");

        candidate.Actors.Should().Contain(name);
    }

    [Fact]
    public void Extract_DictionaryWordBeforeOfOpeningASentence_IsNotPartOfTheName()
    {
        var candidate = Extractors.SingleCandidate("Chipmaker shares rise", "The carmaker said profit doubled. Shares of Hanbit Motors rose 4% in Seoul, and Hanbit Motors said demand would stay strong.");

        candidate.Actors.Should().Contain("Hanbit Motors").And.NotContain(a => a.StartsWith("Shares", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_KnownActorFollowedByProgramme_KeepsTheLongerName()
    {
        var candidate = Extractors.SingleCandidate("Aid agency warns", "The United Nations Development Programme said on Tuesday that aid had fallen. The United Nations Development Programme asked donors for $2 billion.");

        candidate.Actors.Should().Contain("United Nations Development Programme");
    }
}
