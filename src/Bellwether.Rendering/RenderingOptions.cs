namespace Bellwether.Rendering;

/// <summary>Settings of the renderers; validated when the host starts.</summary>
public sealed class RenderingOptions
{
    /// <summary>The masthead ("The Bellwether").</summary>
    public string SiteTitle { get; set; } = "The Bellwether";

    /// <summary>The line under the masthead.</summary>
    public string Tagline { get; set; } = "A morning brief, composed for you when the sources say something worth saying.";

    /// <summary>
    /// A folder holding replacement Liquid templates (<c>brief.liquid</c>, <c>index.liquid</c>, <c>signal.liquid</c>);
    /// a template missing there falls back to the built-in one. Null uses the built-in templates.
    /// </summary>
    public string? TemplateDirectory { get; set; }

    /// <summary>
    /// Where the static site is published, so that links in a mailed brief are absolute; null keeps links
    /// relative (right for a brief opened next to the site's files). An absolute address is stored as a folder,
    /// ending in '/' (<c>https://example.com/bellwether</c> becomes <c>https://example.com/bellwether/</c>), so that
    /// pages resolve under it rather than beside it.
    /// </summary>
    public Uri? SiteBaseUrl
    {
        get;
        set => field = value is { IsAbsoluteUri: true } && !value.AbsolutePath.EndsWith('/') ? new Uri(value.GetLeftPart(UriPartial.Path) + "/") : value;
    }
}
