namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// A Title Case headline's name ends at its verb and starts after its preposition ("Supreme Court of India Orders
/// Centre …", "… in Deal With Economy Ministry"), and an institution carried on by "of" takes its country along ("Bank
/// of Ghana Holds …"); a full article's name only its title writes is no actor; bills, laws named with "to", currencies,
/// "Today" and a region's adjective are no actors; hyphened titles and "MP" are roles; a city before an office's title
/// opens its name ("Istanbul Chief Public Prosecutor's Office"); and an institution's name folds into the longer name
/// that puts a place before it ("Japan Fair Trade Commission").
/// </summary>
public sealed class HeadlineRunsTitleOnlyNamesAndOfficesTests
{
    [Theory]
    [InlineData("Supreme Court of India Orders Centre to Fill Information Commission Vacancies", "Supreme Court of India", "IN")]
    [InlineData("Argentina's Governors Win Bigger Share of Fuel Tax in Deal With Economy Ministry", "Economy Ministry", "AR")]
    [InlineData("Bank of Ghana Holds Policy Rate at 27% as Cedi Stabilises", "Bank of Ghana", "GH")]
    [InlineData("Communist Party of Vietnam Expels Former Deputy Construction Minister Over Land Graft", "Communist Party of Vietnam", "VN")]
    [InlineData("Teachers' Union of Ireland Rejects Pay Offer", "Teachers' Union of Ireland", "IE")]
    public void Extract_TitleCaseHeadlineNamingAnInstitution_EndsTheNameAtItsVerbAndPreposition(string headline, string actor, string region)
    {
        var candidate = Extractors.SingleCandidate(headline, "");

        candidate.Actors.Should().Equal(actor);
        candidate.Regions.Should().Contain(region);
    }

    [Fact]
    public void Extract_FullArticleWhoseTitleRunsANameOnIntoItsVerb_KeepsTheBodysName()
    {
        var candidate = Extractors.SingleCandidate(
            "Supreme Court of India Orders Centre to Fill Information Commission Vacancies",
            "NEW DELHI — The Supreme Court of India on Monday ordered the federal government to fill vacant posts within three months.");

        candidate.Actors.Should().Equal("Supreme Court of India");
    }

    [Fact]
    public void Extract_FullArticleNameOnlyItsTitleWrites_IsNoActor()
    {
        var candidate = Extractors.SingleCandidate(
            "Argentine Clubs Reject Milei's Push to Let Investors Own Football Teams",
            "BUENOS AIRES — Clubs voted against the plan on Tuesday, the Argentine Football Association said.");

        candidate.Actors.Should().Equal("Argentine Football Association");
    }

    [Theory]
    [InlineData("The Finance Bill 2025, which accompanies the budget, proposes raising excise duty, economist Njeri Kamau said.")]
    [InlineData("The commission hears appeals under the Right to Information Act, lawyer Njeri Kamau said.")]
    [InlineData("Today's exchange is a reminder that stability is not guaranteed, said Njeri Kamau.")]
    [InlineData("Lawmakers from its Bavarian sister party threatened to vote against, said Njeri Kamau.")]
    public void Extract_BillLawTodayOrRegionalAdjective_IsNoActor(string text)
    {
        var candidate = Extractors.SingleCandidate("Vote delayed", text);

        candidate.Actors.Should().Equal("Njeri Kamau");
    }

    [Theory]
    [InlineData("WTO Deputy Director-General Marco Bellandi told reporters the talks had ended.", "Marco Bellandi")]
    [InlineData("\"Every shilling ends up in prices,\" said Wiper MP Grace Mutua-Njeri.", "Grace Mutua-Njeri")]
    public void Extract_NameAfterAHyphenedTitleOrMp_IsThePerson(string text, string person)
    {
        var candidate = Extractors.SingleCandidate("Talks end", text);

        candidate.Actors.Should().Contain(person).And.NotContain(a => a.Contains("General", StringComparison.Ordinal) || a.Contains("MP", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_CityBeforeAnOfficesTitle_OpensTheOfficesName()
    {
        var candidate = Extractors.SingleCandidate(
            "Mayors charged",
            "The Istanbul Chief Public Prosecutor's Office said in a 310-page indictment that the mayors had rigged tenders.");

        candidate.Actors.Should().Equal("Istanbul Chief Public Prosecutor's Office");
    }

    [Fact]
    public void Extract_InstitutionAlsoNamedAfterItsCountry_IsOneActor()
    {
        var candidate = Extractors.SingleCandidate(
            "Japan's Fair Trade Commission orders Apple to open app payments",
            "TOKYO, Dec 18 (Reuters) - The Japan Fair Trade Commission (JFTC) on Thursday ordered Apple to allow other payment systems.");

        candidate.Actors.Should().BeEquivalentTo("Japan Fair Trade Commission", "Apple");
    }

    [Fact]
    public void Extract_InstitutionNamedAfterAnAdjective_KeepsTheShorterName()
    {
        var candidate = Extractors.SingleCandidate(
            "Kenyan High Court suspends health data contract",
            "NAIROBI — The High Court on Friday suspended the contract, Judge Njeri Kamau ruling that the data law had been breached.");

        candidate.Actors.Should().Contain("High Court").And.NotContain("Kenyan High Court");
    }
}
