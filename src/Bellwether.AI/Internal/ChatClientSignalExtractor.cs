using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Bellwether.AI.Internal;

/// <summary>Asks a chat model for the article's candidate signals and keeps only what survives validation.</summary>
internal sealed class ChatClientSignalExtractor : ISignalExtractor
{
    private readonly BellwetherAIOptions _options;
    private readonly AIMetrics _metrics;
    private readonly ILogger _logger;
    private readonly ModelRequester _requester;
    private readonly AnswerValidator _validator;
    private readonly string _instructions;

    public ChatClientSignalExtractor(IChatClient client, BellwetherAIOptions options, TimeProvider timeProvider, AIMetrics metrics, ILogger<ChatClientSignalExtractor> logger)
    {
        _options = options;
        _metrics = metrics;
        _logger = logger;
        _requester = new ModelRequester(client, options, timeProvider, metrics, logger);
        _validator = new AnswerValidator(options);
        _instructions = Prompts.ExtractionInstructions(options.Topics);
    }

    public async ValueTask<IReadOnlyList<SignalCandidate>> ExtractAsync(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = Prompts.Cut(article.Text, _options.MaxArticleTokens, out var wasCut);
        if (wasCut)
        {
            AILog.ArticleCut(_logger, article.Id, article.Text.Length, _options.MaxArticleTokens);
        }

        var data = new ArticleData(article.Id, article.Title, article.Source, article.PublishedAt, text);
        ChatMessage[] prompt =
        [
            new(ChatRole.System, _instructions),
            new(ChatRole.User, Prompts.Data(data, AIJsonContext.Default.ArticleData)),
        ];
        var result = await _requester.AskAsync(
            "extraction",
            article.Id,
            prompt,
            Prompts.ExtractionFormat,
            answer => _validator.Validate(article, Parsed(answer)),
            cancellationToken).ConfigureAwait(false);
        Count(article.Id, result.Dropped);
        return result.Candidates;
    }

    private static ExtractionAnswer Parsed(string text)
    {
        var answer = ModelRequester.Parse(text, AIJsonContext.Default.ExtractionAnswer);
        return answer.Signals is null ? throw new System.Text.Json.JsonException("The answer has no \"signals\" array.") : answer;
    }

    private void Count(string articleId, DroppedParts dropped)
    {
        if (dropped.Total == 0)
        {
            return;
        }

        AILog.Dropped(_logger, articleId, dropped.Quotes, dropped.Regions, dropped.Topics, dropped.Domains, dropped.Signals, dropped.Texts);
        Add("quote", dropped.Quotes);
        Add("region", dropped.Regions);
        Add("topic", dropped.Topics);
        Add("domain", dropped.Domains);
        Add("signal", dropped.Signals);
        Add("text", dropped.Texts);
    }

    private void Add(string kind, int count)
    {
        if (count > 0)
        {
            _metrics.Dropped.Add(count, new KeyValuePair<string, object?>("kind", kind));
        }
    }
}
