using Microsoft.Extensions.AI;

namespace Bellwether.AI.Tests.TestSupport;

/// <summary>A chat client that plays back scripted turns in order and records every request; the last turn repeats.</summary>
internal sealed class ScriptedChatClient(params Func<IReadOnlyList<ChatMessage>, CancellationToken, Task<ChatResponse>>[] turns) : IChatClient
{
    private readonly List<Request> _requests = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<Request> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static Func<IReadOnlyList<ChatMessage>, CancellationToken, Task<ChatResponse>> Answer(string json, long? inputTokens = null, long? outputTokens = null) =>
        (_, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, json))
        {
            Usage = inputTokens is null ? null : new UsageDetails { InputTokenCount = inputTokens, OutputTokenCount = outputTokens },
        });

    public static Func<IReadOnlyList<ChatMessage>, CancellationToken, Task<ChatResponse>> Throw(Exception exception) =>
        (_, _) => Task.FromException<ChatResponse>(exception);

    /// <summary>A turn that never answers: it waits until the request is cancelled.</summary>
    public static Func<IReadOnlyList<ChatMessage>, CancellationToken, Task<ChatResponse>> Hang() =>
        async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        };

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = new Request([.. messages], options);
        int index;
        lock (_gate)
        {
            _requests.Add(request);
            index = Math.Min(_requests.Count, turns.Length) - 1;
        }

        return turns[index](request.Messages, cancellationToken);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Bellwether asks for whole answers.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    /// <summary>One request as the client received it.</summary>
    public sealed record Request(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)
    {
        public string System => Messages.First(m => m.Role == ChatRole.System).Text;

        public string User => Messages.First(m => m.Role == ChatRole.User).Text;
    }
}
