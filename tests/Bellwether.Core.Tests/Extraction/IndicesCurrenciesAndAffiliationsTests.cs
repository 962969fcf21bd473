using static Bellwether.Core.Tests.Extraction.Extractors;

namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// A person named with "of" and where the person works is two actors ("Rosa Quispe of Bankhaus Remler"), whatever title
/// comes before ("Analyst Lee Dong-hyun of Hangang Securities"); "Gavi, the Vaccine Alliance" is one actor; stock indices,
/// price indices, currencies, brands, ship classes and banners are not actors ("the SDAX index", "the Housing Price
/// Index", "New Taiwan dollars", "the brand name Veltrace", "Suezmax tankers", "its Marché Vert and Proxi'Mo banners").
/// </summary>
public sealed class IndicesCurrenciesAndAffiliationsTests
{
    [Theory]
    [InlineData("Shares fell 2%, said Dawit Mekonnen of Horn Economic Research.", "Dawit Mekonnen", "Horn Economic Research")]
    [InlineData("Declan Fahy of Sinn Féin said the bill would fail.", "Declan Fahy", "Sinn Féin")]
    [InlineData("Analyst Lee Dong-hyun of Hangang Securities said investors were worried.", "Lee Dong-hyun", "Hangang Securities")]
    public void Extract_PersonOfOrganisation_IsTwoActors(string text, string person, string organisation)
    {
        var candidate = Extractors.SingleCandidate("Markets", text);

        candidate.Actors.Should().Contain([person, organisation]).And.HaveCount(2);
    }

    [Theory]
    [InlineData("The Bank of England kept rates on hold on Thursday.", "Bank of England")]
    [InlineData("Shares of Sakura Ventures of Japan rose on Thursday.", "Sakura Ventures")]
    public void Extract_OrganisationOfAPlaceOrWithAnInstitutionWord_StaysOneName(string text, string name)
    {
        var candidate = Extractors.SingleCandidate("Markets", text + Speaker);

        candidate.Actors.Should().Contain(name);
    }

    [Fact]
    public void Extract_IndicesAndPriceMeasures_AreNotActors()
    {
        var candidate = Extractors.SingleCandidate(
            "Markets",
            "Its shares, which are in the SDAX index of smaller companies, fell 1.9%. The AEX index fell 0.6%. Underlying inflation, measured by the CPIF, slowed. Home prices rose 10.7%, according to the Housing Price Index." + Speaker);

        candidate.Actors.Should().NotContain(["SDAX", "AEX", "CPIF", "Housing Price Index"]).And.Contain("Rosa Quispe");
    }

    [Fact]
    public void Extract_AllianceNamedWithItsAppositive_IsOneKnownActor()
    {
        var candidate = Extractors.SingleCandidate("Vaccines", "Gavi, the Vaccine Alliance, last year launched a $1.2 billion fund. Gavi said more would follow." + Speaker);

        candidate.Actors.Should().Contain("Gavi, the Vaccine Alliance").And.NotContain(["Vaccine Alliance", "Gavi"]);
    }

    [Fact]
    public void Extract_ExchangeNamedBeforeItsIndexAndActing_StaysAnActor()
    {
        var candidate = Extractors.SingleCandidate("Markets", "The Nasdaq Composite index fell 2%. Nasdaq said it would list 12 firms this month." + Speaker);

        candidate.Actors.Should().Contain("Nasdaq");
    }

    [Fact]
    public void Extract_CurrencyBrandShipClassAndBanners_AreNotActors()
    {
        var candidate = Extractors.SingleCandidate(
            "Results",
            "The programme is worth 25.1 billion New Taiwan dollars. The drug, to be sold under the brand name Veltrace, was approved; Veltrace cut deaths by 20%. Earnings for its Suezmax tankers rose, and it trades under its Marché Vert and Proxima banners." + Speaker);

        candidate.Actors.Should().NotContain(["New Taiwan", "Veltrace", "Suezmax", "Marché Vert", "Proxima"]).And.Contain("Rosa Quispe");
    }
}
