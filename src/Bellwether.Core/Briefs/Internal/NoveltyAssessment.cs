using System.Globalization;

namespace Bellwether.Core.Internal;

/// <summary>
/// What changed in a signal since the reader's last brief. A signal first extracted after it is new (factor 1);
/// one that existed then and has since gained articles or strength is reinforced, with a factor from 0.5 that
/// grows by 0.25 per added article and 0.1 per strength point gained, up to 1. Anything else is not news.
/// </summary>
/// <param name="Kind">New, reinforced or weakened.</param>
/// <param name="Factor">The novelty term of relevance: from 0.5 to 1, and <see cref="WeakenedFactor"/> for a weakened signal.</param>
/// <param name="Reason">What the reader is told ("new", "reinforced: +2 articles, str 6 → 8").</param>
internal sealed record NoveltyAssessment(BriefNovelty Kind, double Factor, string Reason)
{
    /// <summary>The novelty term of a weakened signal: it is listed after what is new or reinforced.</summary>
    public const double WeakenedFactor = 0.25;

    private static readonly NoveltyAssessment New = new(BriefNovelty.New, 1, "new");

    /// <summary>
    /// A signal that nothing reinforced since <paramref name="since"/>, scored again now: weakened when the reader saw it
    /// at <paramref name="minimumStrength"/> or more and it has lost strength since; else null.
    /// </summary>
    public static NoveltyAssessment? Weakening(Signal signal, int strengthNow, DateTimeOffset since, int minimumStrength)
    {
        if (signal.FirstExtractedAt > since || signal.LastReinforcedAt > since ||
            signal.History.LastOrDefault(h => h.At <= since) is not { } seen || seen.Strength < minimumStrength || strengthNow >= seen.Strength)
        {
            return null;
        }

        return new NoveltyAssessment(BriefNovelty.Weakened, WeakenedFactor, string.Create(CultureInfo.InvariantCulture, $"weakened: str {seen.Strength} → {strengthNow}"));
    }

    /// <summary>The novelty of <paramref name="signal"/> since <paramref name="since"/>, or null when nothing changed.</summary>
    public static NoveltyAssessment? Of(Signal signal, DateTimeOffset? since)
    {
        if (since is not { } last || signal.FirstExtractedAt > last)
        {
            return New;
        }

        // The state the reader last saw: the newest snapshot written at or before their last brief.
        var seen = signal.History.LastOrDefault(h => h.At <= last);
        if (seen is null)
        {
            // History does not reach back that far (trimmed, or written before history was kept).
            return signal.LastReinforcedAt > last ? new NoveltyAssessment(BriefNovelty.Reinforced, 0.5, "reinforced") : null;
        }

        var addedArticles = signal.ArticleCount - seen.ArticleCount;
        var strength = signal.Strength.Strength;
        var gained = strength - seen.Strength;
        if (addedArticles <= 0 && gained <= 0)
        {
            return null;
        }

        var parts = new List<string>(2);
        if (addedArticles > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"+{addedArticles} article{(addedArticles == 1 ? string.Empty : "s")}"));
        }

        parts.Add(gained == 0
            ? string.Create(CultureInfo.InvariantCulture, $"str {strength}")
            : string.Create(CultureInfo.InvariantCulture, $"str {seen.Strength} → {strength}"));
        var factor = Math.Min(1, 0.5 + (0.25 * Math.Max(addedArticles, 0)) + (0.1 * Math.Max(gained, 0)));
        return new NoveltyAssessment(BriefNovelty.Reinforced, factor, "reinforced: " + string.Join(", ", parts));
    }
}
