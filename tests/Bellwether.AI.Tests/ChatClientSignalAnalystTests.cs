using System.Text.Json;
using Bellwether.AI.Internal;
using Bellwether.AI.Tests.TestSupport;
using Microsoft.Extensions.AI;
using static Bellwether.AI.Tests.TestSupport.ScriptedChatClient;

namespace Bellwether.AI.Tests;

public sealed class ChatClientSignalAnalystTests
{
    private static readonly Signal TwoArticleSignal = new()
    {
        Id = "sig-1",
        Headline = "Export controls accelerating domestic capital formation",
        Topics = ["semiconductors"],
        Regions = ["CN"],
        Actors = ["CXMT", "Moore Threads"],
        Analysis = "Old analysis.",
        Evidence =
        [
            new ArticleEvidence { Article = new ArticleReference("a-1", "CXMT files for a US$42 billion IPO", null, "Caixin", null), Quotes = [new Quote("CXMT plans to raise US$42 billion.", "US$42 billion")], Reasoning = "A record listing." },
            new ArticleEvidence { Article = new ArticleReference("a-2", "Moore Threads soars on debut", null, "Reuters", null), Quotes = [new Quote("Shares rose 425% on the first day.", "425%")], Reasoning = "Investors reward substitutes." },
        ],
    };

    [Fact]
    public async Task AnalyseAsync_GoodAnswer_ReturnsTheModelsParagraphFromAllEvidence()
    {
        var client = new ScriptedChatClient(Answer("""{"analysis":"Listings fund what export controls deny."}"""));

        var analysis = await Models.Analyst(client).AnalyseAsync(TwoArticleSignal);

        analysis.Should().Be("Listings fund what export controls deny.");
        var request = client.Requests.Single();
        request.Options!.ResponseFormat.Should().BeOfType<ChatResponseFormatJson>().Which.Schema!.Value.GetRawText().Should().Contain("\"analysis\"");
        var data = JsonDocument.Parse(request.User["<<<DATA\n".Length..^"\nDATA>>>".Length]).RootElement;
        data.GetProperty("headline").GetString().Should().Be(TwoArticleSignal.Headline);
        data.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("title").GetString()).Should().Equal("CXMT files for a US$42 billion IPO", "Moore Threads soars on debut");
        request.User.Should().Contain("425%");
    }

    [Fact]
    public async Task AnalyseAsync_EvidenceBeyondTheLimit_SendsTheNewest()
    {
        var client = new ScriptedChatClient(Answer("""{"analysis":"x"}"""));

        await Models.Analyst(client, Models.Options(o => o.MaxEvidenceForAnalysis = 1)).AnalyseAsync(TwoArticleSignal);

        var data = JsonDocument.Parse(client.Requests.Single().User["<<<DATA\n".Length..^"\nDATA>>>".Length]).RootElement;
        data.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("title").GetString()).Should().Equal("Moore Threads soars on debut");
    }

    [Fact]
    public async Task AnalyseAsync_EmptyAnalysisThenGood_Retries()
    {
        var client = new ScriptedChatClient(Answer("""{"analysis":"  "}"""), Answer("""{"analysis":"Second try."}"""));

        var analysis = await Models.Analyst(client).AnalyseAsync(TwoArticleSignal);

        analysis.Should().Be("Second try.");
        client.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task AnalyseAsync_AnalysisWithNulCharacter_IsDroppedCountedAndAskedForAgain()
    {
        var metrics = new AIMetrics();
        using var recorder = new MetricRecorder(metrics.Meter);
        var client = new ScriptedChatClient(Answer("""{"analysis":"Listings fund\u0000 chips."}"""), Answer("""{"analysis":"Listings fund chips."}"""));

        var analysis = await Models.Analyst(client, metrics: metrics).AnalyseAsync(TwoArticleSignal);

        analysis.Should().Be("Listings fund chips.");
        client.Requests.Should().HaveCount(2);
        recorder.Sum("bellwether.ai.dropped", "text").Should().Be(1);
    }

    [Fact]
    public async Task AnalyseAsync_AlwaysMalformed_FailsNamingTheNewestArticle()
    {
        var client = new ScriptedChatClient(Answer("Sure! Here is the analysis: chips."));

        var act = () => Models.Analyst(client, Models.Options(o => o.MaxAttempts = 2)).AnalyseAsync(TwoArticleSignal).AsTask();

        var error = (await act.Should().ThrowAsync<ModelAnswerException>()).Which;
        error.ArticleId.Should().Be("a-2");
        error.Operation.Should().Be("analysis");
        client.Requests.Should().HaveCount(2);
    }
}
