namespace Bellwether.Rendering.Internal;

// What the Liquid templates see (snake_case in templates: `signal.strength_line`). Values are raw text; the
// renderer HTML-encodes every `{{ }}` output, so templates never need to escape.

internal sealed record SiteView(string Title, string Tagline, string IndexHref, string BriefHref, string Year);

internal sealed record BriefView(string Reader, string Day, bool Silent, string Greeting, string SilenceMessage, IReadOnlyList<BriefItemView> Items);

internal sealed record BriefItemView(int Rank, string Reason, string Novelty, SignalView Signal);

internal sealed record FilterView(string Label, string Slug, int Count);

internal sealed record SignalView(
    string Id,
    string Href,
    string Headline,
    int Strength,
    string StrengthLine,
    string TagLine,
    string Horizon,
    IReadOnlyList<string> Domains,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Actors,
    string Analysis,
    int ArticleCount,
    string FilterClasses,
    IReadOnlyList<SourceView> Sources);

internal sealed record SourceView(string Title, string? Url, string? Outlet, string? Published, IReadOnlyList<QuoteView> Quotes, string Reasoning);

internal sealed record QuoteView(string Text, string KeyPhrase);
