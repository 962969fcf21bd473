using System.Globalization;
using System.Text;

namespace Bellwether.Rendering.Internal;

/// <summary>The lines every format shares, in the wording of the seed page.</summary>
internal static class SignalFormat
{
    /// <summary>The longest id a page file name spells out whole; longer ones are cut and hashed.</summary>
    private const int MaxPlainIdLength = 64;

    /// <summary>Dates as the seed page shows them ("5/20/2026"): Markdown, HTML and JSON.</summary>
    public const string SeedDateFormat = "M/d/yyyy";

    /// <summary>Dates in plain text, in the words of the brief's own date line ("20 May 2026").</summary>
    public const string TextDateFormat = "d MMMM yyyy";

    /// <summary>"str 8 · extracted 2× · 5/20/2026 · last reinforced 5/21/2026 · 2 articles", dates in <paramref name="dateFormat"/>.</summary>
    public static string StrengthLine(Signal signal, string dateFormat = SeedDateFormat) => string.Create(
        CultureInfo.InvariantCulture,
        $"str {signal.Strength.Strength} · extracted {signal.ExtractionCount}× · {Date(signal.FirstExtractedAt, dateFormat)} · last reinforced {Date(signal.LastReinforcedAt, dateFormat)} · {Count(signal.ArticleCount, "article")}");

    /// <summary>"structural · economic · technological · AI, semiconductors · CN, US".</summary>
    public static string TagLine(Signal signal) => string.Join(" · ", Tags(signal));

    /// <summary>The parts of the tag line: horizon, and the domains, topics and regions the evidence corroborates.</summary>
    public static IReadOnlyList<string> Tags(Signal signal)
    {
        var parts = new List<string> { Kebab(signal.Horizon.ToString()) };
        parts.AddRange(signal.KeyDomains.Select(d => Kebab(d.ToString())));
        if (signal.KeyTopics is { Count: > 0 } topics)
        {
            parts.Add(string.Join(", ", topics));
        }

        if (signal.KeyRegions is { Count: > 0 } regions)
        {
            parts.Add(string.Join(", ", regions));
        }

        return parts;
    }

    /// <summary>A calendar date in UTC, as the seed page shows it ("5/20/2026") unless another format is given.</summary>
    public static string Date(DateTimeOffset at, string format = SeedDateFormat) => at.UtcDateTime.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>The day a brief was composed, in the reader's time zone ("Monday, 23 November 2026").</summary>
    public static string BriefDay(Brief brief)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(brief.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTime(brief.ComposedAt, zone).ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture);
    }

    /// <summary>The opening line of a brief that has items.</summary>
    public static string Greeting(Brief brief) => string.Create(
        CultureInfo.InvariantCulture,
        $"Good morning, {brief.ReaderName}. {Count(brief.Items.Count, "signal")} worth your attention:");

    /// <summary>The line of a silent brief.</summary>
    public static string Silence(Brief brief) => $"Nothing worth saying today, {brief.ReaderName}. {brief.SilenceReason}";

    /// <summary>"1 article", "2 articles".</summary>
    public static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    /// <summary>The address to link an article to: absolute http(s) only; null for any other scheme or a relative address.</summary>
    public static string? WebLink(Uri? url) => url is { IsAbsoluteUri: true, Scheme: "http" or "https" } ? url.AbsoluteUri : null;

    /// <summary>"EventDriven" → "event-driven".</summary>
    public static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>A lowercase token of letters, digits and dashes, safe in ids, classes and file names.</summary>
    public static string Slug(string value)
    {
        var slug = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-') is { Length: > 0 } s ? s : "x";
    }

    /// <summary>
    /// A filter token for a topic or region, the same for labels equal but for case and distinct otherwise: the
    /// <see cref="Slug"/> alone when that spells the label ("DE" → "de"), else the slug, '_' and an FNV-1a hash of
    /// the label ("C++" → "c_…", "能源" → "x_…").
    /// </summary>
    public static string LabelSlug(string label)
    {
        var slug = Slug(label);
        var folded = label.Normalize(NormalizationForm.FormKC).ToUpperInvariant();
        return string.Equals(folded, slug, StringComparison.OrdinalIgnoreCase)
            ? slug
            : string.Create(CultureInfo.InvariantCulture, $"{slug}_{Fnv1a(folded):x8}");
    }

    /// <summary>
    /// The file name of a signal's page in the static site: one per id, lowercase so that ids differing only in case
    /// do not share a file where names ignore case. An id of lowercase letters and digits in '_'-separated parts, as
    /// the pipeline makes them, reads as itself with '-' for '_' ("sig_1463d75d1c800eb7" →
    /// "signal-sig-1463d75d1c800eb7.html"); any other id gets its <see cref="Slug"/>, "--" (which the first kind never
    /// holds) and an FNV-1a hash of the exact id ("sig-a" → "signal-sig-a--….html", "Sig_A" → "signal-sig-a--….html").
    /// </summary>
    public static string SignalFileName(string signalId)
    {
        var name = IsPlainId(signalId)
            ? signalId.Replace('_', '-')
            : string.Create(CultureInfo.InvariantCulture, $"{Slug(signalId[..Math.Min(signalId.Length, MaxPlainIdLength)])}--{Fnv1a(signalId):x8}");
        return "signal-" + name + ".html";
    }

    /// <summary>True for "sig_1463d75d1c800eb7": lowercase ASCII letters and digits in non-empty parts joined by single '_'.</summary>
    private static bool IsPlainId(string id)
    {
        if (id.Length is 0 or > MaxPlainIdLength || id[0] == '_' || id[^1] == '_' || id.Contains("__", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterLower(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The 32-bit FNV-1a hash of the UTF-8 bytes of <paramref name="value"/>: short, and the same in every process.</summary>
    private static uint Fnv1a(string value)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
