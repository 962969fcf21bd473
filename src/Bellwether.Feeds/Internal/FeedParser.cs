using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace Bellwether.Feeds.Internal;

/// <summary>Parses RSS 2.0 and Atom 1.0 with <see cref="SyndicationFeed"/>, and RSS 1.0 (RDF) itself.</summary>
internal static class FeedParser
{
    private static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>Parses a feed document; the XML declaration (or a byte order mark) decides the encoding.</summary>
    /// <exception cref="FormatException">Not well-formed, or not RSS, Atom or RDF.</exception>
    public static ParsedFeed Parse(byte[] body, Uri baseAddress)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            reader.MoveToContent();
            if (reader.LocalName == "RDF" && reader.NamespaceURI == Rdf.NamespaceName)
            {
                return ParseRdf(XDocument.Load(reader), baseAddress);
            }

            SyndicationFeedFormatter formatter = reader.LocalName == "feed" ? new Atom10FeedFormatter() : new Rss20FeedFormatter();
            formatter.DateTimeParser = ParseDate;
            if (!formatter.CanRead(reader))
            {
                throw new FormatException($"Not an RSS, Atom or RDF feed: the root element is <{reader.LocalName}>.");
            }

            formatter.ReadFrom(reader);
            return FromSyndication(formatter.Feed, baseAddress);
        }
        catch (XmlException e)
        {
            throw new FormatException($"Not well-formed XML: {e.Message}", e);
        }
    }

    private static ParsedFeed FromSyndication(SyndicationFeed feed, Uri baseAddress)
    {
        var items = new List<ParsedItem>();
        foreach (var item in feed.Items)
        {
            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.GetAbsoluteUri()
                ?? item.Links.FirstOrDefault()?.GetAbsoluteUri();
            var content = item.Content switch
            {
                TextSyndicationContent textContent => textContent.Text,
                UrlSyndicationContent => null,
                _ => null,
            };
            var summary = item.Summary?.Text;
            var text = Longer(Longer(content, summary), Encoded(item));
            var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : (DateTimeOffset?)null;
            var category = item.Categories.Select(c => c.Label ?? c.Name).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));
            items.Add(new ParsedItem(item.Id, Resolve(link, baseAddress), item.Title?.Text, text, published, category, null));
        }

        return new ParsedFeed(feed.Title?.Text, feed.Language, items);
    }

    private static ParsedFeed ParseRdf(XDocument document, Uri baseAddress)
    {
        var root = document.Root!;
        var channel = root.Element(Rss10 + "channel");
        var items = root.Elements(Rss10 + "item").Select(item =>
        {
            var link = (string?)item.Element(Rss10 + "link") ?? (string?)item.Attribute(Rdf + "about");
            var text = Longer((string?)item.Element(Content + "encoded"), (string?)item.Element(Rss10 + "description"));
            var date = (string?)item.Element(Dc + "date");
            DateTimeOffset? published = date is not null && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
            return new ParsedItem(
                (string?)item.Attribute(Rdf + "about"),
                Resolve(Uri.TryCreate(link?.Trim(), UriKind.RelativeOrAbsolute, out var u) ? u : null, baseAddress),
                (string?)item.Element(Rss10 + "title"),
                text,
                published,
                (string?)item.Element(Dc + "subject"),
                (string?)item.Element(Dc + "language"));
        }).ToList();
        return new ParsedFeed((string?)channel?.Element(Rss10 + "title"), (string?)channel?.Element(Dc + "language"), items);
    }

    /// <summary>An RSS item's <c>content:encoded</c>, read without reflection.</summary>
    private static string? Encoded(SyndicationItem item)
    {
        foreach (var extension in item.ElementExtensions)
        {
            if (extension.OuterName == "encoded" && extension.OuterNamespace == Content.NamespaceName)
            {
                using var reader = extension.GetReader();
                return reader.ReadElementContentAsString();
            }
        }

        return null;
    }

    private static string? Longer(string? a, string? b) => (a?.Length ?? 0) >= (b?.Length ?? 0) ? a ?? b : b;

    private static Uri? Resolve(Uri? link, Uri baseAddress) => link is null ? null : link.IsAbsoluteUri ? link : new Uri(baseAddress, link);

    /// <summary>Lenient dates: RFC 822 with the common deviations, ISO 8601; an unreadable date becomes "unknown" instead of failing the feed.</summary>
    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        var text = data.DateTimeString?.Trim() ?? string.Empty;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value))
        {
            return true;
        }

        // "Tue, 20 May 2026 06:00:00 GMT" parses above; named zones such as EST do not: drop a trailing zone name and read as UTC.
        var lastSpace = text.LastIndexOf(' ');
        if (lastSpace > 0 && DateTimeOffset.TryParse(text[..lastSpace], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            return true;
        }

        value = default;
        return true;
    }
}
