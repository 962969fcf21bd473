using System.Text.Json;
using Bellwether.AI.Internal;
using Bellwether.AI.Tests.TestSupport;
using static Bellwether.AI.Tests.TestSupport.ScriptedChatClient;

namespace Bellwether.AI.Tests;

/// <summary>Articles longer than <see cref="BellwetherAIOptions.MaxArticleTokens"/>: sent in parts, answers gathered.</summary>
public sealed class ChatClientSignalExtractorPartsTests
{
    private static readonly string[] Sentences = [.. Enumerable.Range(1, 12).Select(i => $"Sentence {i:00} says the chipmaker raised more money this year.")];

    /// <summary>A token budget that four of the sentences fill exactly (o200k_base tokens), so five do not fit.</summary>
    private static readonly int Budget = TokenCounter.Count(string.Join(' ', Sentences[0..4]));

    private static readonly string ThreeBudgets = string.Join(' ', Sentences);

    [Fact]
    public async Task ExtractAsync_ArticleOfThreeBudgets_SendsThreeRequestsOfConsecutiveWholeSentences()
    {
        Budget.Should().BeInRange(40, 60, "a sentence of 11 words is about 12 tokens, not 15 as 4 characters a token would say");
        TokenCounter.Count(string.Join(' ', Sentences[0..5])).Should().BeGreaterThan(Budget);
        var client = new ScriptedChatClient(Answer("""{"signals":[]}"""));

        await Models.Extractor(client, Options()).ExtractAsync(Models.Article(text: ThreeBudgets));

        client.Requests.Should().HaveCount(3);
        var sent = client.Requests.Select(r => Data(r)).ToList();
        sent.Select(d => d.GetProperty("text").GetString()).Should().Equal(
            string.Join(' ', Sentences[0..4]), string.Join(' ', Sentences[4..8]), string.Join(' ', Sentences[8..12]));
        sent.Select(d => d.GetProperty("part").GetString()).Should().Equal("1 of 3", "2 of 3", "3 of 3");
        sent.Should().AllSatisfy(d => d.GetProperty("title").GetString().Should().Be(Models.Article().Title));
        client.Requests.Select(r => r.System).Distinct().Should().ContainSingle().Which.Should().Contain("\"part\"");
    }

    [Fact]
    public async Task ExtractAsync_ShortArticle_SendsOneRequestWithoutAPartNote()
    {
        var client = new ScriptedChatClient(Answer(Models.GoodAnswer()));

        await Models.Extractor(client).ExtractAsync(Models.Article());

        Data(client.Requests.Single()).TryGetProperty("part", out _).Should().BeFalse();
    }

    [Fact]
    public async Task ExtractAsync_OneSentenceOverThreeBudgets_IsSentInPartsCutAtWordBoundaries()
    {
        var text = string.Join(' ', Enumerable.Repeat("memory", Budget * 5 / 2)) + ".";
        var client = new ScriptedChatClient(Answer("""{"signals":[]}"""));

        await Models.Extractor(client, Options()).ExtractAsync(Models.Article(text: text));

        var parts = client.Requests.Select(r => Data(r).GetProperty("text").GetString()!).ToList();
        parts.Should().HaveCount(3).And.AllSatisfy(p => TokenCounter.Count(p).Should().BeLessThanOrEqualTo(Budget));
        string.Join(' ', parts).Should().Be(text, "the parts are consecutive and no word is split");
    }

    [Fact]
    public async Task ExtractAsync_QuoteFromTheLastPart_IsKept()
    {
        var client = new ScriptedChatClient(
            Answer("""{"signals":[]}"""),
            Answer("""{"signals":[]}"""),
            Answer(Models.GoodAnswer(quote: Sentences[11], keyPhrase: "raised more money")));

        var candidates = await Models.Extractor(client, Options()).ExtractAsync(Models.Article(text: ThreeBudgets));

        candidates.Should().ContainSingle().Which.Evidence.Quotes.Should().Equal(new Quote(Sentences[11], "raised more money"));
    }

    [Fact]
    public async Task ExtractAsync_SameHeadlineInTwoParts_MergesIntoOneCandidateWithTheUnion()
    {
        var client = new ScriptedChatClient(
            Answer(Signal("Chip listings boom", Sentences[0], actors: """["CXMT"]""", regions: """["CN"]""", topics: """["semiconductors"]""", confidence: 0.6)),
            Answer(Signal("Something else entirely", Sentences[5], actors: "[]", regions: "[]", topics: "[]", confidence: 0.5)),
            Answer(Signal("chip  listings BOOM.", Sentences[10], actors: """["STAR Market","CXMT"]""", regions: """["US","CN"]""", topics: """["IPOs"]""", confidence: 0.9)));

        var candidates = await Models.Extractor(client, Options()).ExtractAsync(Models.Article(text: ThreeBudgets));

        candidates.Select(c => c.Headline).Should().Equal("Chip listings boom", "Something else entirely");
        var merged = candidates[0];
        merged.Evidence.Quotes.Select(q => q.Text).Should().Equal(Sentences[0], Sentences[10]);
        merged.Actors.Should().Equal("CXMT", "STAR Market");
        merged.Regions.Should().Equal("CN", "US");
        merged.Topics.Should().Equal("semiconductors", "IPOs");
    }

    [Fact]
    public async Task ExtractAsync_MoreCandidatesOverThePartsThanAllowed_KeepsTheMostConfidentInOrder()
    {
        var metrics = new AIMetrics();
        using var recorder = new MetricRecorder(metrics.Meter);
        var client = new ScriptedChatClient(
            Answer(Signal("First pattern", Sentences[0], confidence: 0.5)),
            Answer(Signal("Second pattern", Sentences[5], confidence: 0.9)),
            Answer(Signal("Third pattern", Sentences[10], confidence: 0.7)));

        var candidates = await Models.Extractor(client, Options(o => o.MaxSignalsPerArticle = 2), metrics: metrics).ExtractAsync(Models.Article(text: ThreeBudgets));

        candidates.Select(c => c.Headline).Should().Equal("Second pattern", "Third pattern");
        recorder.Sum("bellwether.ai.dropped", "signal").Should().Be(1);
    }

    [Fact]
    public async Task ExtractAsync_MorePartsThanAllowed_SendsTheFirstAndLogsTheCut()
    {
        var logger = new RecordingLogger<ChatClientSignalExtractor>();
        var client = new ScriptedChatClient(Answer("""{"signals":[]}"""));

        await Models.Extractor(client, Options(o => o.MaxChunksPerArticle = 2), logger: logger).ExtractAsync(Models.Article(text: ThreeBudgets));

        client.Requests.Select(r => Data(r).GetProperty("text").GetString()).Should().Equal(string.Join(' ', Sentences[0..4]), string.Join(' ', Sentences[4..8]));
        client.Requests.Select(r => Data(r).GetProperty("part").GetString()).Should().Equal("1 of 2", "2 of 2");
        var unread = string.Join(' ', Sentences[8..12]).Length;
        logger.Entries.Should().ContainSingle(e => e.EventId.Id == 104)
            .Which.Message.Should().Contain($"{ThreeBudgets.Length} characters").And.Contain("2 part(s)").And.Contain($"leaving {unread} character(s)");
    }

    [Fact]
    public async Task ExtractAsync_OnePartAlwaysMalformed_FailsTheArticleAfterItsAttempts()
    {
        var client = new ScriptedChatClient(Answer(Models.GoodAnswer()), Answer("nope"));

        var act = () => Models.Extractor(client, Options(o => o.MaxAttempts = 2)).ExtractAsync(Models.Article(text: ThreeBudgets)).AsTask();

        var error = (await act.Should().ThrowAsync<ModelAnswerException>()).Which;
        error.Attempts.Should().Be(2);
        client.Requests.Should().HaveCount(3, "the first part once, the second part twice, the third never");
    }

    [Fact]
    public async Task ExtractAsync_CancelledDuringAPart_SendsNoFurtherPart()
    {
        using var cancellation = new CancellationTokenSource();
        var client = new ScriptedChatClient(async (messages, cancellationToken) =>
        {
            await cancellation.CancelAsync();
            return await Answer("""{"signals":[]}""")(messages, cancellationToken);
        });

        var act = () => Models.Extractor(client, Options()).ExtractAsync(Models.Article(text: ThreeBudgets), cancellation.Token).AsTask();

        await act.Should().ThrowAsync<OperationCanceledException>();
        client.Requests.Should().ContainSingle();
    }

    private static BellwetherAIOptions Options(Action<BellwetherAIOptions>? configure = null) => Models.Options(o =>
    {
        o.MaxArticleTokens = Budget;
        configure?.Invoke(o);
    });

    private static JsonElement Data(ScriptedChatClient.Request request) =>
        JsonDocument.Parse(request.User["<<<DATA\n".Length..^"\nDATA>>>".Length]).RootElement;

    private static string Signal(string headline, string quote, string actors = "[]", string regions = "[]", string topics = "[]", double confidence = 0.8) =>
        $$"""
        {"signals":[{"headline":{{JsonSerializer.Serialize(headline)}},"horizon":"structural","domains":["economic"],
          "topics":{{topics}},"regions":{{regions}},"actors":{{actors}},
          "quotes":[{"text":{{JsonSerializer.Serialize(quote)}},"keyPhrase":"raised"}],
          "reasoning":"r","analysis":"a","confidence":{{confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}]}
        """;
}
