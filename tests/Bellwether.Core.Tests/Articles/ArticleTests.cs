namespace Bellwether.Core.Tests.Articles;

public sealed class ArticleTests
{
    private static readonly Article Valid = new() { Id = "a-1", Title = "Chipmaker files for IPO", Text = "Body." };

    [Fact]
    public void Validate_ValidArticle_DoesNotThrow()
    {
        Valid.Invoking(a => a.Validate()).Should().NotThrow();
    }

    [Theory]
    [InlineData("", "Title", "Id")]
    [InlineData("a-1", " ", "Title")]
    [InlineData("a\u0001b", "Title", "Id")]
    public void Validate_BadField_ThrowsNamingTheField(string id, string title, string field)
    {
        var article = Valid with { Id = id, Title = title };

        article.Invoking(a => a.Validate()).Should().Throw<ArticleValidationException>()
            .Where(e => e.Field == field && e.ArticleId == id && e.Message.Contains(field));
    }

    [Fact]
    public void Validate_RelativeOrNonHttpUrl_ThrowsNamingUrl()
    {
        var article = Valid with { Url = new Uri("ftp://example.com/x") };

        article.Invoking(a => a.Validate()).Should().Throw<ArticleValidationException>().Which.Field.Should().Be("Url");
    }

    [Fact]
    public void Validate_TextLongerThanLimit_ThrowsNamingText()
    {
        var article = Valid with { Text = new string('x', 101) };

        article.Invoking(a => a.Validate(maxTextLength: 100)).Should().Throw<ArticleValidationException>()
            .Which.Message.Should().Contain("101").And.Contain("100");
    }
}
