using System.Text.Json.Serialization;
using Bellwether.Core.Internal;

namespace Bellwether.Core;

/// <summary>How long a pattern is expected to shape events.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<SignalHorizon>))]
public enum SignalHorizon
{
    /// <summary>A one-off development: a deal, a ruling, an outage.</summary>
    EventDriven,

    /// <summary>A recurring up-and-down movement: a price cycle, a seasonal swing.</summary>
    Cyclical,

    /// <summary>Something new and early that may or may not take hold.</summary>
    Emerging,

    /// <summary>A lasting shift in how a system works.</summary>
    Structural,
}
