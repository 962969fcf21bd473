using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bellwether.Tests.Web;

/// <summary>A real Kestrel server on 127.0.0.1 (a free port) serving fixtures registered by path.</summary>
public sealed class LocalWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);

    private LocalWebServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>Every request's path, User-Agent and If-None-Match, in arrival order.</summary>
    public ConcurrentQueue<(string Path, string UserAgent, string IfNoneMatch, DateTimeOffset At)> Requests { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<LocalWebServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LocalWebServer(app);
        app.Run(async context =>
        {
            server.Requests.Enqueue((context.Request.Path.Value ?? "/", context.Request.Headers.UserAgent.ToString(), context.Request.Headers.IfNoneMatch.ToString(), DateTimeOffset.UtcNow));
            if (server._routes.TryGetValue(context.Request.Path.Value ?? "/", out var handler))
            {
                await handler(context);
            }
            else
            {
                context.Response.StatusCode = 404;
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    public void Map(string path, Func<HttpContext, Task> handler) => _routes[path] = handler;

    public void MapText(string path, string contentType, string body) => Map(path, async context =>
    {
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body, context.RequestAborted);
    });

    public void MapBytes(string path, string contentType, byte[] body) => Map(path, async context =>
    {
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    });

    public int CountRequests(string path) => Requests.Count(r => r.Path == path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
