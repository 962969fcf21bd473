using static Bellwether.Testing.Internal.TestSignals;

namespace Bellwether.Testing;

#pragma warning disable CS1591 // A test's name (Method_Condition_Result) is its documentation.

/// <summary>
/// A reinforcement may carry the signal it was planned on (<see cref="SignalReinforcement.Basis"/>): the store applies
/// the change to that very instance while it is the stored version, and to what it holds otherwise.
/// </summary>
public abstract partial class SignalStoreContract
{
    [SkippableFact]
    public async Task SaveAsync_BasisIsStillTheStoredVersion_AppliesTheChangeToTheBasisItself()
    {
        var store = OpenStore();
        await store.SaveAsync(Creating("a-1", Signal("s-1")));
        var basis = (await store.GetAsync("s-1"))!;
        var plain = Reinforcing("a-2", "s-1").Reinforcements[0].Apply;
        var handed = new List<Signal>();
        var changes = Reinforcing("a-2", "s-1") with
        {
            Reinforcements = [new SignalReinforcement("s-1", signal => { handed.Add(signal); return plain(signal); }) { Basis = basis }],
        };

        var saved = (await OpenStore().SaveAsync(changes)).Reinforced.Single();

        handed.Should().ContainSingle().Which.Should().BeSameAs(basis);
        saved.Version.Should().Be(2);
        var read = (await OpenStore().GetAsync("s-1"))!;
        read.Evidence.Select(e => e.Article.Id).Should().Equal("a-0", "a-2");
        read.Should().BeEquivalentTo(saved);
    }

    [SkippableFact]
    public async Task SaveAsync_BasisOlderThanTheStoredVersion_AppliesTheChangeToTheStoredVersionAndLosesNoUpdate()
    {
        var store = OpenStore();
        await store.SaveAsync(Creating("a-1", Signal("s-1")));
        var basis = (await store.GetAsync("s-1"))!;
        await OpenStore().SaveAsync(Reinforcing("a-2", "s-1")); // another worker writes after the plan was made
        var change = Reinforcing("a-3", "s-1");
        var planned = change with { Reinforcements = [change.Reinforcements[0] with { Basis = basis }] };

        var saved = (await OpenStore().SaveAsync(planned)).Reinforced.Single();

        saved.Version.Should().Be(3);
        saved.ExtractionCount.Should().Be(3);
        var read = (await OpenStore().GetAsync("s-1"))!;
        read.Evidence.Select(e => e.Article.Id).Should().Equal("a-0", "a-2", "a-3");
        read.Should().BeEquivalentTo(saved);
    }
}
