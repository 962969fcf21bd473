using Microsoft.Extensions.DependencyInjection;

namespace Bellwether.Core;

/// <summary>Configures the services that <c>AddBellwether</c> registered.</summary>
public interface IBellwetherBuilder
{
    /// <summary>The service collection Bellwether is registered in.</summary>
    IServiceCollection Services { get; }
}
