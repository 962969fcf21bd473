namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// Sport and entertainment copy names people with a nickname in quotes ("Facundo \"El Gaucho\" Lestani"), names films,
/// games and shows in quotes ("\"The Long Quiet\""), names events that happen rather than act ("World Cup", "Copa
/// América"), and puts a trade before a name ("Co-founder Josh Whelan").
/// </summary>
public sealed class NicknamesQuotedTitlesAndEventsTests
{
    [Theory]
    [InlineData("Players led by Facundo \"El Gaucho\" Lestani threatened a boycott on Monday. \"I love this tournament,\" Lestani said.", "Facundo \"El Gaucho\" Lestani")]
    [InlineData("Filipino actress Beatriz “Bea” Lorenzana filed a complaint on Monday. Bea Lorenzana said the channel lied. Beatriz was not at court.", "Beatriz “Bea” Lorenzana")]
    [InlineData("Singer Oluwatobi \"Skyline\" Adeyemi signed the deal on Monday, and Skyline will tour in May. Adeyemi said he was proud.", "Oluwatobi \"Skyline\" Adeyemi")]
    public void Extract_PersonWithNicknameInQuotes_IsOneActorForEveryMention(string text, string person)
    {
        var candidate = Extractors.SingleCandidate("Deal signed", text);

        candidate.Actors.Should().Equal(person);
    }

    [Fact]
    public void Extract_FilmAndGameTitlesInQuotes_AreNotActors()
    {
        var candidate = Extractors.SingleCandidate(
            "Studio posts record opening",
            "Meridian Pictures' thriller \"The Long Quiet\" opened to $142 million on Sunday, Harold Brisco said. The line-up is led by \"Starfall Rangers: Origins\", and 'Tierra de Nadie' follows in May.");

        candidate.Actors.Should().Equal("Meridian Pictures", "Harold Brisco");
    }

    [Fact]
    public void Extract_NameAlsoWrittenOutsideQuotes_StaysAnActor()
    {
        var candidate = Extractors.SingleCandidate("Label signs band", "The label signed \"Kora Music\" on Monday. Kora Music will release three albums, Ana Lima said.");

        candidate.Actors.Should().Contain("Kora Music");
    }

    [Fact]
    public void Extract_HeadlineAlone_KeepsItsQuotedTitle()
    {
        var candidate = Extractors.SingleCandidate("Polish studio Szklana Wieża delays 'Ashen Crown' to 2027", "");

        candidate.Actors.Should().Contain("Ashen Crown");
    }

    [Theory]
    [InlineData("Banco Pampeano stopped sponsoring the World Cup qualifiers and the Copa América on Monday.")]
    [InlineData("Banco Pampeano will sponsor the Asian Games and the Busan International Film Festival, it said on Monday.")]
    [InlineData("Banco Pampeano said on Monday it would back the Games, and the East Asia Summit after them.")]
    public void Extract_EventNames_AreNotActors(string text)
    {
        var candidate = Extractors.SingleCandidate("Sponsor", text);

        candidate.Actors.Should().Equal("Banco Pampeano");
    }

    [Theory]
    [InlineData("Co-founder Josh Whelan said the company would appeal on Monday.", "Josh Whelan")]
    [InlineData("Striker Kwame Mensah signed a new contract on Monday, the club said.", "Kwame Mensah")]
    [InlineData("New Zealand Cricket Sues Former Seamer Tom Ridgeway Over Breach", "Tom Ridgeway")]
    public void Extract_TradeBeforeName_IsNotPartOfIt(string text, string person)
    {
        var candidate = text.Contains("Sues", StringComparison.Ordinal) ? Extractors.SingleCandidate(text, "") : Extractors.SingleCandidate("Contract", text);

        candidate.Actors.Should().Contain(person).And.NotContain(a => a.EndsWith(person, StringComparison.Ordinal) && a != person);
    }
}
