using System.Text.Json;
using static Bellwether.Rendering.Tests.SampleSignals;

namespace Bellwether.Rendering.Tests;

public sealed class JsonRendererTests
{
    private readonly JsonRenderer _json = new();

    [Fact]
    public async Task RenderBriefAsync_Items_WritesTheVersionedSchema()
    {
        using var doc = JsonDocument.Parse(await RenderAsync(w => _json.RenderBriefAsync(MarcosBrief, w)));
        var root = doc.RootElement;

        root.GetProperty("schema").GetString().Should().Be("bellwether.brief");
        root.GetProperty("version").GetInt32().Should().Be(JsonRenderer.SchemaVersion).And.Be(1);
        root.GetProperty("reader").GetString().Should().Be("Marco");
        root.GetProperty("silent").GetBoolean().Should().BeFalse();
        var first = root.GetProperty("items")[0];
        first.GetProperty("rank").GetInt32().Should().Be(1);
        first.GetProperty("novelty").GetString().Should().Be("reinforced");
        first.GetProperty("reason").GetString().Should().Be("reinforced: +2 articles, str 6 → 8");
        var signal = first.GetProperty("signal");
        signal.GetProperty("strength").GetInt32().Should().Be(8);
        signal.GetProperty("horizon").GetString().Should().Be("structural");
        signal.GetProperty("sources")[0].GetProperty("quotes")[1].GetProperty("keyPhrase").GetString().Should().Be("mega-IPOs");
        signal.GetProperty("sources")[0].GetProperty("url").GetString().Should().Be("https://news.example.com/ymtc");
    }

    [Fact]
    public async Task RenderBriefAsync_Silent_WritesSilentWithTheReason()
    {
        using var doc = JsonDocument.Parse(await RenderAsync(w => _json.RenderBriefAsync(SilentBrief, w)));

        doc.RootElement.GetProperty("silent").GetBoolean().Should().BeTrue();
        doc.RootElement.GetProperty("silenceReason").GetString().Should().Contain("minimum strength of 7");
        doc.RootElement.GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task RenderSignalListAsync_Signals_KeepsTheOrderGiven()
    {
        using var doc = JsonDocument.Parse(await RenderAsync(w => _json.RenderSignalListAsync([Seed, Energy], w)));

        doc.RootElement.GetProperty("schema").GetString().Should().Be("bellwether.signals");
        doc.RootElement.GetProperty("signals").EnumerateArray().Select(s => s.GetProperty("id").GetString()).Should().Equal(Seed.Id, Energy.Id);
    }

    [Fact]
    public async Task RenderSignalAsync_HostileText_RoundTripsExactly()
    {
        using var doc = JsonDocument.Parse(await RenderAsync(w => _json.RenderSignalAsync(HostileSignal, w)));

        doc.RootElement.GetProperty("schema").GetString().Should().Be("bellwether.signal");
        doc.RootElement.GetProperty("signal").GetProperty("headline").GetString().Should().Be(Hostile);
    }
}
