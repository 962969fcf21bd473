using Bellwether.Core.Internal;
using Bellwether.Core.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bellwether.Core.Tests.DependencyInjection;

public sealed class AddBellwetherTests
{
    [Fact]
    public void AddBellwether_NoConfiguration_ResolvesEveryDefault()
    {
        using var provider = new ServiceCollection().AddBellwether().Services.BuildServiceProvider();

        provider.GetRequiredService<ISignalPipeline>().Should().NotBeNull();
        provider.GetRequiredService<ISignalExtractor>().Should().NotBeNull();
        provider.GetRequiredService<ISignalMatcher>().Should().NotBeNull();
        provider.GetRequiredService<ISignalScorer>().Should().NotBeNull();
        provider.GetRequiredService<ISignalStore>().Should().NotBeNull();
        provider.GetRequiredService<IBriefComposer>().Should().NotBeNull();
        provider.GetRequiredService<TimeProvider>().Should().BeSameAs(TimeProvider.System);
    }

    [Fact]
    public void AddBellwether_CalledTwice_RegistersEachServiceOnceAndKeepsBothConfigurations()
    {
        var services = new ServiceCollection();

        services.AddBellwether(o => o.MaxArticleTextLength = 1000);
        services.AddBellwether(o => o.SingleSourceCeiling = 4);

        services.Count(d => d.ServiceType == typeof(ISignalPipeline)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(ISignalStore)).Should().Be(1);
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<BellwetherOptions>>().Value;
        options.MaxArticleTextLength.Should().Be(1000);
        options.SingleSourceCeiling.Should().Be(4);
    }

    [Fact]
    public void AddBellwether_UserRegisteredTimeProviderAndStoreFirst_KeepsTheUsersServices()
    {
        var clock = new FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<ISignalExtractor, RecordingExtractor>();

        using var provider = services.AddBellwether().Services.BuildServiceProvider();

        provider.GetRequiredService<TimeProvider>().Should().BeSameAs(clock);
        provider.GetRequiredService<ISignalExtractor>().Should().BeOfType<RecordingExtractor>();
    }

    [Fact]
    public void UseSignalExtractor_AfterAddBellwether_ReplacesTheDefault()
    {
        using var provider = new ServiceCollection().AddBellwether().UseSignalExtractor<RecordingExtractor>().Services.BuildServiceProvider();

        provider.GetRequiredService<ISignalExtractor>().Should().BeOfType<RecordingExtractor>();
    }

    [Theory]
    [InlineData(nameof(BellwetherOptions.SingleSourceCeiling))]
    [InlineData(nameof(BellwetherOptions.MaxArticleTextLength))]
    [InlineData(nameof(BellwetherOptions.StrengthHalfLife))]
    [InlineData(nameof(BellwetherOptions.MaxPublishedAhead))]
    public void StartupValidation_OutOfRangeOption_FailsNamingTheOption(string option)
    {
        using var provider = new ServiceCollection().AddBellwether(o =>
        {
            switch (option)
            {
                case nameof(BellwetherOptions.SingleSourceCeiling): o.SingleSourceCeiling = 11; break;
                case nameof(BellwetherOptions.MaxArticleTextLength): o.MaxArticleTextLength = 0; break;
                case nameof(BellwetherOptions.MaxPublishedAhead): o.MaxPublishedAhead = TimeSpan.FromDays(30); break;
                default: o.StrengthHalfLife = TimeSpan.Zero; break;
            }
        }).Services.BuildServiceProvider();

        var validate = () => provider.GetRequiredService<IStartupValidator>().Validate();

        validate.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(option);
    }

    [Fact]
    public void StartupValidation_DefaultOptions_Passes()
    {
        using var provider = new ServiceCollection().AddBellwether().Services.BuildServiceProvider();

        var validate = () => provider.GetRequiredService<IStartupValidator>().Validate();

        validate.Should().NotThrow();
    }

    [Fact]
    public void AddBellwether_Defaults_AreInternalImplementations()
    {
        using var provider = new ServiceCollection().AddBellwether().Services.BuildServiceProvider();

        provider.GetRequiredService<ISignalStore>().Should().BeOfType<InMemorySignalStore>();
        provider.GetRequiredService<ISignalPipeline>().GetType().IsPublic.Should().BeFalse();
    }
}
