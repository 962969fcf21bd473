using Bellwether.AI.Internal;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bellwether.AI.Tests.TestSupport;

/// <summary>An article like the seeds and model answers about it.</summary>
internal static class Models
{
    public const string Lead = "CXMT plans to raise US$42 billion on the STAR Market, the largest listing of a Chinese chipmaker.";
    public const string Second = "Memory chip manufacturing is highly capital-intensive, requiring sustained investment in fabrication facilities.";

    public static Article Article(string id = "cxmt-ipo", string? text = null) => new()
    {
        Id = id,
        Title = "CXMT's planned IPO signals China's push for semiconductor self-reliance",
        Text = text ?? $"{Lead}\n{Second} The company faces constraints from export controls on advanced tools.",
        Source = "Caixin",
        PublishedAt = new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero),
    };

    public static string GoodAnswer(string quote = Lead, string keyPhrase = "US$42 billion", string region = "CN", string topic = "semiconductors", double confidence = 0.8) =>
        $$"""
        {"signals":[{"headline":"Export controls accelerating domestic capital formation in Chinese chips",
          "horizon":"structural","domains":["economic","technological"],"topics":["{{topic}}","capital markets"],
          "regions":["{{region}}","us"],"actors":["CXMT","STAR Market"],
          "quotes":[{"text":{{System.Text.Json.JsonSerializer.Serialize(quote)}},"keyPhrase":"{{keyPhrase}}"}],
          "reasoning":"A record listing funds a chipmaker cut off from foreign tools.",
          "analysis":"Capital markets replace state finance.","confidence":{{confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}]}
        """;

    public static BellwetherAIOptions Options(Action<BellwetherAIOptions>? configure = null)
    {
        var options = new BellwetherAIOptions { RetryDelay = TimeSpan.Zero };
        configure?.Invoke(options);
        return options;
    }

    public static ChatClientSignalExtractor Extractor(IChatClient client, BellwetherAIOptions? options = null, TimeProvider? time = null, AIMetrics? metrics = null, ILogger<ChatClientSignalExtractor>? logger = null) =>
        new(client, options ?? Options(), time ?? new FakeTimeProvider(), metrics ?? new AIMetrics(), logger ?? NullLogger<ChatClientSignalExtractor>.Instance);

    public static ChatClientSignalAnalyst Analyst(IChatClient client, BellwetherAIOptions? options = null, AIMetrics? metrics = null) =>
        new(client, options ?? Options(), new FakeTimeProvider(), metrics ?? new AIMetrics(), NullLogger<ChatClientSignalAnalyst>.Instance);
}
