namespace Bellwether.Core;

/// <summary>The two levels the default matcher groups at.</summary>
public enum MatchLevel
{
    /// <summary>A story: articles about one event, over days.</summary>
    Story,

    /// <summary>A signal: stories that express one pattern, over months.</summary>
    Signal,
}
