namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// A known city or province after a possessive ("Sudan's North Darfur") is a place; the United Nations' agencies and
/// the best-known international bodies are known actors under their usual names and short forms; a company named
/// after its country keeps its whole legal name ("MTN Nigeria Communications Plc", "… GmbH &amp; Co. KG"); a currency
/// written before an amount, a coin's ticker and a name after a capitalised "In" are not actors; the adjective of a
/// country named "-stan" names the country; a portfolio spelt the British way still goes before its holder; and a
/// city written as news copy spells it ("Marrakech", "Penang", "Seongnam") names its country; and an envoy's or an
/// ambassador's role goes before the holder's name, whose first word may be a dictionary word ("John", "Bill").
/// </summary>
public sealed class PossessivePlacesAgenciesAndLegalFormsTests
{
    [Theory]
    [InlineData("Families in Sudan's North Darfur are eating wild leaves", "North Darfur", "SD")]
    [InlineData("Flooding in Pakistan's Sindh has displaced 40,000 people", "Sindh", "PK")]
    [InlineData("Tesla's Berlin factory has halted one shift", "Berlin", "DE")]
    public void Extract_KnownPlaceAfterAPossessive_IsAPlaceNotAnActor(string sentence, string place, string code)
    {
        var candidate = Extractors.SingleCandidate(
            "Conditions worsen",
            $"{sentence}, Halvorsen Relief Partners said on Monday.");

        candidate.Actors.Should().Contain("Halvorsen Relief Partners").And.NotContain(place);
        candidate.Regions.Should().Contain(code);
    }

    [Fact]
    public void Extract_OrganisationNamedAfterACityAfterAPossessive_KeepsItsName()
    {
        var candidate = Extractors.SingleCandidate(
            "Lab review ordered",
            "China's Wuhan Institute of Virology will be inspected next month, the ministry said on Tuesday.");

        candidate.Actors.Should().Contain("Wuhan Institute of Virology");
    }

    [Theory]
    [InlineData("The Food and Agriculture Organization of the United Nations (FAO)", "Food and Agriculture Organization")]
    [InlineData("The UN Food and Agriculture Organization", "Food and Agriculture Organization")]
    [InlineData("The Committee to Protect Journalists", "Committee to Protect Journalists")]
    [InlineData("Médecins Sans Frontières (MSF)", "Médecins Sans Frontières")]
    [InlineData("Doctors Without Borders", "Médecins Sans Frontières")]
    [InlineData("The International Labour Organization", "International Labour Organization")]
    [InlineData("The UN Office for the Coordination of Humanitarian Affairs (OCHA)", "UN Office for the Coordination of Humanitarian Affairs")]
    public void Extract_InternationalBodyNamedOrAbbreviated_IsOneKnownActor(string written, string canonical)
    {
        var candidate = Extractors.SingleCandidate(
            "Warning issued",
            $"{written} warned on Thursday that conditions would worsen, and Halvorsen Relief Partners said it would send more staff.");

        candidate.Actors.Should().Contain(canonical).And.Contain("Halvorsen Relief Partners");
        candidate.Actors.Should().NotContain(a => a == "Food" || a == "Protect Journalists" || a == "Doctors" || a == "Coordination");
    }

    [Fact]
    public void Extract_CompanyNamedAfterItsCountryWithALegalForm_KeepsItsWholeName()
    {
        var candidate = Extractors.SingleCandidate(
            "Prices raised",
            "LAGOS, Feb 11 (Reuters) - MTN Nigeria Communications Plc, the country's largest operator, raised call prices by 50% on Tuesday.");

        candidate.Actors.Should().Contain("MTN Nigeria Communications Plc").And.NotContain("Communications Plc").And.NotContain("MTN Nigeria");
        candidate.Regions.Should().Contain("NG");
    }

    [Fact]
    public void Extract_LimitedPartnershipLegalForm_KeepsItsWholeName()
    {
        var candidate = Extractors.SingleCandidate(
            "Strike spreads",
            "Workers struck at three plants of car-parts maker Hartmann Antriebstechnik GmbH & Co. KG on Monday, the union said.");

        candidate.Actors.Should().Contain("Hartmann Antriebstechnik GmbH & Co. KG").And.NotContain("KG");
    }

    [Theory]
    [InlineData("Factory owners rejected a Tk 23,000 monthly wage demand on Monday, Halvorsen Relief Partners said.")]
    [InlineData("Transfers in USDT and USDC rose 40% on Monday, Halvorsen Relief Partners said.")]
    public void Extract_CurrencyBeforeAnAmountOrACoinsTicker_IsNotAnActor(string text)
    {
        var candidate = Extractors.SingleCandidate("Market update", text);

        candidate.Actors.Should().Contain("Halvorsen Relief Partners").And.NotContain(new[] { "Tk", "USDT", "USDC" });
    }

    [Fact]
    public void Extract_CurrencyJoinedToItsSignInATitleCaseHeadline_IsNotAnActor()
    {
        var candidate = Extractors.SingleCandidate("Ghana's NCA Fines Telecel Ghana GH¢12 Million Over Network Outages", string.Empty);

        candidate.Actors.Should().Contain("NCA").And.NotContain("GH");
    }

    [Fact]
    public void Extract_NameAfterACapitalisedIn_IsAPlace()
    {
        var candidate = Extractors.SingleCandidate("Garment Workers Strike In Gazipur As BGMEA Rejects Wage Demand", string.Empty);

        candidate.Actors.Should().Contain("BGMEA").And.NotContain("Gazipur");
    }

    [Theory]
    [InlineData("Kyrgyz", "KG")]
    [InlineData("Uzbek", "UZ")]
    [InlineData("Turkmen", "TM")]
    public void Extract_AdjectiveOfACountryNamedStan_NamesTheCountry(string adjective, string code)
    {
        var candidate = Extractors.SingleCandidate(
            "Border talks",
            $"The talks stalled on Monday after {adjective} officials rejected the draft, Halvorsen Relief Partners said.");

        candidate.Actors.Should().Contain("Halvorsen Relief Partners").And.NotContain(adjective);
        candidate.Regions.Should().Contain(code);
    }

    [Fact]
    public void Extract_PortfolioSpeltTheBritishWay_GoesBeforeItsHolder()
    {
        var candidate = Extractors.SingleCandidate(
            "Jobs plan",
            "The plan is late, said Minister of Labour and Social Inclusion Marte Halvorsen on Monday.");

        candidate.Actors.Should().Contain("Marte Halvorsen").And.NotContain(a => a.Contains("Social Inclusion"));
    }

    [Theory]
    [InlineData("Marrakech", "MA")]
    [InlineData("Penang", "MY")]
    [InlineData("Seongnam", "KR")]
    public void Extract_CitySpeltAsNewsWritesIt_NamesItsCountry(string city, string code)
    {
        var candidate = Extractors.SingleCandidate(
            "Rents climb",
            $"Rents rose 8% last year as {city} drew new residents, Tamborine Capital Ltd said on Monday.");

        candidate.Actors.Should().Contain("Tamborine Capital Ltd").And.NotContain(city);
        candidate.Regions.Should().Contain(code);
    }

    [Theory]
    [InlineData("Special Envoy for Climate John Kerry", "John Kerry")]
    [InlineData("Minister for Trade Bill Ochieng", "Bill Ochieng")]
    [InlineData("US Ambassador to Japan Rahm Emanuel", "Rahm Emanuel")]
    public void Extract_RoleWithItsPortfolioBeforeAName_GivesTheHoldersWholeName(string written, string holder)
    {
        var candidate = Extractors.SingleCandidate(
            "Talks held",
            $"The talks were led by {written}, Tamborine Capital Ltd said on Monday.");

        candidate.Actors.Should().Contain(holder).And.NotContain(a => a.Contains(' ' + holder) || a == holder.Split(' ')[1]);
    }
}
