using System.Globalization;
using System.Net;

namespace Bellwether.Tests.Web;

/// <summary>Feeds and article pages written for these tests.</summary>
public static class FeedFixtures
{
    /// <summary>Three paragraphs of a made-up report; the first sentence is the marker tests look for.</summary>
    public static string[] Paragraphs(string marker, string subject) =>
    [
        $"{marker} {subject} said on Monday it will spend $12 billion on a new chip plant in Dresden, the largest semiconductor investment in Germany this decade, as Europe tries to reduce its reliance on Asian foundries.",
        $"The plant will make logic chips for cars and industrial machines. {subject} expects production to start in 2029 and to employ about 3,000 people. Officials in Berlin said the subsidy package still needs approval from the European Commission under the Chips Act.",
        "Analysts said the decision shows how export controls and supply chain worries are pushing chipmakers to build capacity closer to their customers, even where energy and labour cost more than in Taiwan or South Korea. Rivals are weighing similar projects in France and Italy.",
    ];

    /// <summary>An article page: navigation and footer around an <c>article</c> holding the paragraphs.</summary>
    public static string Page(string title, IEnumerable<string> paragraphs, string charset = "utf-8") => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="{charset}"><title>{WebUtility.HtmlEncode(title)}</title></head>
        <body>
        <nav><a href="/">Home</a> <a href="/business">Business</a> <a href="/tech">Technology</a></nav>
        <main><article>
        <h1>{WebUtility.HtmlEncode(title)}</h1>
        <p class="byline">By a staff reporter</p>
        {string.Join("\n", paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"))}
        </article></main>
        <footer>Copyright, all rights reserved. <a href="/privacy">Privacy</a></footer>
        </body></html>
        """;

    /// <summary>An RSS 2.0 feed of (guid, link, title, description, category) items.</summary>
    public static string Rss(string title, IEnumerable<(string? Guid, Uri? Link, string Title, string Description, string? Category)> items, string encoding = "utf-8", string language = "en") => $"""
        <?xml version="1.0" encoding="{encoding}"?>
        <rss version="2.0"><channel>
        <title>{WebUtility.HtmlEncode(title)}</title><link>http://127.0.0.1/</link><description>Test feed</description><language>{language}</language>
        {string.Join("\n", items.Select((i, n) => $"""
            <item>
            {(i.Guid is null ? "" : $"<guid isPermaLink=\"false\">{i.Guid}</guid>")}
            {(i.Link is null ? "" : $"<link>{i.Link}</link>")}
            <title>{WebUtility.HtmlEncode(i.Title)}</title>
            <description>{WebUtility.HtmlEncode(i.Description)}</description>
            {(i.Category is null ? "" : $"<category>{i.Category}</category>")}
            <pubDate>{new DateTimeOffset(2026, 5, 20, 6, n, 0, TimeSpan.Zero).ToString("r", CultureInfo.InvariantCulture)}</pubDate>
            </item>
            """))}
        </channel></rss>
        """;

    /// <summary>An Atom 1.0 feed whose entries carry their whole text as HTML content.</summary>
    public static string Atom(string title, IEnumerable<(string Id, Uri Link, string Title, string[] Paragraphs)> entries) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
        <title>{WebUtility.HtmlEncode(title)}</title><id>urn:test:atom</id><updated>2026-05-20T06:00:00Z</updated>
        {string.Join("\n", entries.Select(e => $"""
            <entry>
            <id>{e.Id}</id><title>{WebUtility.HtmlEncode(e.Title)}</title>
            <link rel="alternate" href="{e.Link}"/>
            <updated>2026-05-20T07:30:00+02:00</updated>
            <category term="technology"/>
            <summary>{WebUtility.HtmlEncode(e.Paragraphs[0])}</summary>
            <content type="html">{WebUtility.HtmlEncode(string.Concat(e.Paragraphs.Select(p => $"<p>{p}</p>")))}</content>
            </entry>
            """))}
        </feed>
        """;

    /// <summary>An RSS 1.0 (RDF) feed.</summary>
    public static string Rdf(string title, Uri link, string itemTitle, string description) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="http://127.0.0.1/rdf"><title>{title}</title><link>http://127.0.0.1/</link><description>RDF test</description><dc:language>fr</dc:language></channel>
        <item rdf:about="{link}"><title>{itemTitle}</title><link>{link}</link><description>{description}</description><dc:date>2026-05-20T08:00:00+02:00</dc:date><dc:subject>economy</dc:subject></item>
        </rdf:RDF>
        """;
}
