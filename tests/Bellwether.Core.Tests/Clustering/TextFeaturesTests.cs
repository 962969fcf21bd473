using Bellwether.Core.Internal;

namespace Bellwether.Core.Tests.Clustering;

/// <summary>What the clustering reads from an article's address.</summary>
public sealed class TextFeaturesTests
{
    [Theory]
    [InlineData("https://example.com/business/japan-says-bitcoin-not-currency/", "japan says bitcoin not currency")]
    [InlineData("https://example.com/2014/03/10/earnings-season-and-the-dow.aspx", "earnings season and the dow")]
    [InlineData("https://example.com/news/a-b/fed_holds-rates-steady-again-1.289028", "fed holds rates steady again 1")]
    [InlineData("https://example.com/caf%C3%A9-owners-fight-new-rules-today", "café owners fight new rules today")]
    public void AddressWords_AddressWithASlug_ReturnsItsWords(string address, string expected) =>
        TextFeatures.AddressWords(new Uri(address)).Should().Be(expected);

    [Theory]
    [InlineData("https://example.com/")]
    [InlineData("https://example.com/story/12345")]
    [InlineData("https://example.com/two-word-slug")]
    public void AddressWords_AddressWithoutASlug_ReturnsNull(string address) =>
        TextFeatures.AddressWords(new Uri(address)).Should().BeNull();

    [Fact]
    public void AddressWords_NoAddress_ReturnsNull() => TextFeatures.AddressWords(null).Should().BeNull();
}
