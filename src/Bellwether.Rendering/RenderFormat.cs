namespace Bellwether.Rendering;

/// <summary>The formats Bellwether renders briefs and signals in.</summary>
public enum RenderFormat
{
    /// <summary>Markdown (CommonMark), for chat tools and notes.</summary>
    Markdown,

    /// <summary>Plain text, for the console and the text part of an e-mail.</summary>
    Text,

    /// <summary>JSON in the versioned schema of <c>docs/json-schema.md</c>, for code.</summary>
    Json,

    /// <summary>HTML from Liquid templates: an e-mail-safe brief, an index of all signals and a page per signal.</summary>
    Html,
}
