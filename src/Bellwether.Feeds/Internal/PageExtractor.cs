namespace Bellwether.Feeds.Internal;

/// <summary>Extracts a page's main text with SmartReader (a port of Mozilla's Readability).</summary>
internal static class PageExtractor
{
    /// <summary>The main text of <paramref name="html"/>, or null with the reason when nothing readable was found.</summary>
    public static (string? Text, string? Problem) Extract(Uri address, string html)
    {
        try
        {
            var reader = new SmartReader.Reader(address.AbsoluteUri, html) { Debug = false };
            var article = reader.GetArticle();
            if (!article.IsReadable || !article.Completed)
            {
                return (null, "no readable main text found on the page");
            }

            return (HtmlText.Normalise(article.TextContent ?? string.Empty), null);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return (null, $"extraction failed: {e.Message}");
        }
    }
}
