using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Bellwether.AI.Internal;

/// <summary>
/// Asks a chat model to write a signal's analysis from its newest evidence. An analysis holding control characters
/// other than white space (such as U+0000) is dropped, counted and asked for again like an empty one.
/// </summary>
internal sealed class ChatClientSignalAnalyst(IChatClient client, BellwetherAIOptions options, TimeProvider timeProvider, AIMetrics metrics, ILogger<ChatClientSignalAnalyst> logger) : ISignalAnalyst
{
    private const int MaxAnalysisLength = 4_000;
    private readonly ModelRequester _requester = new(client, options, timeProvider, metrics, logger);

    public async ValueTask<string> AnalyseAsync(Signal signal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ChatMessage[] prompt =
        [
            new(ChatRole.System, Prompts.AnalysisInstructions),
            new(ChatRole.User, Prompts.Data(Data(signal), AIJsonContext.Default.SignalData)),
        ];
        var articleId = signal.Evidence.Count > 0 ? signal.Evidence[^1].Article.Id : signal.Id;
        return await _requester.AskAsync("analysis", articleId, prompt, Prompts.AnalysisFormat, Parsed, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The signal with its newest evidence, as much as fits the token budget (at least one entry).</summary>
    private SignalData Data(Signal signal)
    {
        long budget = options.MaxArticleTokens;
        var evidence = new List<EvidenceData>();
        foreach (var item in signal.Evidence.Reverse().Take(options.MaxEvidenceForAnalysis))
        {
            var entry = new EvidenceData(item.Article.Title, item.Article.Source, item.Article.PublishedAt, [.. item.Quotes.Select(q => q.Text)], item.Reasoning);
            budget -= TokenCounter.Count(entry.Title) + TokenCounter.Count(entry.Reasoning) + entry.Quotes.Sum(TokenCounter.Count);
            if (budget < 0 && evidence.Count > 0)
            {
                break;
            }

            evidence.Add(entry);
        }

        evidence.Reverse();
        return new SignalData(signal.Headline, signal.Topics, signal.Regions, signal.Actors, evidence);
    }

    private string Parsed(string text)
    {
        var analysis = ModelRequester.Parse(text, AIJsonContext.Default.AnalysisAnswer).Analysis?.Trim();
        if (string.IsNullOrEmpty(analysis))
        {
            throw new System.Text.Json.JsonException("The answer has no \"analysis\" text.");
        }

        if (AnswerValidator.HoldsControlCharacters(analysis))
        {
            metrics.Dropped.Add(1, new KeyValuePair<string, object?>("kind", "text"));
            throw new System.Text.Json.JsonException("The \"analysis\" text holds control characters; write it as plain text.");
        }

        return analysis.Length <= MaxAnalysisLength ? analysis : analysis[..MaxAnalysisLength];
    }
}
