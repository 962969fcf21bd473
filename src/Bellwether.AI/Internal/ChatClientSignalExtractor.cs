using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Bellwether.AI.Internal;

/// <summary>
/// Asks a chat model for the article's candidate signals and keeps only what survives validation. A long article is
/// sent in consecutive parts, one request after the other, each with its own attempts; if one part gets no usable
/// answer the article fails with a <see cref="ModelAnswerException"/>, as a one-part article does.
/// </summary>
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
        var parts = ArticleChunker.SplitByTokens(article.Text, _options.MaxArticleTokens, _options.MaxChunksPerArticle, out var unread);
        if (unread > 0)
        {
            AILog.ArticleCut(_logger, article.Id, article.Text.Length, parts.Count, _options.MaxArticleTokens, unread);
        }
        else if (parts.Count > 1)
        {
            AILog.ArticleSplit(_logger, article.Id, article.Text.Length, parts.Count, _options.MaxArticleTokens);
        }

        var source = AnswerValidator.Source(article);
        var answers = new List<ValidatedExtraction>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var data = new ArticleData(article.Id, article.Title, article.Source, article.PublishedAt, parts[i], parts.Count > 1 ? $"{i + 1} of {parts.Count}" : null);
            ChatMessage[] prompt =
            [
                new(ChatRole.System, _instructions),
                new(ChatRole.User, Prompts.Data(data, AIJsonContext.Default.ArticleData)),
            ];
            answers.Add(await _requester.AskAsync(
                "extraction",
                article.Id,
                prompt,
                Prompts.ExtractionFormat,
                answer => _validator.Validate(article, source, Parsed(answer)),
                cancellationToken).ConfigureAwait(false));
        }

        var result = CandidateMerger.Merge(answers, _options.MaxSignalsPerArticle);
        Count(article.Id, result.Dropped);
        return [.. result.Candidates.Select(rated => rated.Candidate)];
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
