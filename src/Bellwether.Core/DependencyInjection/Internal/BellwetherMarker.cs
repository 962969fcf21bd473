namespace Bellwether.Core.Internal;

/// <summary>Registered once, so that a second <c>AddBellwether</c> call knows the defaults are in place.</summary>
internal sealed class BellwetherMarker;
