using Microsoft.Extensions.Options;

namespace Bellwether.Rendering.Internal;

/// <summary>Checks <see cref="RenderingOptions"/>: titles present, template folder existing, base address absolute.</summary>
internal sealed class RenderingOptionsRules : IValidateOptions<RenderingOptions>
{
    public ValidateOptionsResult Validate(string? name, RenderingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SiteTitle))
        {
            failures.Add($"{nameof(RenderingOptions.SiteTitle)} must not be empty.");
        }

        if (options.TemplateDirectory is { } folder && !Directory.Exists(folder))
        {
            failures.Add($"{nameof(RenderingOptions.TemplateDirectory)} '{folder}' does not exist.");
        }

        if (options.SiteBaseUrl is { IsAbsoluteUri: false } or { Scheme: not ("http" or "https") })
        {
            failures.Add($"{nameof(RenderingOptions.SiteBaseUrl)} '{options.SiteBaseUrl}' must be an absolute http(s) address.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
