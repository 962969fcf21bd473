using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bellwether.AI.Internal;
using Bellwether.AI.Tests.TestSupport;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;
using OpenAI;
using static Bellwether.AI.Tests.TestSupport.ScriptedChatClient;

namespace Bellwether.AI.Tests;

/// <summary>The model requester's retries: exponential back-off with jitter, on the time provider, and the server's Retry-After.</summary>
public sealed partial class ModelRetryTests
{
    [Fact]
    public async Task ExtractAsync_SameFailuresTwice_WaitsDifferentJitteredDelays()
    {
        var first = await RetryDelaysAsync();
        var second = await RetryDelaysAsync();

        first.Should().HaveCount(3).And.OnlyContain(d => d > TimeSpan.Zero && d < TimeSpan.FromSeconds(1));
        second.Should().HaveCount(3);
        first.Should().NotEqual(second, "jitter spreads the retries of workers that failed together");
        first.Should().NotEqual([TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(2), TimeSpan.FromMilliseconds(4)], "the bare doubling has no jitter");
    }

    [Fact]
    public async Task ExtractAsync_RetryBackoff_WaitsTheLoggedDelayOnTheTimeProvider()
    {
        var time = new FakeTimeProvider();
        var logger = new RecordingLogger<ChatClientSignalExtractor>();
        var client = new ScriptedChatClient(Answer("nope"), Answer(Models.GoodAnswer()));
        var options = Models.Options(o => o.RetryDelay = TimeSpan.FromSeconds(2));

        var extraction = Models.Extractor(client, options, time, logger: logger).ExtractAsync(Models.Article()).AsTask();
        await WaitForAsync(() => logger.Entries.Any(e => e.EventId.Id == 102));
        var delay = LoggedDelays(logger).Single();
        delay.Should().BePositive();
        time.Advance(delay - TimeSpan.FromMilliseconds(1));
        client.Requests.Should().ContainSingle("the retry waits on the time provider");
        time.Advance(TimeSpan.FromMilliseconds(1));

        (await extraction).Should().ContainSingle();
        client.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task ExtractAsync_ServerAnswers429WithRetryAfter_WaitsThatLongThenSucceeds()
    {
        await using var server = await ChatServer.StartAsync(
            (HttpStatusCode.TooManyRequests, """{"error":{"message":"slow down","type":"rate_limit"}}""", "1"),
            (HttpStatusCode.OK, ChatServer.Completion(Models.GoodAnswer()), null));
        var logger = new RecordingLogger<ChatClientSignalExtractor>();
        var options = Models.Options(o => o.RetryDelay = TimeSpan.FromMilliseconds(1));

        var candidates = await Models.Extractor(server.ChatClient(), options, TimeProvider.System, logger: logger).ExtractAsync(Models.Article());

        candidates.Should().ContainSingle();
        server.Arrivals.Should().HaveCount(2);
        (server.Arrivals[1] - server.Arrivals[0]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950), "Retry-After: 1 asks for a second, not the 1 ms back-off");
        LoggedDelays(logger).Should().Equal(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task ExtractAsync_ServerAnswers503EveryTime_FailsWithTypedErrorAfterEveryAttempt()
    {
        await using var server = await ChatServer.StartAsync((HttpStatusCode.ServiceUnavailable, """{"error":{"message":"down"}}""", null));
        var options = Models.Options(o => (o.RetryDelay, o.MaxAttempts) = (TimeSpan.FromMilliseconds(1), 3));

        var act = () => Models.Extractor(server.ChatClient(), options, TimeProvider.System).ExtractAsync(Models.Article("outage")).AsTask();

        var error = (await act.Should().ThrowAsync<ModelAnswerException>()).Which;
        error.ArticleId.Should().Be("outage");
        error.InnerException.Should().BeOfType<ClientResultException>().Which.Status.Should().Be(503);
        server.Arrivals.Should().HaveCount(3);
    }

    [Fact]
    public async Task ExtractAsync_ServerAnswers401_IsNotRetried()
    {
        await using var server = await ChatServer.StartAsync((HttpStatusCode.Unauthorized, """{"error":{"message":"bad key"}}""", "1"));

        var act = () => Models.Extractor(server.ChatClient(), Models.Options(), TimeProvider.System).ExtractAsync(Models.Article()).AsTask();

        (await act.Should().ThrowAsync<ClientResultException>()).Which.Status.Should().Be(401);
        server.Arrivals.Should().ContainSingle();
    }

    [Theory]
    [InlineData("120", 120)]
    [InlineData(" 2.5 ", 2.5)]
    [InlineData("0", 0)]
    [InlineData("3600", 600)]
    [InlineData("Wed, 21 Oct 2026 07:28:30 GMT", 30)]
    [InlineData("Wed, 21 Oct 2026 07:27:00 GMT", 0)]
    public void ParseRetryAfter_SecondsOrHttpDate_IsTheWaitFromNowCappedAtTenMinutes(string value, double seconds)
    {
        var now = new DateTimeOffset(2026, 10, 21, 7, 28, 0, TimeSpan.Zero);

        ModelRequester.ParseRetryAfter(value, now).Should().Be(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("")]
    [InlineData("-5")]
    public void ParseRetryAfter_NeitherSecondsNorDate_IsNull(string value)
    {
        ModelRequester.ParseRetryAfter(value, DateTimeOffset.UnixEpoch).Should().BeNull();
    }

    private static async Task<List<TimeSpan>> RetryDelaysAsync()
    {
        var logger = new RecordingLogger<ChatClientSignalExtractor>();
        var busy = Throw(new HttpRequestException("busy", null, HttpStatusCode.ServiceUnavailable));
        var client = new ScriptedChatClient(busy, busy, busy, Answer(Models.GoodAnswer()));
        var options = Models.Options(o => (o.RetryDelay, o.MaxAttempts) = (TimeSpan.FromMilliseconds(1), 4));

        (await Models.Extractor(client, options, TimeProvider.System, logger: logger).ExtractAsync(Models.Article())).Should().ContainSingle();

        return LoggedDelays(logger);
    }

    private static List<TimeSpan> LoggedDelays(RecordingLogger<ChatClientSignalExtractor> logger) =>
        [.. logger.Entries.Where(e => e.EventId.Id == 102).Select(e => TimeSpan.Parse(DelayInMessage().Match(e.Message).Groups[1].Value, CultureInfo.InvariantCulture))];

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        condition().Should().BeTrue();
    }

    [GeneratedRegex(@"trying again in (\S+)\.$")]
    private static partial Regex DelayInMessage();

    /// <summary>
    /// A real HTTP server on 127.0.0.1 speaking the OpenAI chat completions API: it plays scripted replies in order (the
    /// last repeats) and records when each request arrived. <see cref="ChatClient"/> is the OpenAI client for it, as
    /// Microsoft.Extensions.AI.OpenAI builds it, with the SDK's own retries off so that Bellwether's are measured.
    /// </summary>
    private sealed class ChatServer : IAsyncDisposable
    {
        private readonly HttpListener _listener;
        private readonly (HttpStatusCode Status, string Body, string? RetryAfter)[] _replies;
        private readonly List<DateTimeOffset> _arrivals = [];
        private readonly Lock _gate = new();
        private readonly Task _loop;

        private ChatServer(HttpListener listener, Uri address, (HttpStatusCode, string, string?)[] replies)
        {
            _listener = listener;
            _replies = replies;
            Address = address;
            _loop = Task.Run(ServeAsync);
        }

        public Uri Address { get; }

        public IReadOnlyList<DateTimeOffset> Arrivals
        {
            get
            {
                lock (_gate)
                {
                    return [.. _arrivals];
                }
            }
        }

        public static Task<ChatServer> StartAsync(params (HttpStatusCode Status, string Body, string? RetryAfter)[] replies)
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var address = new Uri($"http://127.0.0.1:{port}/v1/");
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            listener.Start();
            return Task.FromResult(new ChatServer(listener, address, replies));
        }

        public static string Completion(string content) => JsonSerializer.Serialize(new
        {
            id = "chatcmpl-1",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = "test-model",
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 10, completion_tokens = 5, total_tokens = 15 },
        });

        public IChatClient ChatClient() =>
            new OpenAIClient(new ApiKeyCredential("test-key"), new OpenAIClientOptions { Endpoint = Address, RetryPolicy = new ClientRetryPolicy(maxRetries: 0) })
                .GetChatClient("test-model")
                .AsIChatClient();

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            _listener.Close();
            await _loop.ConfigureAwait(false);
        }

        private async Task ServeAsync()
        {
            while (true)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync().ConfigureAwait(false);
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                int index;
                lock (_gate)
                {
                    _arrivals.Add(DateTimeOffset.UtcNow);
                    index = Math.Min(_arrivals.Count, _replies.Length) - 1;
                }

                using (var reader = new StreamReader(context.Request.InputStream))
                {
                    await reader.ReadToEndAsync().ConfigureAwait(false);
                }

                var (status, body, retryAfter) = _replies[index];
                context.Response.StatusCode = (int)status;
                context.Response.ContentType = "application/json";
                if (retryAfter is not null)
                {
                    context.Response.AddHeader("Retry-After", retryAfter);
                }

                var bytes = Encoding.UTF8.GetBytes(body);
                await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
                context.Response.Close();
            }
        }
    }
}
