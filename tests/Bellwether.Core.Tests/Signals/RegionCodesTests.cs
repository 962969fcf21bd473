using Bellwether.Core.Internal;

namespace Bellwether.Core.Tests.Signals;

public sealed class RegionCodesTests
{
    [Theory]
    [InlineData("CN")]
    [InlineData("US")]
    [InlineData("CC")]
    [InlineData("EU")]
    [InlineData("XK")]
    public void IsKnown_AssignedCodeOrEuOrXk_IsTrue(string code)
    {
        RegionCodes.IsKnown(code).Should().BeTrue();
    }

    [Theory]
    [InlineData("cn")]
    [InlineData("UK")]
    [InlineData("XX")]
    [InlineData("CHN")]
    [InlineData(" CN")]
    [InlineData("")]
    [InlineData(null)]
    public void IsKnown_LowerCaseUnassignedOrMisshapen_IsFalse(string? code)
    {
        RegionCodes.IsKnown(code).Should().BeFalse();
    }

    [Theory]
    [InlineData(" cn ", "CN")]
    [InlineData("Eu", "EU")]
    [InlineData("China", null)]
    [InlineData(null, null)]
    public void Normalise_CaseAndSurroundingSpaces_AreIgnored(string? value, string? expected)
    {
        RegionCodes.Normalise(value).Should().Be(expected);
    }

    [Fact]
    public void EmbeddedRegionTable_EveryCode_IsKnown()
    {
        var codes = RegionTable.Load([]).Aliases.Select(e => e.Value).Where(c => c != "-").Distinct().ToList();

        codes.Should().HaveCountGreaterThan(200).And.OnlyContain(c => RegionCodes.IsKnown(c));
    }
}
