using Bellwether.Testing.Internal;
using CsCheck;

namespace Bellwether.Storage.Tests.TestSupport;

/// <summary>One record of a mixed stream, with what the pipeline must answer it with.</summary>
/// <param name="Article">The record.</param>
/// <param name="IsGood">True for a well-formed article, which must be stored exactly once.</param>
/// <param name="RejectedField">For a hostile record that cannot be repaired, the field its rejection must name; null when it can be.</param>
internal sealed record StreamEntry(Article Article, bool IsGood, string? RejectedField);

/// <summary>
/// Hostile records, fixed and generated, mixed into streams of good articles. What each must get follows the
/// documented rules: an unusable id, no title and no printable body line, an empty language, or a date beyond one day
/// ahead of the clock is rejected naming that field (checked in that order); everything else is repaired and kept.
/// </summary>
internal static class HostileRecords
{
    /// <summary>The clock of every hostile run: a day after the good articles' epoch.</summary>
    public static readonly DateTimeOffset Now = TestSignals.Epoch.AddDays(1);

    /// <summary>The body limit the runs configure, small so oversized bodies stay cheap.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>How many good articles a generated stream holds.</summary>
    public const int GoodCount = 12;

    private static readonly string[] BadIds = ["", "   ", "id\0nul", "id\u0001control", "lone\ud800", new string('x', Article.MaxIdLength + 1)];

    private static readonly string[] Titles =
    [
        "", " \t\n ", "\0\0", "Title with a \0 NUL", "Lone \ud800 surrogate", "Reversed \udc00 low half", "Pair \U0001F600 is fine",
        "\u202Eright-to-left override", "<script>alert(1)</script>", "Tab\tand\nnewline", new string('T', 10_000),
    ];

    private static readonly string[] Texts =
    [
        "", "  \n \n\t", "\0\u0001\u0002\n\u0007", "Body with \0 NUL and \ud800 lone surrogate. A second sentence.",
        string.Concat(Enumerable.Repeat("Export controls tighten the chip supply. ", MaxTextLength / 20)),
        new string('w', MaxTextLength * 2), "\ufeffByte order mark then text.\r\nWindows line.\rOld Mac line.",
    ];

    private static readonly string?[] Urls = [null, "javascript:alert(1)", "ftp://example.org/file", "file:///etc/passwd", "/relative/path", "mailto:a@example.org"];

    private static readonly string[] Languages = ["en", "", " ", "xx-\0", "de"];

    private static readonly DateTimeOffset?[] Dates = [null, TestSignals.Epoch, Now.AddHours(12), Now.AddDays(2), new DateTimeOffset(3000, 1, 1, 0, 0, 0, TimeSpan.Zero), DateTimeOffset.MinValue, DateTimeOffset.MaxValue];

    /// <summary>The fixed corpus: one record per hostile value of each field, the other fields well-formed.</summary>
    public static IReadOnlyList<StreamEntry> Corpus { get; } =
    [
        .. BadIds.Select((id, i) => Entry(Plain(i) with { Id = id })),
        .. Titles.Select((title, i) => Entry(Plain(100 + i) with { Title = title })),
        .. Titles.Select((title, i) => Entry(Plain(200 + i) with { Title = title, Text = "" })),
        .. Texts.Select((text, i) => Entry(Plain(300 + i) with { Title = "", Text = text })),
        .. Texts.Select((text, i) => Entry(Plain(400 + i) with { Text = text })),
        .. Urls.Select((url, i) => Entry(Plain(500 + i) with { Url = url is null ? null : new Uri(url, UriKind.RelativeOrAbsolute) })),
        .. Languages.Select((language, i) => Entry(Plain(600 + i) with { Language = language })),
        .. Dates.Select((date, i) => Entry(Plain(700 + i) with { PublishedAt = date })),
    ];

    /// <summary>A hostile record with every field drawn from the hostile values, the fixed corpus, or random characters.</summary>
    public static Gen<StreamEntry> Record { get; } = Gen.Frequency(
        (1, Gen.OneOf([.. Corpus])),
        (3, from k in Gen.Int[0, 1_000_000]
            from id in Gen.Frequency((3, Gen.Const($"hostile-{k}")), (1, Gen.OneOf(BadIds)))
            from title in Gen.Frequency((3, Gen.OneOf(Titles)), (1, Gen.String[Gen.Char, 0, 40]))
            from text in Gen.Frequency((3, Gen.OneOf(Texts)), (1, Gen.String[Gen.Char, 0, 400]))
            from url in Gen.OneOf(Urls)
            from language in Gen.OneOf(Languages)
            from date in Gen.OneOf(Dates)
            select Entry(new Article
            {
                Id = id,
                Title = title,
                Text = text,
                Url = url is null ? null : new Uri(url, UriKind.RelativeOrAbsolute),
                Source = title,
                Section = text.Length > 40 ? text[..40] : text,
                Language = language,
                PublishedAt = date,
            })));

    /// <summary>Streams of <see cref="GoodCount"/> good articles with one to eight hostile records inserted at random places.</summary>
    public static Gen<IReadOnlyList<StreamEntry>> Streams { get; } =
        from seed in Gen.Int[1, 10_000]
        from hostile in Record.List[1, 8]
        from places in Gen.Int[0, GoodCount].Array[hostile.Count]
        select Mix(ArticleStream.Create(GoodCount, resent: 0, seed), hostile, places);

    /// <summary>The good articles with each hostile record inserted before the good article at its place (after all of them at <see cref="GoodCount"/>).</summary>
    public static IReadOnlyList<StreamEntry> Mix(IReadOnlyList<Article> good, IReadOnlyList<StreamEntry> hostile, IReadOnlyList<int> places)
    {
        var stream = new List<StreamEntry>();
        for (var i = 0; i <= good.Count; i++)
        {
            stream.AddRange(hostile.Where((_, h) => places[h] == i));
            if (i < good.Count)
            {
                stream.Add(new StreamEntry(good[i], IsGood: true, RejectedField: null));
            }
        }

        return stream;
    }

    private static Article Plain(int n) => new()
    {
        Id = $"hostile-fixed-{n}",
        Title = $"Hostile fixture {n} on rare earth quotas",
        Text = $"Fixture {n} says rare earth quotas tighten in Japan. Analysts expect more of fixture {n}.",
        Url = new Uri($"https://hostile.example.org/{n}"),
        Source = "Hostile Wire",
        PublishedAt = TestSignals.Epoch,
    };

    private static StreamEntry Entry(Article article) => new(article, IsGood: false, ExpectedRejection(article));

    private static string? ExpectedRejection(Article article)
    {
        if (string.IsNullOrWhiteSpace(article.Id) || article.Id.Length > Article.MaxIdLength || article.Id.Any(c => char.IsControl(c) || char.IsSurrogate(c)))
        {
            return nameof(Article.Id);
        }

        var printableLine = article.Text.Split('\n').Any(line => line.Any(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
        if (string.IsNullOrWhiteSpace(article.Title) && !printableLine)
        {
            return nameof(Article.Title);
        }

        if (string.IsNullOrWhiteSpace(article.Language))
        {
            return nameof(Article.Language);
        }

        return article.PublishedAt - Now > TimeSpan.FromDays(1) ? nameof(Article.PublishedAt) : null;
    }
}
