using AngleSharp.Html.Parser;

namespace Bellwether.Feeds.Internal;

/// <summary>Turns feed HTML (or plain text) into plain text: tags dropped, entities decoded, blocks on their own lines.</summary>
internal static class HtmlText
{
    private static readonly HtmlParser Parser = new();

    public static string ToText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return Normalise(html);
        }

        using var document = Parser.ParseDocument("<body>" + html + "</body>");
        foreach (var element in document.QuerySelectorAll("script,style"))
        {
            element.Remove();
        }

        foreach (var block in document.QuerySelectorAll("p,br,div,li,h1,h2,h3,h4,h5,h6,blockquote,tr"))
        {
            block.Append(document.CreateTextNode("\n"));
        }

        return Normalise(document.Body?.TextContent ?? string.Empty);
    }

    /// <summary>Collapses runs of spaces within lines and drops empty lines.</summary>
    public static string Normalise(string text) =>
        string.Join('\n', text.Split('\n').Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(line => line.Length > 0));
}
