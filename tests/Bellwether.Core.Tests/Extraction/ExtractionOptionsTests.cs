using Bellwether.Core.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bellwether.Core.Tests.Extraction;

public sealed class ExtractionOptionsTests
{
    private static readonly Article Article = new()
    {
        Id = "opts-1",
        Title = "Holland backs Zephyr Robotics",
        Text = "The Dutch government backed Zephyr Robotics, known as ZR, with a grant for its humanoid robot. ZR said the robot will help carers in hospitals. Holland wants more robot makers.",
    };

    [Fact]
    public void AddBellwether_Default_ResolvesTheOfflineExtractor()
    {
        using var provider = new ServiceCollection().AddBellwether().Services.BuildServiceProvider();
        provider.GetRequiredService<ISignalExtractor>().Should().BeOfType<OfflineSignalExtractor>();
    }

    [Fact]
    public async Task ConfigureExtraction_UserEntries_FoldAliasesAddRegionsAndTopics()
    {
        using var provider = new ServiceCollection().AddBellwether().ConfigureExtraction(o =>
        {
            o.Actors.Add(new ActorEntry("Zephyr Robotics", "ZR"));
            o.RegionAliases["Holland"] = "NL";
            o.Topics.Add(new TopicDefinition("care robots", [SignalDomain.Technological, SignalDomain.Social], ["robot", "carer"]));
        }).Services.BuildServiceProvider();

        var candidate = (await provider.GetRequiredService<ISignalExtractor>().ExtractAsync(Article)).Should().ContainSingle().Subject;

        candidate.Actors.Should().Contain("Zephyr Robotics").And.NotContain("ZR");
        candidate.Regions.Should().Contain("NL");
        candidate.Topics.Should().Contain("care robots");
    }

    [Fact]
    public void ReplaceDefaultTopics_OnlyUserTopicsAreUsed()
    {
        var candidate = Extractors.Default(o =>
        {
            o.ReplaceDefaultTopics = true;
            o.Topics.Add(new TopicDefinition("care robots", [SignalDomain.Social], ["robot"]));
        }).Extract(Article).Single();

        candidate.Topics.Should().Equal("care robots");
        candidate.Domains.Should().Equal(SignalDomain.Social);
    }

    [Fact]
    public void ValidateOnStart_BadRegionCodeOrRange_FailsNamingTheField()
    {
        using var provider = new ServiceCollection().AddBellwether().ConfigureExtraction(o =>
        {
            o.RegionAliases["Atlantis"] = "atl";
            o.MaxQuotes = 0;
        }).Services.BuildServiceProvider();

        FluentActions.Invoking(() => provider.GetRequiredService<IOptions<SignalExtractionOptions>>().Value)
            .Should().Throw<OptionsValidationException>()
            .Where(e => e.Message.Contains("RegionAliases", StringComparison.Ordinal) && e.Message.Contains("MaxQuotes", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateOnStart_RegionAliasToUnassignedCode_FailsNamingTheAliasAndCode()
    {
        using var provider = new ServiceCollection().AddBellwether().ConfigureExtraction(o => o.RegionAliases["Ruritania"] = "RR").Services.BuildServiceProvider();

        FluentActions.Invoking(() => provider.GetRequiredService<IOptions<SignalExtractionOptions>>().Value)
            .Should().Throw<OptionsValidationException>().WithMessage("*Ruritania*'RR'*");
    }

    [Fact]
    public void ValidateOnStart_TwoTopicsNamedAlikeIgnoringCase_FailsNamingBoth()
    {
        using var provider = new ServiceCollection().AddBellwether().ConfigureExtraction(o =>
        {
            o.Topics.Add(new TopicDefinition("quantum", [SignalDomain.Technological], ["qubit"]));
            o.Topics.Add(new TopicDefinition("Quantum", [SignalDomain.Technological], ["quantum computer"]));
        }).Services.BuildServiceProvider();

        FluentActions.Invoking(() => provider.GetRequiredService<IOptions<SignalExtractionOptions>>().Value)
            .Should().Throw<OptionsValidationException>().WithMessage("*Topics*'quantum', 'Quantum'*");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void ValidateOnStart_TopicWithANullOrBlankCue_FailsNamingTheTopic(string? cue)
    {
        using var provider = new ServiceCollection().AddBellwether().ConfigureExtraction(o =>
            o.Topics.Add(new TopicDefinition("quantum", [SignalDomain.Technological], ["qubit", cue!]))).Services.BuildServiceProvider();

        FluentActions.Invoking(() => provider.GetRequiredService<IOptions<SignalExtractionOptions>>().Value)
            .Should().Throw<OptionsValidationException>().WithMessage("*Topics*'quantum'*cue*");
    }
}
