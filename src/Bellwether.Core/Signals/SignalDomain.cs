using System.Text.Json.Serialization;
using Bellwether.Core.Internal;

namespace Bellwether.Core;

/// <summary>The broad field a signal belongs to (a signal may span several).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<SignalDomain>))]
public enum SignalDomain
{
    /// <summary>Governments, parties, elections, diplomacy.</summary>
    Political,

    /// <summary>Markets, trade, finance, companies, labour.</summary>
    Economic,

    /// <summary>Society, demographics, health, education, culture.</summary>
    Social,

    /// <summary>Technology, science, engineering.</summary>
    Technological,

    /// <summary>Laws, courts, regulation, sanctions.</summary>
    Legal,

    /// <summary>Climate, energy transition, nature, resources.</summary>
    Environmental,

    /// <summary>Defence, conflict, cyber, terrorism.</summary>
    Security,
}
