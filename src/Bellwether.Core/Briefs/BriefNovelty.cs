namespace Bellwether.Core;

/// <summary>Why a signal is news to a reader.</summary>
public enum BriefNovelty
{
    /// <summary>The signal first appeared after the reader's last brief (or this is their first brief).</summary>
    New,

    /// <summary>The signal existed at the reader's last brief and has gained articles or strength since.</summary>
    Reinforced,

    /// <summary>
    /// The signal was at the reader's minimum strength at their last brief and, scored again now with nothing new,
    /// has lost strength. Listed only in a brief that has something new or reinforced to say.
    /// </summary>
    Weakened,
}
