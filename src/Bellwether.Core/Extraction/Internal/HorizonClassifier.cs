using Bellwether.Core.Text;

namespace Bellwether.Core.Internal;

/// <summary>
/// Picks a <see cref="SignalHorizon"/> from cue language (rules documented in the README): each cue found adds a
/// point to its horizon; the horizon with most points wins, ties going to the longer horizon; no cue means event-driven.
/// </summary>
internal sealed class HorizonClassifier
{
    private static readonly (SignalHorizon Horizon, string[] Cues)[] Rules =
    [
        (SignalHorizon.Structural, ["structural", "long-term", "self-sufficiency", "self-reliance", "decade", "decades", "reshape", "reshaping", "shift", "transition", "transformation", "strategy", "strategic", "independence", "autonomy", "fragmentation", "systemic", "permanent", "localisation", "overhaul"]),
        (SignalHorizon.Cyclical, ["cycle", "cyclical", "upcycle", "downturn", "recovery", "rebound", "seasonal", "oversupply", "slump", "boom", "fluctuations", "quarterly", "recession", "glut"]),
        (SignalHorizon.Emerging, ["emerging", "early-stage", "pilot", "prototype", "startup", "breakthrough", "nascent", "experimental", "first-ever", "novel", "trial", "unproven", "frontier"]),
        (SignalHorizon.EventDriven, ["announced", "yesterday", "today", "ruling", "outage", "attack", "resigned", "accident", "crash", "deal", "signed", "approved", "vote", "verdict", "strike", "launched"]),
    ];

    private readonly Dictionary<string, SignalHorizon> byStem = new(StringComparer.Ordinal);

    public HorizonClassifier()
    {
        foreach (var (horizon, cues) in Rules)
        {
            foreach (var cue in cues)
            {
                foreach (var stem in TermExtractor.GetTerms(cue))
                {
                    byStem.TryAdd(stem, horizon);
                }
            }
        }
    }

    /// <summary>The horizon and the cue words (as written) that decided it.</summary>
    public (SignalHorizon Horizon, IReadOnlyList<string> Cues) Classify(AnalysedText doc)
    {
        var points = new int[4];
        var cues = new List<string>[4];
        for (var h = 0; h < cues.Length; h++)
        {
            cues[h] = [];
        }

        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            if (doc.Terms[i] is { } term && byStem.TryGetValue(term, out var horizon))
            {
                points[(int)horizon]++;
                var word = doc.Word(i).ToString().ToLowerInvariant();
                if (!cues[(int)horizon].Contains(word))
                {
                    cues[(int)horizon].Add(word);
                }
            }
        }

        var best = SignalHorizon.EventDriven;
        foreach (var horizon in new[] { SignalHorizon.Structural, SignalHorizon.Cyclical, SignalHorizon.Emerging })
        {
            if (points[(int)horizon] > points[(int)best] || (points[(int)horizon] == points[(int)best] && points[(int)horizon] > 0 && best == SignalHorizon.EventDriven))
            {
                best = horizon;
            }
        }

        return (best, cues[(int)best]);
    }
}
