using Bellwether.Rendering.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bellwether.Rendering;

/// <summary>Registers the renderers with Bellwether.</summary>
public static class RenderingBuilderExtensions
{
    /// <summary>
    /// Adds the Markdown, plain-text, JSON and HTML renderers (each an <see cref="IBellwetherRenderer"/>, also
    /// resolvable by type) and the <see cref="StaticSiteWriter"/>. Calling it again only adds <paramref name="configure"/>;
    /// options are validated at start.
    /// </summary>
    public static IBellwetherBuilder AddRendering(this IBellwetherBuilder builder, Action<RenderingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.AddOptions<RenderingOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RenderingOptions>, RenderingOptionsRules>());
        services.TryAddSingleton(sp => new MarkdownRenderer(sp.GetRequiredService<IOptions<RenderingOptions>>().Value));
        services.TryAddSingleton(sp => new PlainTextRenderer(sp.GetRequiredService<IOptions<RenderingOptions>>().Value));
        services.TryAddSingleton<JsonRenderer>();
        services.TryAddSingleton(sp => new HtmlRenderer(sp.GetRequiredService<IOptions<RenderingOptions>>().Value));
        services.TryAddSingleton<StaticSiteWriter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBellwetherRenderer, MarkdownRenderer>(sp => sp.GetRequiredService<MarkdownRenderer>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBellwetherRenderer, PlainTextRenderer>(sp => sp.GetRequiredService<PlainTextRenderer>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBellwetherRenderer, JsonRenderer>(sp => sp.GetRequiredService<JsonRenderer>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBellwetherRenderer, HtmlRenderer>(sp => sp.GetRequiredService<HtmlRenderer>()));
        return builder;
    }

    /// <summary>The registered renderer of <paramref name="format"/>.</summary>
    /// <exception cref="InvalidOperationException">No renderer of that format is registered (call <see cref="AddRendering"/>).</exception>
    public static IBellwetherRenderer GetRenderer(this IServiceProvider services, RenderFormat format)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetServices<IBellwetherRenderer>().LastOrDefault(r => r.Format == format)
            ?? throw new InvalidOperationException($"No {format} renderer is registered; call AddBellwether().AddRendering().");
    }
}
