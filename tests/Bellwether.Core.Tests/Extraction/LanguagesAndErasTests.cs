namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// Education and culture copy names languages ("taught in English", "Amazigh classes", "English-taught degrees") and
/// eras ("1,000 BC"): neither is an actor.
/// </summary>
public sealed class LanguagesAndErasTests
{
    [Theory]
    [InlineData("Only 3% of pupils earned the top grade in English, Awa Traore said.")]
    [InlineData("The schools will teach Amazigh from next year, Awa Traore said.")]
    [InlineData("Universities must cut English-taught degrees, Awa Traore said.")]
    [InlineData("Pupils will learn Quechua at 40 more schools, Awa Traore said.")]
    [InlineData("The plaza dates from 1,000 BC, Awa Traore said.")]
    public void Extract_LanguageOrEra_IsNoActor(string text)
    {
        var candidate = Extractors.SingleCandidate("Schools", text);

        candidate.Actors.Should().Equal("Awa Traore");
    }
}
