using System.Text.Json.Serialization;
using Bellwether.Core.Internal;

namespace Bellwether.Core;

/// <summary>The order of a signal listing; ties are broken by id.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<SignalOrder>))]
public enum SignalOrder
{
    /// <summary>Strongest first, then most recently reinforced.</summary>
    Strongest,

    /// <summary>Most recently reinforced first.</summary>
    RecentlyReinforced,
}
