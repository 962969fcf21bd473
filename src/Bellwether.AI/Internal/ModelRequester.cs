using System.ClientModel;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Bellwether.AI.Internal;

/// <summary>
/// Sends one request to the model and parses the answer, trying again when the answer cannot be parsed or the client
/// fails transiently (a Polly retry: exponential back-off with jitter, or the server's <c>Retry-After</c> when it
/// sends one), then failing with a <see cref="ModelAnswerException"/>.
/// </summary>
internal sealed class ModelRequester
{
    /// <summary>The longest wait a <c>Retry-After</c> is followed for; a longer one is cut to it.</summary>
    internal static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(10);

    private static readonly ResiliencePropertyKey<string> ArticleKey = new("bellwether.article.id");
    private static readonly ResiliencePropertyKey<string> OperationKey = new("bellwether.operation");

    private readonly IChatClient _client;
    private readonly BellwetherAIOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly AIMetrics _metrics;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _retry;

    public ModelRequester(IChatClient client, BellwetherAIOptions options, TimeProvider timeProvider, AIMetrics metrics, ILogger logger)
    {
        _client = client;
        _options = options;
        _timeProvider = timeProvider;
        _metrics = metrics;
        _logger = logger;
        _retry = options.MaxAttempts <= 1
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder { TimeProvider = timeProvider }
                .AddRetry(new RetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxAttempts - 1,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryDelay,
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && !args.Context.CancellationToken.IsCancellationRequested && (e is JsonException || IsTransient(e))),
                    DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Exception, timeProvider)),
                    OnRetry = args =>
                    {
                        var tag = new KeyValuePair<string, object?>("operation", args.Context.Properties.GetValue(OperationKey, string.Empty));
                        _metrics.Retries.Add(1, tag);
                        AILog.Retrying(_logger, args.Outcome.Exception!, tag.Value as string ?? string.Empty, args.Context.Properties.GetValue(ArticleKey, string.Empty), args.AttemptNumber + 1, _options.MaxAttempts, args.RetryDelay);
                        return ValueTask.CompletedTask;
                    },
                })
                .Build();
    }

    public async Task<T> AskAsync<T>(string operation, string articleId, IReadOnlyList<ChatMessage> prompt, ChatResponseFormat format, Func<string, T> parse, CancellationToken cancellationToken)
    {
        var messages = new List<ChatMessage>(prompt);
        var chatOptions = new ChatOptions { ResponseFormat = format, Temperature = 0 };
        var tag = new KeyValuePair<string, object?>("operation", operation);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(OperationKey, operation);
        context.Properties.Set(ArticleKey, articleId);
        try
        {
            return await _retry.ExecuteAsync(
                async (ctx, _) => await AttemptAsync(messages, chatOptions, operation, articleId, parse, tag, ctx.CancellationToken).ConfigureAwait(false),
                context,
                0).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && (exception is JsonException || IsTransient(exception)))
        {
            _metrics.Failures.Add(1, tag);
            throw new ModelAnswerException(articleId, operation, _options.MaxAttempts, exception);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>One request: abandoned after <see cref="BellwetherAIOptions.RequestTimeout"/>; a malformed answer asks again in the same conversation.</summary>
    private async Task<T> AttemptAsync<T>(List<ChatMessage> messages, ChatOptions chatOptions, string operation, string articleId, Func<string, T> parse, KeyValuePair<string, object?> tag, CancellationToken cancellationToken)
    {
        ChatResponse response;
        using (var timeout = new CancellationTokenSource(_options.RequestTimeout, _timeProvider))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
        {
            response = await _client.GetResponseAsync(messages, chatOptions, linked.Token).ConfigureAwait(false);
        }

        RecordUsage(operation, articleId, response.Usage, tag);
        try
        {
            return parse(response.Text);
        }
        catch (JsonException exception)
        {
            messages.Add(new ChatMessage(ChatRole.Assistant, response.Text));
            messages.Add(new ChatMessage(ChatRole.User, $"That answer is not valid JSON for the response schema ({exception.Message}). Answer again with JSON only."));
            throw;
        }
    }

    /// <summary>Reads JSON of <typeparamref name="T"/>, tolerating a Markdown code fence around it.</summary>
    public static T Parse<T>(string text, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        var json = text.Trim();
        if (json.StartsWith("```", StringComparison.Ordinal))
        {
            var firstLineEnd = json.IndexOf('\n', StringComparison.Ordinal);
            json = firstLineEnd < 0 ? string.Empty : json[(firstLineEnd + 1)..].TrimEnd().TrimEnd('`');
        }

        return JsonSerializer.Deserialize(json, typeInfo) ?? throw new JsonException("The answer is JSON null.");
    }

    private static bool IsTransient(Exception exception) => exception switch
    {
        HttpRequestException { StatusCode: null or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError } => true,
        ClientResultException { Status: 0 or 408 or 429 or >= 500 } => true,
        TimeoutException or IOException or OperationCanceledException => true,
        _ => false,
    };

    /// <summary>
    /// The wait the server asked for in a <c>Retry-After</c> header (seconds or an HTTP date), when the client's error
    /// carries the response (the OpenAI and Azure OpenAI clients' <see cref="ClientResultException"/>); null otherwise,
    /// which keeps the jittered back-off.
    /// </summary>
    internal static TimeSpan? RetryAfter(Exception? exception, TimeProvider timeProvider)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is ClientResultException result && result.GetRawResponse()?.Headers is { } headers && headers.TryGetValue("Retry-After", out var value) && value is not null)
            {
                return ParseRetryAfter(value, timeProvider.GetUtcNow());
            }
        }

        return null;
    }

    /// <summary>A <c>Retry-After</c> value as a wait from <paramref name="now"/>: zero or more, at most <see cref="MaxRetryAfter"/>; null when it is neither seconds nor a date.</summary>
    internal static TimeSpan? ParseRetryAfter(string value, DateTimeOffset now)
    {
        TimeSpan wait;
        if (double.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            wait = seconds >= MaxRetryAfter.TotalSeconds ? MaxRetryAfter : TimeSpan.FromSeconds(seconds);
        }
        else if (DateTimeOffset.TryParseExact(value.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            wait = date - now;
        }
        else
        {
            return null;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxRetryAfter ? MaxRetryAfter : wait;
    }

    private void RecordUsage(string operation, string articleId, UsageDetails? usage, KeyValuePair<string, object?> tag)
    {
        AILog.Usage(_logger, operation, articleId, usage?.InputTokenCount, usage?.OutputTokenCount);
        if (usage?.InputTokenCount is { } input)
        {
            _metrics.InputTokens.Add(input, tag);
        }

        if (usage?.OutputTokenCount is { } output)
        {
            _metrics.OutputTokens.Add(output, tag);
        }
    }
}
