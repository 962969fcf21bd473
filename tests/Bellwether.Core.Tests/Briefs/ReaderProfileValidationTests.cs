namespace Bellwether.Core.Tests.Briefs;

public sealed class ReaderProfileValidationTests
{
    private static readonly ReaderProfile Marco = new()
    {
        Name = "Marco",
        Email = "marco@example.com",
        TimeZoneId = "Europe/Rome",
        Interests = [new ReaderInterest(InterestKind.Topic, "semiconductors", 2)],
    };

    [Fact]
    public void Validate_SampleReader_DoesNotThrow()
    {
        Marco.Invoking(r => r.Validate()).Should().NotThrow();
    }

    [Theory]
    [InlineData("marco.example.com")]
    [InlineData("@example.com")]
    [InlineData("marco@")]
    public void Validate_MalformedEmail_ThrowsNamingEmail(string email)
    {
        (Marco with { Email = email }).Invoking(r => r.Validate())
            .Should().Throw<ReaderProfileValidationException>().Which.Field.Should().Be(nameof(ReaderProfile.Email));
    }

    [Fact]
    public void Validate_UnknownTimeZone_ThrowsNamingTheZone()
    {
        (Marco with { TimeZoneId = "Mars/Olympus" }).Invoking(r => r.Validate())
            .Should().Throw<ReaderProfileValidationException>().WithMessage("*TimeZoneId*Mars/Olympus*");
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(11, 5)]
    [InlineData(5, 0)]
    public void Validate_StrengthOrItemsOutOfRange_Throws(int minimumStrength, int maxItems)
    {
        (Marco with { MinimumStrength = minimumStrength, MaxItems = maxItems }).Invoking(r => r.Validate())
            .Should().Throw<ReaderProfileValidationException>();
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Validate_NonPositiveOrNonFiniteWeight_ThrowsNamingTheInterest(double weight)
    {
        (Marco with { Interests = [new ReaderInterest(InterestKind.Region, "CN", weight)] }).Invoking(r => r.Validate())
            .Should().Throw<ReaderProfileValidationException>().WithMessage("*CN*");
    }

    [Theory]
    [InlineData("China")]
    [InlineData("UK")]
    [InlineData("XX")]
    public void Validate_RegionInterestNotACode_ThrowsNamingTheValue(string region)
    {
        (Marco with { Exclusions = [new ReaderInterest(InterestKind.Region, region)] }).Invoking(r => r.Validate())
            .Should().Throw<ReaderProfileValidationException>().WithMessage($"*'{region}'*");
    }

    [Fact]
    public void Validate_RegionInterestInLowerCase_DoesNotThrow()
    {
        (Marco with { Interests = [new ReaderInterest(InterestKind.Region, " cn ")] }).Invoking(r => r.Validate()).Should().NotThrow();
    }

    [Fact]
    public void Validate_NullInterest_ThrowsNamingTheList()
    {
        (Marco with { Interests = [new ReaderInterest(InterestKind.Actor, "Nvidia"), null!] }).Invoking(r => r.Validate())
            .Should().Throw<ReaderProfileValidationException>().Which.Field.Should().Be(nameof(ReaderProfile.Interests));
    }

    [Fact]
    public void Validate_NullExclusion_ThrowsNamingTheList()
    {
        (Marco with { Exclusions = [null!] }).Invoking(r => r.Validate())
            .Should().Throw<ReaderProfileValidationException>().Which.Field.Should().Be(nameof(ReaderProfile.Exclusions));
    }

    [Fact]
    public void Validate_UndefinedInterestKind_ThrowsNamingTheKindAndValue()
    {
        (Marco with { Interests = [new ReaderInterest((InterestKind)42, "Nvidia")] }).Invoking(r => r.Validate())
            .Should().Throw<ReaderProfileValidationException>().WithMessage("*Interests*42*'Nvidia'*");
    }
}
