using Bellwether.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Bellwether.Sample.Hosting;

/// <summary>Builds the Generic Host every verb runs in: Bellwether with its defaults (or the model chosen with --extractor llm) and the replay clock.</summary>
internal static class SampleHost
{
    public static async Task<IHost> StartAsync(bool verbose, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton<ReplayClock>();
        builder.Services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<ReplayClock>());
        builder.Services.AddBellwether().AddRendering();
        ModelChoice.FromCommandLine().Apply(builder.Services);
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return host;
    }
}
