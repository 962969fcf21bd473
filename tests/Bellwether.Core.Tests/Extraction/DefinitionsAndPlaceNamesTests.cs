using Bellwether.Core.Internal;

namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// Acronyms defined in parentheses name the actor before them; compound adjectives, named places and a person's second
/// surname are not further actors.
/// </summary>
public sealed class DefinitionsAndPlaceNamesTests
{
    [Fact]
    public void Extract_AcronymDefinedAfterAName_IsThatNameAndNotAnotherActor()
    {
        var candidate = Extractors.SingleCandidate(
            "Shop thefts rise before holidays",
            "The British Retail Consortium (BRC) said thefts rose 20% in a year. The BRC asked ministers for more police patrols, and the BRC expects another rise.");

        candidate.Actors.Should().Contain("British Retail Consortium").And.NotContain(["BRC", "Retail Consortium"]);
    }

    [Fact]
    public void Extract_AcronymOfANameWithLowerCaseWords_KeepsTheWholeName()
    {
        var candidate = Extractors.SingleCandidate(
            "Hospital AI tool faces privacy review",
            "The Commission nationale de l'informatique et des libertés (CNIL) opened a review of the tool on Monday. The CNIL said patients had not been told.");

        candidate.Actors.Should().Contain("Commission nationale de l'informatique et des libertés").And.NotContain("CNIL");
    }

    [Fact]
    public void Extract_AcronymOfATranslatedName_FoldsIntoTheNameBeforeIt()
    {
        var candidate = Extractors.SingleCandidate(
            "Runoff count narrows",
            "With 94% of votes counted, the National Office of Electoral Processes (ONPE) showed the two candidates a point apart. The ONPE said the count would end on Friday.");

        candidate.Actors.Should().Contain("National Office of Electoral Processes").And.NotContain("ONPE");
    }

    [Fact]
    public void Extract_AcronymWrittenAsAWord_IsTheLongFormBeforeIt()
    {
        var candidate = Extractors.SingleCandidate(
            "Court sets aside tariff increase",
            "The court said the National Energy Regulator of South Africa (Nersa) had acted irrationally. It ordered Nersa to reconsider the application within 60 days.");

        candidate.Actors.Should().Contain("National Energy Regulator of South Africa").And.NotContain("Nersa");
    }

    [Fact]
    public void Extract_CommonWordOpeningAQuotation_IsNotAnActor()
    {
        var candidate = Extractors.SingleCandidate(
            "Dengue cases double",
            "Health officials in Dhaka said cases had doubled in a week. \"Hospitals must report every positive test within 24 hours,\" the director said.");

        candidate.Actors.Should().NotContain("Hospitals");
    }

    [Fact]
    public void Extract_ParenthesisedWordAfterNoName_StaysAnActorOfItsOwn()
    {
        var candidate = Extractors.SingleCandidate(
            "Port workers strike",
            "Dockworkers walked out on Monday, according to the union (ITF). The ITF said the strike would last a week.");

        candidate.Actors.Should().Contain("ITF");
    }

    [Theory]
    [InlineData("Ohio-based")]
    [InlineData("Kiwi-built")]
    [InlineData("Saudi-led")]
    public void Extract_NameMadeAnAdjectiveByAHyphen_IsNotAnActor(string adjective)
    {
        var candidate = Extractors.SingleCandidate("Snack maker sold", $"The {adjective} snack maker Crunchco agreed to be sold on Monday. Crunchco said the sale would close in March.");

        candidate.Actors.Should().Contain("Crunchco").And.NotContain(a => a.Contains('-'));
    }

    [Theory]
    [InlineData("Strait of Messina")]
    [InlineData("Gatun Lake")]
    [InlineData("Ilisu Dam")]
    [InlineData("Great Barrier Reef")]
    public void Extract_NamedPlace_IsNotAnActor(string place)
    {
        var candidate = Extractors.SingleCandidate("Water levels fall", $"Water levels at the {place} fell to a record low on Monday, officials said. Shipping past the {place} slowed.");

        candidate.Actors.Should().NotContain(place);
    }

    [Theory]
    [InlineData("Muscat", "OM")]
    [InlineData("Basra", "IQ")]
    [InlineData("Sicily", "IT")]
    [InlineData("Bavaria", "DE")]
    public void Extract_EnglishNameOfACityOrProvince_IsAPlaceAndItsCountry(string place, string region)
    {
        var candidate = Extractors.SingleCandidate($"Talks in {place} end without a deal", $"Envoys left {place} on Tuesday without an agreement, officials said. Another round will be held in {place} next month.");

        candidate.Actors.Should().NotContain(place);
        candidate.Regions.Should().Contain(region);
    }

    [Fact]
    public void Extract_CityNamedLikeADictionaryWordThatIsNotAName_IsNotAPlace()
    {
        var candidate = Extractors.SingleCandidate("Sale of chip unit agreed", "Sale of the chip unit was agreed on Monday, the company said. The buyer will pay $2 billion.");

        candidate.Regions.Should().NotContain("MA");
    }

    [Theory]
    [InlineData("Tigris")]
    [InlineData("Andes")]
    [InlineData("Sahel")]
    public void Extract_RiverMountainRangeOrArea_IsNotAnActor(string place)
    {
        var candidate = Extractors.SingleCandidate("Drought deepens", $"Farmers along the {place} said the drought was the worst in decades. Water levels in the {place} fell again on Monday.");

        candidate.Actors.Should().NotContain(place);
    }

    [Fact]
    public void Extract_NameListedAfterAPlace_IsAPlaceToo()
    {
        var candidate = Extractors.SingleCandidate(
            "Restaurants cut staff",
            "Restaurants in Cork and Galway were already cutting staff, the Restaurants Association of Ireland said on Monday. Bookings fell by a fifth.");

        candidate.Actors.Should().NotContain("Galway").And.Contain("Restaurants Association of Ireland");
    }

    [Fact]
    public void Extract_SecondSurnameOfAPerson_FoldsIntoThePerson()
    {
        var candidate = Extractors.SingleCandidate(
            "Runoff: former teacher edges ahead",
            "Former teacher Rosa Quispe Mamani moved narrowly ahead on Monday. \"The people have spoken,\" Quispe told supporters, and Quispe promised a new constitution.");

        candidate.Actors.Should().Contain("Rosa Quispe Mamani").And.NotContain("Quispe");
    }

    [Fact]
    public void Extract_TitleWordBeforeAnOrganisationWord_StaysInTheName()
    {
        var candidate = Extractors.SingleCandidate(
            "Dam releases questioned",
            "The General Directorate of State Hydraulic Works said it was keeping agreed minimum flows. The General Directorate of State Hydraulic Works will meet farmers next week.");

        candidate.Actors.Should().Contain("General Directorate of State Hydraulic Works");
    }

    [Theory]
    [InlineData("Central Bank of Kenya", "CBK", 0)]
    [InlineData("the Central Bank of Kenya", "CBK", 4)]
    [InlineData("Korea Hydro & Nuclear Power", "KHNP", 0)]
    [InlineData("Food and Agriculture Organization of the United Nations", "FAO", 0)]
    [InlineData("National Office of Electoral Processes", "ONPE", -1)]
    [InlineData("chief executive officer", "CEO", 0)]
    public void LongFormStart_ShortFormLettersInOrder_FindsTheShortestRunThatHoldsThem(string before, string shortForm, int expected) =>
        AcronymDefinition.LongFormStart(before, shortForm).Should().Be(expected);
}
