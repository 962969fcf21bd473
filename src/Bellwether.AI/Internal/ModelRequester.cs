using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Bellwether.AI.Internal;

/// <summary>
/// Sends one request to the model and parses the answer, trying again with backoff when the answer cannot be
/// parsed or the client fails transiently, then failing with a <see cref="ModelAnswerException"/>.
/// </summary>
internal sealed class ModelRequester(IChatClient client, BellwetherAIOptions options, TimeProvider timeProvider, AIMetrics metrics, ILogger logger)
{
    public async Task<T> AskAsync<T>(string operation, string articleId, IReadOnlyList<ChatMessage> prompt, ChatResponseFormat format, Func<string, T> parse, CancellationToken cancellationToken)
    {
        var messages = new List<ChatMessage>(prompt);
        var chatOptions = new ChatOptions { ResponseFormat = format, Temperature = 0 };
        var tag = new KeyValuePair<string, object?>("operation", operation);
        Exception? last = null;
        for (var attempt = 1; attempt <= options.MaxAttempts; attempt++)
        {
            if (attempt > 1)
            {
                Retrying(operation, articleId, attempt - 1, last!, tag);
                await BackoffAsync(attempt - 1, cancellationToken).ConfigureAwait(false);
            }

            ChatResponse response;
            using (var timeout = new CancellationTokenSource(options.RequestTimeout, timeProvider))
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
            {
                try
                {
                    response = await client.GetResponseAsync(messages, chatOptions, linked.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (Exception exception) when (IsTransient(exception))
                {
                    last = exception;
                    continue;
                }
            }

            RecordUsage(operation, articleId, response.Usage, tag);
            try
            {
                return parse(response.Text);
            }
            catch (JsonException exception)
            {
                last = exception;
                messages.Add(new ChatMessage(ChatRole.Assistant, response.Text));
                messages.Add(new ChatMessage(ChatRole.User, $"That answer is not valid JSON for the response schema ({exception.Message}). Answer again with JSON only."));
            }
        }

        metrics.Failures.Add(1, tag);
        throw new ModelAnswerException(articleId, operation, options.MaxAttempts, last);
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
        TimeoutException or IOException or OperationCanceledException => true,
        _ => false,
    };

    private void Retrying(string operation, string articleId, int failedAttempt, Exception exception, KeyValuePair<string, object?> tag)
    {
        metrics.Retries.Add(1, tag);
        AILog.Retrying(logger, exception, operation, articleId, failedAttempt, options.MaxAttempts);
    }

    private Task BackoffAsync(int failedAttempts, CancellationToken cancellationToken)
    {
        var delay = options.RetryDelay * Math.Pow(2, failedAttempts - 1);
        return delay > TimeSpan.Zero ? Task.Delay(delay, timeProvider, cancellationToken) : Task.CompletedTask;
    }

    private void RecordUsage(string operation, string articleId, UsageDetails? usage, KeyValuePair<string, object?> tag)
    {
        AILog.Usage(logger, operation, articleId, usage?.InputTokenCount, usage?.OutputTokenCount);
        if (usage?.InputTokenCount is { } input)
        {
            metrics.InputTokens.Add(input, tag);
        }

        if (usage?.OutputTokenCount is { } output)
        {
            metrics.OutputTokens.Add(output, tag);
        }
    }
}
