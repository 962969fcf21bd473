using System.Xml;

namespace Bellwether.Feeds;

/// <summary>Reads OPML, the outline format feed readers export their subscriptions in.</summary>
public static class Opml
{
    /// <summary>
    /// The feeds of an OPML document: every <c>outline</c> with an absolute http(s) <c>xmlUrl</c>, in document order,
    /// named by its <c>title</c> or <c>text</c>; duplicates are listed once.
    /// </summary>
    /// <exception cref="FormatException">The document is not well-formed XML or not OPML.</exception>
    public static async ValueTask<IReadOnlyList<FeedSource>> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var settings = new XmlReaderSettings { Async = true, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        var feeds = new List<FeedSource>();
        var seen = new HashSet<Uri>();
        var sawRoot = false;
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (!sawRoot)
                {
                    sawRoot = true;
                    if (!string.Equals(reader.LocalName, "opml", StringComparison.OrdinalIgnoreCase))
                    {
                        throw new FormatException($"Not an OPML document: the root element is <{reader.LocalName}>.");
                    }
                }

                if (string.Equals(reader.LocalName, "outline", StringComparison.OrdinalIgnoreCase)
                    && Uri.TryCreate(reader.GetAttribute("xmlUrl")?.Trim(), UriKind.Absolute, out var url)
                    && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
                    && seen.Add(url))
                {
                    var name = reader.GetAttribute("title") ?? reader.GetAttribute("text");
                    feeds.Add(new FeedSource { Url = url, Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim() });
                }
            }
        }
        catch (XmlException e)
        {
            throw new FormatException($"Not a well-formed OPML document: {e.Message}", e);
        }

        return sawRoot ? feeds : throw new FormatException("Not an OPML document: it is empty.");
    }
}
