namespace Bellwether.Core;

/// <summary>The order of a signal listing; ties are broken by id.</summary>
public enum SignalOrder
{
    /// <summary>Strongest first, then most recently reinforced.</summary>
    Strongest,

    /// <summary>Most recently reinforced first.</summary>
    RecentlyReinforced,
}
